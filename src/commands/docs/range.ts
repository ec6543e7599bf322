import { readFileSync } from 'node:fs';
import { commitExists } from '../../git/repository.js';
import { commitsInRange, isAncestor, recentCommits, type CommitInfo } from '../../git/history.js';
import type { Log } from '../../runtime/log.js';
import type { DocsCommitState } from '../../wire/docs.js';

/** Which commits a run processes (issue 5, "Which commits"). */

export interface PushEvent {
  before: string | null;
  after: string | null;
}

const ZERO = /^0+$/;

/** The push event's before/after, when the run was started by a push. */
export function readPushEvent(env: Record<string, string | undefined>): PushEvent | undefined {
  if (env.GITHUB_EVENT_NAME !== 'push' || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { before?: string; after?: string };
    return {
      before: event.before && !ZERO.test(event.before) ? event.before : null,
      after: event.after && !ZERO.test(event.after) ? event.after : null,
    };
  } catch {
    return undefined;
  }
}

/** A commit already dealt with: it is not processed again by `update` (retry handles the failed ones). */
export const DONE: ReadonlyArray<DocsCommitState['status']> = ['success', 'skipped', 'failed'];

export interface CommitRange {
  commits: CommitInfo[];
  /** How the range was chosen, for the log and the summary. */
  description: string;
  /** Commits in the range left out because the state already has them. */
  alreadyProcessed: string[];
}

export async function resolveRange(options: {
  cwd: string;
  from: string | undefined;
  to: string | undefined;
  event: PushEvent | undefined;
  states: Map<string, DocsCommitState>;
  log: Log;
}): Promise<CommitRange> {
  const { cwd, states, log } = options;
  const toRev = options.to ?? options.event?.after ?? 'HEAD';
  const to = await commitExists(cwd, toRev);
  if (!to)
    throw new Error(
      `commit ${toRev} is not in this clone; check out the pushed commit (actions/checkout does by default)`,
    );

  const unprocessed = (commits: CommitInfo[]) => {
    const alreadyProcessed = commits
      .filter((c) => DONE.includes(states.get(c.sha)?.status ?? 'pending'))
      .map((c) => c.sha);
    return { commits: commits.filter((c) => !alreadyProcessed.includes(c.sha)), alreadyProcessed };
  };

  if (options.from) {
    const from = await commitExists(cwd, options.from);
    if (!from)
      throw new Error(
        `input from: commit ${options.from} is not in this clone (use fetch-depth: 0 in actions/checkout)`,
      );
    // An explicit range is processed as asked, even commits processed before.
    return {
      commits: await commitsInRange(cwd, from, to),
      description: `${from.slice(0, 12)}..${to.slice(0, 12)} (from input)`,
      alreadyProcessed: [],
    };
  }

  const before = options.event?.before;
  if (before) {
    const known = await commitExists(cwd, before);
    if (!known) {
      log.warning(
        `the push's before commit ${before.slice(0, 12)} is not in this clone (a shallow checkout?); processing only ${to.slice(0, 12)}. Use fetch-depth: 0 in actions/checkout.`,
      );
      return {
        ...unprocessed(await commitsInRange(cwd, null, to)),
        description: `${to.slice(0, 12)} only (shallow clone)`,
      };
    }
    if (await isAncestor(cwd, known, to)) {
      return {
        ...unprocessed(await commitsInRange(cwd, known, to)),
        description: `push ${known.slice(0, 12)}..${to.slice(0, 12)}`,
      };
    }
    // A force-push: the commits since the newest one the state knows, not yet processed.
    const since = await lastProcessed(cwd, to, states);
    const commits = since ? await commitsInRange(cwd, since, to) : await commitsInRange(cwd, null, to);
    return {
      ...unprocessed(commits),
      description: `force-push: ${since ? `after ${since.slice(0, 12)}, ` : ''}commits not yet processed up to ${to.slice(0, 12)}`,
    };
  }

  const since = await lastProcessed(cwd, to, states);
  if (since) {
    return {
      ...unprocessed(await commitsInRange(cwd, since, to)),
      description: `since the last processed commit ${since.slice(0, 12)}`,
    };
  }
  return {
    ...unprocessed(await commitsInRange(cwd, null, to)),
    description: `${to.slice(0, 12)} only (no state yet; set from to process more)`,
  };
}

/** The newest commit reachable from `to` that the state records as done. */
async function lastProcessed(
  cwd: string,
  to: string,
  states: Map<string, DocsCommitState>,
): Promise<string | undefined> {
  if (states.size === 0) return undefined;
  for (const sha of await recentCommits(cwd, to, 1000)) {
    // An interrupted commit (pending, in_progress) is not a boundary: the run resumes it.
    if (DONE.includes(states.get(sha)?.status ?? 'pending')) return sha;
  }
  return undefined;
}
