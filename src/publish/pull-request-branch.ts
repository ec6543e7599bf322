import { commitTree, mergeTrees, treeOf, writeTree, type FileChange, type Identity } from '../git/commit-files.js';
import { isAncestor, showFile } from '../git/history.js';
import { deleteRemoteRef, fetchRef, pushRef, type RemoteAuth } from '../git/remote.js';
import type { PullRequestRef, PullRequests } from '../github/pull-requests.js';
import type { Log } from '../runtime/log.js';

/**
 * The pull request machinery `soc` and `docs` share: a branch that holds the changes on top of
 * the base, one commit per run, and one pull request that is created, updated, or closed once the
 * base has caught up. Commits are built with plumbing, so the checkout is left as it was.
 */

/** Reads a file as it is in the tree the new commit builds on. */
export type ReadFile = (path: string) => Promise<string | undefined>;

export interface BranchProposal {
  cwd: string;
  /** Base branch name, and the commit of it to build on. */
  base: string;
  baseSha: string;
  branch: string;
  /** The changes, computed against the files of the tree the commit builds on. */
  changes: (read: ReadFile) => Promise<FileChange[]>;
  message: string;
  title: string;
  body: string;
  identity: Identity;
  auth: RemoteAuth;
  pulls: PullRequests;
  log: Log;
}

export interface ProposalResult {
  /** This run added a commit to the branch. */
  changed: boolean;
  commit: string | null;
  pullRequest: PullRequestRef | null;
  /** A pull request closed because the base caught up. */
  closed: number | null;
  /** Earlier unmerged changes that conflicted with the base and were dropped. */
  dropped: boolean;
}

export async function proposeOnBranch(p: BranchProposal): Promise<ProposalResult> {
  const { cwd, log } = p;
  const ref = `refs/heads/${p.branch}`;
  const existing = await fetchRef(cwd, { ref, into: `refs/dardocs/remote/${p.branch}`, auth: p.auth });

  let startTree = await treeOf(cwd, p.baseSha);
  let parents = [p.baseSha];
  let dropped = false;
  if (existing) {
    if (await isAncestor(cwd, p.baseSha, existing)) {
      startTree = await treeOf(cwd, existing);
      parents = [existing];
    } else {
      const merged = await mergeTrees(cwd, existing, p.baseSha);
      if (merged.clean) {
        startTree = merged.tree;
        parents = [existing, p.baseSha];
      } else {
        dropped = true;
        log.warning(
          `${p.branch} conflicts with ${p.base}; rebuilding it from ${p.base}, so its earlier unmerged changes are replaced by this run's`,
        );
      }
    }
  }
  const read: ReadFile = (path) => showFile(cwd, startTree, path);
  const files = await p.changes(read);
  const tree = files.length > 0 ? await writeTree(cwd, startTree, files) : startTree;
  const baseTree = await treeOf(cwd, p.baseSha);
  const open = await p.pulls.findOpen(p.branch, p.base);

  if (tree === baseTree) {
    // Nothing differs from the base: no branch, no pull request; close one the base has caught up with.
    if (open) {
      await p.pulls.close(open.number, `${p.base} now holds everything this pull request proposed, so it is closed.`);
      log.info(`closed pull request #${open.number}: ${p.base} has caught up`);
    }
    if (existing) await deleteRemoteRef(cwd, { ref, auth: p.auth });
    return { changed: false, commit: null, pullRequest: null, closed: open?.number ?? null, dropped };
  }
  if (files.length === 0 || tree === startTree) {
    // This run adds nothing: leave the branch and its pull request as they are.
    return {
      changed: false,
      commit: null,
      pullRequest: open ? { ...open, created: false } : null,
      closed: null,
      dropped,
    };
  }

  const commit = await commitTree(cwd, { tree, parents, message: p.message, identity: p.identity });
  const pushed = await pushRef(cwd, { source: commit, ref, force: dropped || !existing, auth: p.auth });
  if (!pushed.ok) {
    throw new Error(`could not push ${p.branch}: ${pushed.message}`);
  }
  log.info(`pushed ${commit.slice(0, 12)} to ${p.branch}`);
  const pullRequest = await p.pulls.createOrUpdate({ head: p.branch, base: p.base, title: p.title, body: p.body });
  log.info(`${pullRequest.created ? 'opened' : 'updated'} pull request #${pullRequest.number}: ${pullRequest.url}`);
  return { changed: true, commit, pullRequest, closed: null, dropped };
}
