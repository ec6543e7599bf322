import type { Logger } from '../logger.js';
import type { Regeneration, RegenerationStore, StartResult } from '../storage/regeneration-store.js';
import type { Dispatcher } from './github-dispatch.js';

export const DISPATCH_EVENT = 'dardocs-soc-regenerate';

export interface RegenerationConfig {
  /** At most one regeneration per SOC in this many seconds (REGENERATION_MIN_INTERVAL_S). */
  minIntervalS: number;
  /** A run whose parts have not all arrived by then ends timed_out (REGENERATION_TIMEOUT_S). */
  timeoutS: number;
}

export const DEFAULT_REGENERATION: RegenerationConfig = { minIntervalS: 300, timeoutS: 900 };

/** Sends one `repository_dispatch` per repository of a claimed run and records each outcome. */
export async function dispatchRun(
  run: Regeneration,
  store: RegenerationStore,
  dispatcher: Dispatcher,
  now: () => Date,
  logger: Logger,
): Promise<void> {
  await Promise.all(
    run.repos.map(async ({ repository }) => {
      // Recorded before the request: from here on a push to this repository may not be seen by
      // this run, so pushes are deferred rather than folded into it (see push-trigger.ts).
      await store.markRepo(run.id, repository, 'dispatched', now());
      const result = await dispatcher.dispatch(repository, DISPATCH_EVENT, {
        socId: run.socId,
        regenerationId: run.id,
      });
      if (!result.ok) {
        logger.error('repository_dispatch failed', { regenerationId: run.id, repository, error: result.error });
        await store.markRepo(run.id, repository, 'failed', now(), { error: result.error });
      }
    }),
  );
  await store.settle(run.id, now());
}

/** Claims and dispatches a run just created; a run another instance claimed first is left alone. */
export async function dispatchCreated(
  id: string,
  store: RegenerationStore,
  dispatcher: Dispatcher,
  now: () => Date,
  logger: Logger,
): Promise<void> {
  const run = await store.claim(id);
  if (run) await dispatchRun(run, store, dispatcher, now, logger);
}

/**
 * One sweep: dispatch queued runs whose creator died before dispatching them, and time out runs
 * past their deadline. Any instance may sweep; the rows say what is left to do.
 */
export async function sweep(
  store: RegenerationStore,
  dispatcher: Dispatcher,
  now: () => Date,
  logger: Logger,
): Promise<void> {
  const stale = await store.claimStale(new Date(now().getTime() - 10_000));
  for (const run of stale) await dispatchRun(run, store, dispatcher, now, logger);
  await store.sweepOverdue(now());
}

/** Progress as the status route reports it. Pure. */
export function progressOf(run: Regeneration) {
  const reposTotal = run.repos.length;
  const reposDone = run.repos.filter((r) => r.status === 'completed' || r.status === 'failed').length;
  const phase =
    run.status === 'queued'
      ? 'queued'
      : run.status !== 'running'
        ? 'done'
        : run.repos.some((r) => r.status === 'queued')
          ? 'dispatching'
          : 'waiting-for-repositories';
  return {
    phase,
    percent: reposTotal === 0 ? 100 : Math.round((reposDone / reposTotal) * 100),
    reposDone,
    reposTotal,
    repos: run.repos.map((r) => ({ repo: r.repository, status: r.status, error: r.error, runUrl: r.runUrl })),
  };
}

export interface RequestDeps {
  runs: RegenerationStore;
  dispatcher: Dispatcher;
  config: RegenerationConfig;
  now: () => Date;
  logger: Logger;
}

/**
 * Starts a regeneration of a SOC (the API's POST and the dashboard's button): the database
 * decides between a new run, the same run (idempotency key) and a 429 (rate limit); a new run is
 * dispatched after the caller has its answer.
 */
export async function requestRegeneration(
  deps: RequestDeps,
  input: { workspaceId: string; soc: { id: string; repositories: string[] }; idempotencyKey?: string; trigger: string },
): Promise<StartResult | undefined> {
  const result = await deps.runs.start({
    workspaceId: input.workspaceId,
    socId: input.soc.id,
    repositories: input.soc.repositories,
    idempotencyKey: input.idempotencyKey,
    trigger: input.trigger,
    minIntervalS: deps.config.minIntervalS,
    timeoutS: deps.config.timeoutS,
    now: deps.now(),
  });
  if (result?.kind === 'created') {
    // If this instance dies before dispatching, another instance's sweep dispatches the run.
    void dispatchCreated(result.run.id, deps.runs, deps.dispatcher, deps.now, deps.logger).catch((error: unknown) =>
      deps.logger.error('dispatch failed', { regenerationId: result.run.id, error: String(error) }),
    );
  }
  return result;
}
