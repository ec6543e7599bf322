import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IgnoreRules } from '../../src/scan/ignore-rules.js';
import { walkFileSet } from '../../src/scan/walk-file-set.js';
import { removeDir, tempDir, writeFiles } from '../helpers/git-repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

describe('walkFileSet (outside git)', () => {
  it('applies nested .gitignore files with gitignore semantics and prunes ignored directories', () => {
    const root = tempDir();
    dirs.push(root);
    writeFiles(root, {
      '.gitignore': 'node_modules/\n*.log\n!important.log\n',
      'node_modules/pkg/index.js': 'x',
      'src/.gitignore': 'out/\n',
      'src/out/bundle.js': 'x',
      'src/main.ts': 'x',
      'debug.log': 'x',
      'important.log': 'x',
      '.git/HEAD': 'not a real repository, but never listed',
      '.dardocsignore': 'drafts/\n',
      'drafts/a.md': 'x',
    });
    const set = walkFileSet(root, new IgnoreRules());
    expect(set.source).toBe('walk');
    expect(set.candidates.map((c) => c.path)).toEqual([
      '.dardocsignore',
      '.gitignore',
      'important.log',
      'src/.gitignore',
      'src/main.ts',
    ]);
    expect(set.ignoreFiles).toEqual(['.dardocsignore']);
  });

  it('lists a directory link as a link and never walks into it, so a loop cannot trap it', () => {
    const root = tempDir();
    dirs.push(root);
    mkdirSync(join(root, 'a'));
    writeFiles(root, { 'a/file.txt': 'x' });
    symlinkSync('..', join(root, 'a', 'up'));
    symlinkSync('self', join(root, 'self'));
    const set = walkFileSet(root, new IgnoreRules());
    expect(set.candidates.map((c) => [c.path, c.kind])).toEqual([
      ['a/file.txt', 'unknown'],
      ['a/up', 'symlink'],
      ['self', 'symlink'],
    ]);
  });
});
