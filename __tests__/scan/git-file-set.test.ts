import { mkdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { locateRepository } from '../../src/git/repository.js';
import { gitFileSet } from '../../src/scan/git-file-set.js';
import { IgnoreRules } from '../../src/scan/ignore-rules.js';
import { readEntry } from '../../src/scan/read-entry.js';
import { git, gitWorkingSet, hashObject, makeRepo, removeDir, tempDir, writeFiles } from '../helpers/git-repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

async function listed(root: string, exclude: string[] = []) {
  const location = await locateRepository(root);
  if (!location) throw new Error('not a repository');
  const rules = new IgnoreRules();
  rules.add('', exclude.join('\n'));
  return gitFileSet(root, location, rules);
}

const ODD_NAMES = [
  'with space.txt',
  'ünïcödé/ファイル.md',
  `quote"and'apostrophe.txt`,
  'new\nline.txt',
  'tab\there.txt',
];

describe('gitFileSet', () => {
  it('lists exactly what git lists: tracked minus deleted plus untracked-not-ignored, through nested .gitignore files', async () => {
    const root = makeRepo({
      '.gitignore': '*.log\n/build/\n!keep.log\ndocs/*.tmp\n',
      'src/index.ts': 'export {};\n',
      'src/.gitignore': 'generated/\n!generated/keep.ts\n*.snap\n',
      'src/generated/out.ts': 'x',
      'src/a.snap': 'snap',
      'keep.log': 'kept by negation',
      'docs/guide.md': '# Guide\n',
      'tracked-then-deleted.txt': 'bye',
      'tracked-then-modified.txt': 'v1',
      ...Object.fromEntries(ODD_NAMES.map((n) => [n, `content of ${n}`])),
    });
    dirs.push(root);
    writeFiles(root, {
      'build/out.js': 'ignored dir',
      'debug.log': 'ignored',
      'docs/x.tmp': 'ignored',
      'untracked/new.ts': 'new',
      'src/generated/new.ts': 'ignored by nested',
      'info-excluded.txt': 'excluded by info/exclude',
      'global-excluded.bak': 'excluded by core.excludesFile',
      'tracked-then-modified.txt': 'v2 changed',
    });
    writeFileSync(join(root, '.git/info/exclude'), 'info-excluded.txt\n');
    writeFileSync(join(root, 'global-ignore'), '*.bak\n');
    git(root, 'config', 'core.excludesFile', join(root, 'global-ignore'));
    unlinkSync(join(root, 'tracked-then-deleted.txt'));

    const set = await listed(root);
    const paths = set.candidates.map((c) => c.path);
    expect(paths).toEqual(gitWorkingSet(root));
    expect(paths).toContain('untracked/new.ts');
    expect(paths).toContain('new\nline.txt');
    expect(paths).not.toContain('debug.log');
    expect(paths).not.toContain('info-excluded.txt');
    expect(paths).not.toContain('global-excluded.bak');
    expect(paths).not.toContain('tracked-then-deleted.txt');
    expect(set.source).toBe('git');
  });

  it('gives every file the blob id `git hash-object` gives, from the index when unchanged and by hashing otherwise', async () => {
    const root = makeRepo({ 'a.txt': 'one\n', 'b.bin': Buffer.from([0, 1, 2, 255]), 'c.md': 'three' });
    dirs.push(root);
    writeFiles(root, { 'c.md': 'three, changed', 'untracked.txt': 'new', [ODD_NAMES[3] ?? '']: 'nl' });
    const set = await listed(root);
    const options = { root, maxFileSize: 1 << 20, objectFormat: set.objectFormat };
    const byPath = new Map(set.candidates.map((c) => [c.path, c]));
    expect(byPath.get('a.txt')?.indexSha).toBeDefined();
    expect(byPath.get('c.md')?.indexSha).toBeUndefined();
    for (const candidate of set.candidates) {
      const entry = readEntry(candidate, options);
      expect(entry.sha, candidate.path).toBe(hashObject(root, candidate.path));
    }
  });

  it("applies hash-object filters: with core.autocrlf the id is git's, not the raw bytes'", async () => {
    const root = makeRepo({ 'seed.txt': 'x\n' });
    dirs.push(root);
    git(root, 'config', 'core.autocrlf', 'true');
    writeFiles(root, { 'crlf.txt': 'a\r\nb\r\n' });
    const set = await listed(root);
    const candidate = set.candidates.find((c) => c.path === 'crlf.txt');
    expect(candidate?.gitSha).toBe(hashObject(root, 'crlf.txt'));
    const entry = readEntry(candidate!, { root, maxFileSize: 1 << 20, objectFormat: 'sha1' });
    expect(entry.sha).toBe(hashObject(root, 'crlf.txt'));
    expect(entry.content).toBe('a\r\nb\r\n');
  });

  it('applies .dardocsignore files scoped to their directory, nested negation, .docoraignore, and the exclude input', async () => {
    const root = makeRepo({
      '.dardocsignore': '*.secret\nfixtures/\n',
      '.docoraignore': 'vendor/\n',
      'app/.dardocsignore': '!allowed.secret\n/local-only.txt\n',
      'app/allowed.secret': 'kept by nested negation',
      'app/other.secret': 'excluded by root rule',
      'app/local-only.txt': 'excluded by nested anchored rule',
      'app/sub/local-only.txt': 'kept: anchored to app/',
      'fixtures/data.json': '{}',
      'vendor/lib.js': 'x',
      'main.ts': 'x',
      'notes/draft.md': 'x',
    });
    dirs.push(root);
    const set = await listed(root, ['notes/']);
    const paths = set.candidates.map((c) => c.path);
    expect(paths).toEqual([
      '.dardocsignore',
      '.docoraignore',
      'app/.dardocsignore',
      'app/allowed.secret',
      'app/sub/local-only.txt',
      'main.ts',
    ]);
    expect(set.excludedCount).toBe(5);
    expect(set.ignoreFiles).toEqual(['.dardocsignore', '.docoraignore', 'app/.dardocsignore']);
  });

  it('reports links as links without following them, and submodules and nested repositories with their commit', async () => {
    const inner = makeRepo({ 'lib.txt': 'library' });
    dirs.push(inner);
    const root = makeRepo({ 'target.txt': 'hello' });
    dirs.push(root);
    symlinkSync('target.txt', join(root, 'inside-link'));
    symlinkSync('../../../etc/passwd', join(root, 'escaping-link'));
    symlinkSync('loop-b', join(root, 'loop-a'));
    symlinkSync('loop-a', join(root, 'loop-b'));
    git(root, 'add', 'inside-link');
    git(root, '-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', inner, 'modules/inner');
    git(root, 'commit', '-qm', 'links and submodule');
    const nested = join(root, 'nested');
    mkdirSync(nested);
    git(nested, 'init', '-q');
    writeFiles(nested, { 'n.txt': 'n' });
    git(nested, 'add', '-A');
    git(nested, 'commit', '-qm', 'nested');

    const set = await listed(root);
    const options = { root, maxFileSize: 1 << 20, objectFormat: set.objectFormat };
    const entries = Object.fromEntries(set.candidates.map((c) => [c.path, readEntry(c, options)]));
    expect(entries['inside-link']).toMatchObject({ type: 'symlink', target: 'target.txt', content: null });
    expect(entries['inside-link']?.sha).toBe(git(root, 'rev-parse', 'HEAD:inside-link').trim());
    expect(entries['escaping-link']).toMatchObject({ type: 'symlink', target: null, skipped: 'outside-root' });
    expect(entries['loop-a']).toMatchObject({ type: 'symlink', target: 'loop-b' });
    expect(entries['modules/inner']).toMatchObject({ type: 'submodule', sha: git(inner, 'rev-parse', 'HEAD').trim() });
    expect(entries.nested).toMatchObject({ type: 'submodule', sha: git(nested, 'rev-parse', 'HEAD').trim() });
    expect(Object.keys(entries).some((p) => p.startsWith('nested/') || p.startsWith('modules/inner/'))).toBe(false);
    for (const entry of Object.values(entries))
      expect(entry.path.startsWith('..') || entry.path.startsWith('/')).toBe(false);
  });

  it('lists paths relative to a subdirectory scan root, with .dardocsignore files above it applied', async () => {
    const root = makeRepo({
      '.dardocsignore': 'pkg/private/\n',
      'pkg/.dardocsignore': '*.tmp\n',
      'pkg/index.ts': 'x',
      'pkg/scratch.tmp': 'x',
      'pkg/private/key.txt': 'x',
      'other/file.ts': 'x',
    });
    dirs.push(root);
    const set = await listed(join(root, 'pkg'));
    expect(set.candidates.map((c) => c.path)).toEqual(['.dardocsignore', 'index.ts']);
  });

  it('treats an unborn repository (no commit yet) as all untracked', async () => {
    const root = tempDir();
    dirs.push(root);
    git(root, 'init', '-q');
    writeFiles(root, { 'a.txt': 'a', '.gitignore': 'b.txt\n', 'b.txt': 'b' });
    const set = await listed(root);
    expect(set.candidates.map((c) => c.path)).toEqual(['.gitignore', 'a.txt']);
  });
});
