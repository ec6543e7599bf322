import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DardocsError, InputError } from '../../errors.js';
import { committerIdentity, diffNames, type FileChange } from '../../git/commit-files.js';
import { execGit } from '../../git/exec-git.js';
import { readCommit, showFile } from '../../git/history.js';
import { hasRemote } from '../../git/remote.js';
import { createGithubClient } from '../../github/client.js';
import { PullRequests } from '../../github/pull-requests.js';
import { commitToBranch, dirtyPaths } from '../../publish/commit-to-branch.js';
import { proposeOnBranch, type ReadFile } from '../../publish/pull-request-branch.js';
import type { CommandResult } from '../../runtime/summary.js';
import { baseBranch, type DocsContext } from './index.js';
import { UPDATE_TRAILER } from './plan.js';

/** Three-way merge of one file: undo base -> undone on top of current; null on conflict. */
async function mergeFile(cwd: string, current: string, base: string, other: string): Promise<string | null> {
  const dir = mkdtempSync(join(tmpdir(), 'dardocs-revert-'));
  try {
    const paths = ['current', 'base', 'other'].map((n) => join(dir, n));
    [current, base, other].forEach((text, i) => writeFileSync(paths[i] as string, text));
    const run = await execGit(['merge-file', '-p', ...paths], { cwd, allowFailure: true });
    return run.code === 0 ? run.stdout.toString('utf8') : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `dardocs docs revert SHA`: undoes the documentation changes made for a code commit (its doc
 * commit against that commit's first parent) on top of the current docs, then commits or proposes
 * the result the way `mode` says. Later edits to the same lines make it stop with a clear error.
 */
export async function revertCommit(ctx: DocsContext, sha: string): Promise<CommandResult> {
  const { deps, root, settings } = ctx;
  const states = await ctx.store.load();
  const state = [...states.values()].find((s) => s.commitSha.startsWith(sha.toLowerCase()));
  if (!state) throw new InputError('commit', `commit ${sha} has no docs state, so dardocs made no doc changes for it`);
  if (!state.docCommitSha) {
    throw new InputError('commit', `commit ${sha.slice(0, 12)} is ${state.status} and has no doc commit to revert`);
  }
  const docCommit = await readCommit(root, state.docCommitSha);
  if (!docCommit) {
    throw new DardocsError(
      'GIT_FAILED',
      `doc commit ${state.docCommitSha.slice(0, 12)} is not in this clone; fetch it (fetch-depth: 0, or the dardocs branch) and run again`,
    );
  }
  const parent = docCommit.parents[0];
  if (!parent) throw new DardocsError('GIT_FAILED', `doc commit ${docCommit.sha.slice(0, 12)} has no parent`);
  const paths = (await diffNames(root, parent, docCommit.sha)).filter(
    (p) => state.filesChanged.length === 0 || state.filesChanged.includes(p),
  );
  const changes = async (read: ReadFile): Promise<FileChange[]> => {
    const out: FileChange[] = [];
    for (const path of paths) {
      const current = await read(path);
      const made = await showFile(root, docCommit.sha, path);
      const before = await showFile(root, parent, path);
      if (current === undefined || made === undefined || before === undefined) continue;
      const merged = await mergeFile(root, current, made, before);
      if (merged === null) {
        throw new DardocsError(
          'DOCS_MARKDOWN_INVALID',
          `${path} was edited since the doc commit in the same lines; revert ${docCommit.sha.slice(0, 12)} by hand`,
        );
      }
      if (merged !== current) out.push({ path, content: merged });
    }
    return out;
  };
  const message = `docs: revert the update for ${state.commitSha.slice(0, 7)}\n\nReverts ${docCommit.sha}.\n\n${UPDATE_TRAILER}: true\n`;
  const identity = await committerIdentity(root);
  const head = (await readCommit(root, 'HEAD'))?.sha ?? '';
  const base = await baseBranch(ctx);
  let result = 'nothing to revert: the docs no longer hold those changes';
  let prNumber = '';
  let prUrl = '';
  let changed = false;
  if (settings.mode === 'dry-run') {
    const files = await changes((p) => showFile(root, head, p));
    result = files.length ? `would revert ${files.map((f) => f.path).join(', ')}` : result;
  } else if (settings.mode === 'pr') {
    if (!settings.githubToken)
      throw new InputError('github-token', 'revert in mode pr needs github-token; locally use --mode commit');
    const octokit = createGithubClient({ token: settings.githubToken, apiUrl: deps.env.GITHUB_API_URL, log: deps.log });
    const proposal = await proposeOnBranch({
      cwd: root,
      base,
      baseSha: head,
      branch: `dardocs/revert-${state.commitSha.slice(0, 7)}`,
      changes,
      message,
      title: `docs: revert the documentation update for ${state.commitSha.slice(0, 7)}`,
      body: `Reverts ${docCommit.sha}, the documentation dardocs wrote for ${state.commitSha}.`,
      identity,
      auth: { token: settings.githubToken },
      pulls: new PullRequests(octokit, ctx.owner, ctx.repo),
      log: deps.log,
    });
    changed = proposal.changed;
    prNumber = proposal.pullRequest ? String(proposal.pullRequest.number) : '';
    prUrl = proposal.pullRequest?.url ?? '';
    result = proposal.pullRequest ? `pull request #${proposal.pullRequest.number}` : result;
  } else {
    const dirty = await dirtyPaths(root, paths);
    if (dirty.length)
      throw new DardocsError(
        'PUSH_REJECTED',
        `${dirty.join(', ')} has uncommitted changes; commit or stash them first`,
      );
    const outcome = await commitToBranch({
      cwd: root,
      branch: base,
      head,
      changes,
      message,
      identity,
      push: ctx.inRunner && (await hasRemote(root)),
      auth: { token: settings.githubToken },
      log: deps.log,
    });
    if (outcome.kind === 'protected')
      throw new DardocsError('PUSH_REJECTED', `${base} is protected; run revert with mode pr`);
    if (outcome.kind === 'committed') {
      changed = true;
      result = `commit ${outcome.commit.slice(0, 12)} on ${base}`;
    }
  }
  deps.log.info(result);
  return {
    outputs: {
      changed: String(changed),
      'pull-request-number': prNumber,
      'pull-request-url': prUrl,
      'sections-updated': '0',
      'tokens-used': '0',
    },
    summary: {
      title: `dardocs docs revert: ${ctx.repository}`,
      facts: [
        ['Code commit', state.commitSha],
        ['Doc commit reverted', docCommit.sha],
        ['Result', result],
      ],
    },
  };
}
