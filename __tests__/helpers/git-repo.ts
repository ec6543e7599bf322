import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GIT_TEST_ENV } from './git-env.js';

/** Isolates tests from the machine's git configuration (no global excludes or hooks leaking in). */
export const gitEnv = { ...process.env, ...GIT_TEST_ENV };

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** `git ... -z` output split on NUL. */
export function gitZ(cwd: string, ...args: string[]): string[] {
  return git(cwd, ...args)
    .split('\0')
    .filter((s) => s !== '');
}

export function tempDir(prefix = 'dardocs-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** A fresh repository with `files` committed on main. */
export function makeRepo(files: Record<string, string | Buffer> = {}, options: { commit?: boolean } = {}): string {
  const dir = tempDir();
  git(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, files);
  if (options.commit !== false && Object.keys(files).length > 0) {
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'initial');
  }
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The set git itself reports: tracked (not deleted) plus untracked-not-ignored, as dardocs must list it. */
export function gitWorkingSet(cwd: string): string[] {
  const deleted = new Set(gitZ(cwd, 'ls-files', '-z', '--deleted'));
  const listed = gitZ(cwd, 'ls-files', '-z', '--cached', '--others', '--exclude-standard');
  return [...new Set(listed.filter((p) => !deleted.has(p)).map((p) => (p.endsWith('/') ? p.slice(0, -1) : p)))].sort();
}

export function hashObject(cwd: string, path: string): string {
  return git(cwd, 'hash-object', '--', path).trim();
}
