import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { execGit, splitNul } from './exec-git.js';

/** Domain operations on a working tree. Paths in and out are relative to `cwd`, with POSIX separators. */

export interface RepoLocation {
  /** The repository's top level. */
  topLevel: string;
  /** `cwd` relative to the top level ('' at the top), with a trailing slash when not empty. */
  prefix: string;
  objectFormat: 'sha1' | 'sha256';
}

export async function locateRepository(cwd: string): Promise<RepoLocation | undefined> {
  const run = await execGit(['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--show-prefix'], {
    cwd,
    allowFailure: true,
  });
  if (run.code !== 0) return undefined;
  const [inside, topLevel = '', prefix = ''] = run.stdout.toString('utf8').split('\n');
  if (inside !== 'true') return undefined;
  const format = await execGit(['rev-parse', '--show-object-format'], { cwd, allowFailure: true });
  const objectFormat = format.stdout.toString('utf8').trim() === 'sha256' ? 'sha256' : 'sha1';
  return { topLevel, prefix, objectFormat };
}

export async function headCommit(cwd: string): Promise<string | undefined> {
  const run = await execGit(['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { cwd, allowFailure: true });
  return run.code === 0 ? run.stdout.toString('utf8').trim() : undefined;
}

export async function currentBranch(cwd: string): Promise<string | undefined> {
  const run = await execGit(['symbolic-ref', '--short', '-q', 'HEAD'], { cwd, allowFailure: true });
  const name = run.stdout.toString('utf8').trim();
  return run.code === 0 && name !== '' ? name : undefined;
}

export async function originUrl(cwd: string): Promise<string | undefined> {
  const run = await execGit(['remote', 'get-url', 'origin'], { cwd, allowFailure: true });
  const url = run.stdout.toString('utf8').trim();
  return run.code === 0 && url !== '' ? url : undefined;
}

export async function commitExists(cwd: string, rev: string): Promise<string | undefined> {
  const run = await execGit(['rev-parse', '--verify', '-q', `${rev}^{commit}`], { cwd, allowFailure: true });
  return run.code === 0 ? run.stdout.toString('utf8').trim() : undefined;
}

export interface IndexEntry {
  mode: string;
  sha: string;
  stage: number;
  path: string;
}

/** `git ls-files --stage`: tracked paths with their mode and blob (or submodule commit) id. */
export async function listIndex(cwd: string): Promise<IndexEntry[]> {
  const run = await execGit(['ls-files', '-z', '--stage'], { cwd });
  return splitNul(run.stdout).map((line) => {
    const tab = line.indexOf('\t');
    const [mode = '', sha = '', stage = '0'] = line.slice(0, tab).split(' ');
    return { mode, sha, stage: Number(stage), path: line.slice(tab + 1) };
  });
}

/** Untracked paths that are not ignored (.gitignore at every level, info/exclude, core.excludesFile). */
export async function listUntracked(cwd: string): Promise<string[]> {
  const run = await execGit(['ls-files', '-z', '--others', '--exclude-standard'], { cwd });
  return splitNul(run.stdout);
}

/**
 * Tracked paths whose working-tree file differs from the index by stat data (`git diff-files`),
 * as path -> status letter (M modified, D deleted, T type changed). A file whose stat changed but
 * whose content did not is reported too; the scanner then hashes it itself, which gives the right id.
 */
export async function worktreeChanges(cwd: string): Promise<Map<string, string>> {
  const run = await execGit(['diff-files', '-z', '--name-status', '--relative', '--ignore-submodules=all'], { cwd });
  const parts = splitNul(run.stdout);
  const changes = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length; i += 2) changes.set(parts[i + 1] ?? '', (parts[i] ?? '').charAt(0));
  return changes;
}

/** `git hash-object` for many paths at once, applying the repository's clean filters and eol rules. */
export async function hashObjects(cwd: string, paths: string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (paths.length === 0) return result;
  // --stdin-paths reads one path per line, so a path containing a newline is hashed by the caller.
  const safe = paths.filter((p) => !p.includes('\n'));
  const run = await execGit(['hash-object', '--stdin-paths'], {
    cwd,
    input: `${safe.join('\n')}\n`,
    allowFailure: true,
  });
  // A path that is not a readable file makes git stop; the caller then hashes the bytes itself.
  if (run.code !== 0) return result;
  const ids = run.stdout.toString('utf8').trim().split('\n');
  safe.forEach((path, i) => result.set(path, ids[i] ?? ''));
  return result;
}

/** Whether the repository may convert content when hashing (autocrlf, or any attributes file). */
export async function mayFilterContent(cwd: string, trackedAttributeFiles: boolean): Promise<boolean> {
  if (trackedAttributeFiles) return true;
  const autocrlf = await execGit(['config', '--get', 'core.autocrlf'], { cwd, allowFailure: true });
  const value = autocrlf.stdout.toString('utf8').trim().toLowerCase();
  if (value === 'true' || value === 'input') return true;
  const attributes = await execGit(['rev-parse', '--git-path', 'info/attributes'], { cwd, allowFailure: true });
  const globalAttributes = await execGit(['config', '--get', 'core.attributesFile'], { cwd, allowFailure: true });
  const infoPath = attributes.stdout.toString('utf8').trim();
  return (infoPath !== '' && existsSync(resolve(cwd, infoPath))) || globalAttributes.stdout.length > 0;
}

export interface NameStatus {
  status: 'A' | 'M' | 'D' | 'R' | 'T' | 'C';
  path: string;
  /** The old path, for renames and copies. */
  from?: string;
}

/** Changes from `base` to the working tree for tracked files (`git diff --name-status -M base`), relative to cwd. */
export async function diffToWorktree(cwd: string, base: string): Promise<NameStatus[]> {
  const run = await execGit(['diff', '-z', '--name-status', '-M', '--relative', '--no-ext-diff', base, '--'], { cwd });
  const parts = splitNul(run.stdout);
  const changes: NameStatus[] = [];
  for (let i = 0; i < parts.length;) {
    const code = parts[i++] ?? '';
    const status = code.charAt(0) as NameStatus['status'];
    if (status === 'R' || status === 'C') {
      const from = parts[i++] ?? '';
      changes.push({ status, from, path: parts[i++] ?? '' });
    } else {
      changes.push({ status, path: parts[i++] ?? '' });
    }
  }
  return changes;
}

export async function isShallow(cwd: string): Promise<boolean> {
  const run = await execGit(['rev-parse', '--is-shallow-repository'], { cwd, allowFailure: true });
  return run.stdout.toString('utf8').trim() === 'true';
}

export interface AuthoredCommit {
  name: string;
  email: string;
  /** Author time, seconds since the epoch. */
  time: number;
}

/** Commit authors of HEAD's history since `since` (epoch seconds), with .mailmap applied, newest first. */
export async function commitAuthors(cwd: string, since: number): Promise<AuthoredCommit[]> {
  const run = await execGit(
    ['log', '--use-mailmap', '-z', `--since=${since}`, '--format=%aN%x1f%aE%x1f%at', 'HEAD', '--'],
    { cwd, allowFailure: true },
  );
  if (run.code !== 0) return [];
  return splitNul(run.stdout).map((record) => {
    const [name = '', email = '', time = '0'] = record.trim().split('\x1f');
    return { name, email, time: Number(time) };
  });
}

/** HEAD's committer time in epoch seconds, or undefined on an unborn branch. */
export async function headTime(cwd: string): Promise<number | undefined> {
  const run = await execGit(['log', '-1', '--format=%ct', 'HEAD', '--'], { cwd, allowFailure: true });
  const value = Number(run.stdout.toString('utf8').trim());
  return run.code === 0 && Number.isFinite(value) && value > 0 ? value : undefined;
}
