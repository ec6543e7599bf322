import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execGit } from './exec-git.js';

/**
 * Commits made with plumbing on a temporary index: the working tree, the user's index and HEAD
 * are never touched, so a pull request branch can be built from a checkout that has other work in it.
 */

export interface FileChange {
  path: string;
  /** New content; null deletes the file. */
  content: string | null;
}

export interface Identity {
  name: string;
  email: string;
}

/** The identity GitHub shows for commits made by Actions. */
export const ACTIONS_BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export async function treeOf(cwd: string, rev: string): Promise<string> {
  const run = await execGit(['rev-parse', `${rev}^{tree}`], { cwd });
  return run.stdout.toString('utf8').trim();
}

/** A tree: `base` with the files replaced or deleted. */
export async function writeTree(cwd: string, base: string, files: FileChange[]): Promise<string> {
  const index = join(tmpdir(), `dardocs-index-${process.pid}-${randomBytes(6).toString('hex')}`);
  const env = { GIT_INDEX_FILE: index };
  try {
    await execGit(['read-tree', base], { cwd, env });
    for (const file of files) {
      if (file.content === null) {
        await execGit(['update-index', '--force-remove', '--', file.path], { cwd, env });
        continue;
      }
      const blob = await execGit(['hash-object', '-w', '--no-filters', '--stdin'], { cwd, input: file.content });
      const existing = await execGit(['ls-files', '-s', '--', file.path], { cwd, env });
      const mode = existing.stdout.toString('utf8').split(' ')[0] || '100644';
      await execGit(
        ['update-index', '--add', '--cacheinfo', `${mode},${blob.stdout.toString('utf8').trim()},${file.path}`],
        { cwd, env },
      );
    }
    const tree = await execGit(['write-tree'], { cwd, env });
    return tree.stdout.toString('utf8').trim();
  } finally {
    rmSync(index, { force: true });
  }
}

/** Who commits: the repository's configured user, else the Actions bot. */
export async function committerIdentity(cwd: string): Promise<Identity> {
  const email = await execGit(['config', 'user.email'], { cwd, allowFailure: true });
  const name = await execGit(['config', 'user.name'], { cwd, allowFailure: true });
  const e = email.stdout.toString('utf8').trim();
  const n = name.stdout.toString('utf8').trim();
  return e && n ? { name: n, email: e } : ACTIONS_BOT;
}

export async function commitTree(
  cwd: string,
  options: { tree: string; parents: string[]; message: string; identity: Identity },
): Promise<string> {
  const { identity } = options;
  const run = await execGit(['commit-tree', options.tree, ...options.parents.flatMap((p) => ['-p', p]), '-F', '-'], {
    cwd,
    input: options.message,
    env: {
      GIT_AUTHOR_NAME: identity.name,
      GIT_AUTHOR_EMAIL: identity.email,
      GIT_COMMITTER_NAME: identity.name,
      GIT_COMMITTER_EMAIL: identity.email,
    },
  });
  return run.stdout.toString('utf8').trim();
}

/** Three-way merge of two commits into a tree (git 2.38+); `clean` is false when a file conflicts. */
export async function mergeTrees(cwd: string, ours: string, theirs: string): Promise<{ tree: string; clean: boolean }> {
  const run = await execGit(['merge-tree', '--write-tree', ours, theirs], { cwd, allowFailure: true });
  if (run.code !== 0 && run.code !== 1) {
    throw new Error(`git merge-tree failed: ${run.stderr || `exit ${run.code}`}`);
  }
  return { tree: run.stdout.toString('utf8').split('\n')[0]?.trim() ?? '', clean: run.code === 0 };
}

export async function treesEqual(cwd: string, a: string, b: string): Promise<boolean> {
  return (await treeOf(cwd, a)) === (await treeOf(cwd, b));
}

/** Paths whose content differs between two tree-ishes. */
export async function diffNames(cwd: string, a: string, b: string): Promise<string[]> {
  const run = await execGit(['diff-tree', '-r', '-z', '--name-only', '--no-renames', a, b], { cwd });
  return run.stdout.toString('utf8').split('\0').filter(Boolean);
}
