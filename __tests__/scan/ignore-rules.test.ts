import { describe, expect, it } from 'vitest';
import { IgnoreRules } from '../../src/scan/ignore-rules.js';

describe('IgnoreRules', () => {
  it('scopes each file to its directory and lets the deeper file decide', () => {
    const rules = new IgnoreRules();
    rules.add('', '*.txt\n');
    rules.add('docs', '!keep.txt\n/local.md\n');
    expect(rules.ignores('a.txt')).toBe(true);
    expect(rules.ignores('docs/keep.txt')).toBe(false);
    expect(rules.ignores('docs/other.txt')).toBe(true);
    expect(rules.ignores('docs/local.md')).toBe(true);
    expect(rules.ignores('docs/sub/local.md')).toBe(false);
    expect(rules.ignores('local.md')).toBe(false);
  });

  it('honours directory-only rules and parent exclusion', () => {
    const rules = new IgnoreRules();
    rules.add('', 'build/\n');
    expect(rules.ignores('build/')).toBe(true);
    expect(rules.ignores('build/x/y.js')).toBe(true);
    expect(rules.ignores('build')).toBe(false);
  });

  it('applies rule files above the scan root through their prefix, before the root', () => {
    const rules = new IgnoreRules();
    rules.add('', 'pkg/secret/\n*.tmp\n', 'pkg/');
    rules.add('', '!keep.tmp\n');
    expect(rules.ignores('secret/a')).toBe(true);
    expect(rules.ignores('x.tmp')).toBe(true);
    expect(rules.ignores('keep.tmp')).toBe(false);
  });
});
