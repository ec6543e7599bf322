import { AtomicFile } from '../output/atomic-file.js';
import { commitTree, treeOf, writeTree, type FileChange, type Identity } from '../git/commit-files.js';
import { execGit } from '../git/exec-git.js';
import { showFile } from '../git/history.js';
import { fetchRef, pushRef, type RemoteAuth } from '../git/remote.js';
import type { Log } from '../runtime/log.js';
import type { ReadFile } from './pull-request-branch.js';
import { join } from 'node:path';

export type CommitOutcome =
  | { kind: 'committed'; commit: string; pushed: boolean }
  | { kind: 'unchanged' }
  | { kind: 'protected'; message: string };

/**
 * Commits the changes on top of a branch: locally (the branch ref, the index and the files move
 * together, hooks do not run) and, with `push`, to the remote. A push refused as not fast-forward
 * is rebuilt on the remote's new tip and tried again; a protected branch is reported so the caller
 * can open a pull request instead.
 */
export async function commitToBranch(options: {
  cwd: string;
  branch: string;
  head: string;
  changes: (read: ReadFile) => Promise<FileChange[]>;
  message: string;
  identity: Identity;
  push: boolean;
  auth: RemoteAuth;
  log: Log;
}): Promise<CommitOutcome> {
  const { cwd, log } = options;
  let parent = options.head;
  for (let attempt = 1; attempt <= 4; attempt++) {
    const files = await options.changes((path) => showFile(cwd, parent, path));
    const tree = files.length > 0 ? await writeTree(cwd, parent, files) : await treeOf(cwd, parent);
    if (tree === (await treeOf(cwd, parent))) return { kind: 'unchanged' };
    const commit = await commitTree(cwd, {
      tree,
      parents: [parent],
      message: options.message,
      identity: options.identity,
    });
    if (options.push) {
      const pushed = await pushRef(cwd, { source: commit, ref: `refs/heads/${options.branch}`, auth: options.auth });
      if (!pushed.ok && pushed.reason === 'protected') return { kind: 'protected', message: pushed.message };
      if (!pushed.ok && pushed.reason === 'non-fast-forward' && attempt < 4) {
        const tip = await fetchRef(cwd, {
          ref: `refs/heads/${options.branch}`,
          into: `refs/dardocs/remote/${options.branch}`,
          auth: options.auth,
        });
        if (!tip) throw new Error(`${options.branch} vanished from the remote while pushing`);
        log.info(
          `${options.branch} moved on the remote; rebuilding the doc commit on ${tip.slice(0, 12)} (attempt ${attempt + 1})`,
        );
        parent = tip;
        continue;
      }
      if (!pushed.ok) throw new Error(`could not push to ${options.branch}: ${pushed.message}`);
    }
    if (parent === options.head) await moveCheckout(cwd, options.branch, options.head, commit, files);
    return { kind: 'committed', commit, pushed: options.push };
  }
  throw new Error(`could not push to ${options.branch}: it kept moving`);
}

/** Moves the local branch to the new commit and brings the changed files and their index entries along. */
async function moveCheckout(cwd: string, branch: string, from: string, to: string, files: FileChange[]): Promise<void> {
  await execGit(['update-ref', '-m', 'dardocs: documentation update', `refs/heads/${branch}`, to, from], { cwd });
  const top = (await execGit(['rev-parse', '--show-toplevel'], { cwd })).stdout.toString('utf8').trim();
  for (const file of files) {
    if (file.content === null) continue;
    const out = new AtomicFile(join(top, file.path));
    out.write(file.content);
    out.commit();
  }
  const paths = files.map((f) => f.path);
  if (paths.length > 0) await execGit(['update-index', '--add', '--remove', '--', ...paths], { cwd: top });
}

/** Paths among `paths` with uncommitted changes (staged or not). */
export async function dirtyPaths(cwd: string, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const run = await execGit(['status', '--porcelain', '-z', '--untracked-files=no', '--', ...paths], { cwd });
  return run.stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => line.slice(3));
}
