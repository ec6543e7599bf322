import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/commands/snapshot/index.js';
import { InputError } from '../../src/errors.js';
import { manifest } from '../../src/inputs/manifest.generated.js';
import { readInputs } from '../../src/inputs/read.js';
import { parseManifest, renderManifestModule, renderReadme } from '../../scripts/manifest-lib.mjs';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('action.yml is the one source of inputs', () => {
  it('the generated manifest matches action.yml (run `npm run generate` when this fails)', () => {
    const fresh = parseManifest(read('action.yml'));
    const { version } = JSON.parse(read('package.json')) as { version: string };
    expect(read('src/inputs/manifest.generated.ts')).toBe(renderManifestModule(fresh, version));
  });

  it("README's inputs and outputs tables match action.yml (run `npm run generate` when this fails)", () => {
    const readme = read('README.md');
    expect(readme).toBe(renderReadme(readme, parseManifest(read('action.yml'))));
  });

  it('every input has a description and a default (command excepted), every output a description', () => {
    for (const input of manifest.inputs) {
      expect(input.description, input.name).not.toBe('');
      if (input.name !== 'command')
        expect(read('action.yml')).toMatch(new RegExp(`\\n  ${input.name}:\\n(?:    .*\\n)*?    default:`));
    }
    for (const output of manifest.outputs) expect(output.description, output.name).not.toBe('');
  });

  it('runs on node24 from the committed bundle', () => {
    expect(read('action.yml')).toMatch(/using: node24\n\s+main: dist\/action\/index.js/);
  });
});

describe('readInputs', () => {
  const source = (values: Record<string, string>) => (name: string) => values[name];

  it('applies action.yml defaults when an input is empty', () => {
    const raw = readInputs(source({ command: 'snapshot' }));
    expect(raw.values['max-file-size']).toBe('1048576');
    expect(raw.values.cwd).toBe('.');
  });

  it('stands GITHUB_TOKEN in for the ${{ github.token }} default outside a runner', () => {
    const raw = readInputs(source({ command: 'snapshot' }), { GITHUB_TOKEN: 'ghs_fromenv' });
    expect(raw.values['github-token']).toBe('ghs_fromenv');
  });

  it('names a missing or unknown command and lists the valid ones', () => {
    expect(() => readInputs(source({}))).toThrow(/Input 'command' is required: one of snapshot/);
    expect(() => readInputs(source({ command: 'snap' }))).toThrow(
      /'snap', which is not a command: use one of snapshot/,
    );
  });
});

describe('snapshot settings', () => {
  const parse = (values: Record<string, string>) =>
    parseSettings(readInputs((n) => (n === 'command' ? 'snapshot' : values[n])).values);

  it('turns strings into typed settings', () => {
    const s = parse({
      'max-file-size': '2_000',
      exclude: 'a/\nb/, c/',
      redact: 'true',
      endpoint: 'http://x.test/hook',
    });
    expect(s).toMatchObject({
      maxFileSize: 2000,
      exclude: ['a/', 'b/', 'c/'],
      redact: true,
      endpoint: 'http://x.test/hook',
    });
  });

  it.each([
    ['max-file-size', '-1', /Input 'max-file-size' must be a whole number of bytes/],
    ['max-attempts', '99', /Input 'max-attempts' must be a whole number, 0 to 20, got '99'/],
    ['redact', 'maybe', /Input 'redact' must be true or false, got 'maybe'/],
    ['endpoint', 'ftp://x', /Input 'endpoint' must be an http\(s\) URL/],
    ['repository', 'just-a-name', /Input 'repository' must be owner\/name/],
  ])('rejects %s=%s with an error naming the input', (name, value, message) => {
    const error = (() => {
      try {
        parse({ [name]: value });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(name);
    expect((error as Error).message).toMatch(message);
  });
});
