import { DardocsError } from '../../errors.js';
import { SocClient, type RegenerationStatus } from '../../receiver-client/socs.js';
import type { CommandResult, Summary } from '../../runtime/summary.js';
import type { CommandDeps } from '../registry.js';
import type { RegenerateSettings } from './settings.js';

export { parseRegenerateSettings as parseSettings } from './settings.js';

export interface RegenerateDeps extends CommandDeps {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds since an epoch; drives the wait deadline. */
  clock?: () => number;
}

const TERMINAL = ['completed', 'failed', 'timed_out'];
const FIRST_POLL_MS = 2000;
const MAX_POLL_MS = 15_000;

/** Polling delays: 2 s, growing by half each time, at most 15 s. Pure. */
export function pollDelay(attempt: number): number {
  return Math.min(MAX_POLL_MS, Math.round(FIRST_POLL_MS * 1.5 ** attempt));
}

/** The lines that say what changed between two statuses, one per repository that moved. Pure. */
export function progressLines(previous: RegenerationStatus | undefined, current: RegenerationStatus): string[] {
  const before = new Map(previous?.progress.repos.map((r) => [r.repo, r.status]) ?? []);
  const lines: string[] = [];
  if (previous?.status !== current.status)
    lines.push(`regeneration ${current.regenerationId}: ${current.status} (${current.progress.phase})`);
  for (const repo of current.progress.repos) {
    if (before.get(repo.repo) === repo.status) continue;
    const extra = repo.error ? `: ${repo.error}` : repo.runUrl ? ` (${repo.runUrl})` : '';
    lines.push(
      `  ${repo.repo}: ${repo.status}${extra}   [${current.progress.reposDone}/${current.progress.reposTotal}]`,
    );
  }
  return lines;
}

/**
 * Asks the receiver to regenerate a SOC across its repositories and, with `wait`, follows the run
 * to its end, printing each repository's progress as it changes. A 429 means a regeneration is
 * already under way: by default the step follows that one instead of failing.
 */
export async function run(settings: RegenerateSettings, deps: RegenerateDeps): Promise<CommandResult> {
  const { log } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const clock = deps.clock ?? (() => Date.now());
  const client = new SocClient(settings.receiverUrl, settings.receiverApiKey, deps.fetch);
  const documentUrl = client.url(`api/socs/${encodeURIComponent(settings.socId)}/document`);

  const started = await log.group('Start the regeneration', async () => {
    const answer = await client.startRegeneration(
      settings.socId,
      deps.env.GITHUB_RUN_ID ? `run-${deps.env.GITHUB_RUN_ID}-${deps.env.GITHUB_RUN_ATTEMPT ?? '1'}` : undefined,
    );
    if (answer.kind === 'started') log.info(`regeneration ${answer.regenerationId} queued`);
    else {
      log.info(`a regeneration is already under way: ${answer.message}`);
      if (settings.onRateLimit === 'fail') {
        throw new DardocsError(
          'DELIVERY_REJECTED',
          `SOC ${settings.socId} is already being regenerated (${answer.regenerationId}); retry in ${answer.retryAfterS} s, or set on-rate-limit: wait to follow that run.`,
        );
      }
      log.info(`following regeneration ${answer.regenerationId} instead`);
    }
    return answer;
  });
  const regenerationId = started.regenerationId;
  const outputs = (status: string, version?: number) => ({
    'regeneration-id': regenerationId,
    status,
    'document-url': documentUrl,
    version: version === undefined ? '' : String(version),
  });

  if (!settings.wait) {
    return {
      outputs: outputs('queued'),
      summary: summaryOf(settings, regenerationId, undefined, documentUrl, 'not waited for'),
    };
  }

  const deadline = clock() + settings.waitTimeoutS * 1000;
  let current: RegenerationStatus | undefined;
  let failures = 0;
  const final = await log.group(`Wait for regeneration ${regenerationId}`, async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        const next = await client.status(settings.socId, regenerationId);
        for (const line of progressLines(current, next)) log.info(line);
        current = next;
        failures = 0;
        if (TERMINAL.includes(next.status)) return next;
      } catch (error) {
        // A receiver that blinks (a deploy, a restart) is waited out; five failures in a row are not.
        if (error instanceof DardocsError && error.code === 'DELIVERY_REJECTED') throw error;
        if (++failures >= 5) throw error;
        log.warning(`could not read the status (${(error as Error).message}); trying again`);
      }
      if (clock() >= deadline) return undefined;
      await sleep(Math.min(pollDelay(attempt), Math.max(0, deadline - clock())));
    }
  });

  if (!final) {
    const missing = current?.progress.repos.filter((r) => r.status !== 'completed').map((r) => r.repo) ?? [];
    return {
      outputs: outputs(current?.status ?? 'queued'),
      summary: summaryOf(settings, regenerationId, current, documentUrl, `gave up after ${settings.waitTimeoutS} s`),
      failure: new DardocsError(
        'DELIVERY_FAILED',
        `Regeneration ${regenerationId} did not end within wait-timeout (${settings.waitTimeoutS} s); still waiting for ${missing.join(', ') || 'the receiver'}. Raise wait-timeout, or check those repositories' workflow runs.`,
      ),
    };
  }
  const version = final.status === 'completed' ? await client.documentVersion(settings.socId) : undefined;
  const result: CommandResult = {
    outputs: outputs(final.status, version),
    summary: summaryOf(settings, regenerationId, final, documentUrl),
  };
  if (final.status !== 'completed') {
    const notReported = final.progress.repos.filter((r) => r.status !== 'completed');
    result.failure = new DardocsError(
      'DELIVERY_FAILED',
      `Regeneration ${regenerationId} ended ${final.status}: ${notReported.map((r) => `${r.repo} (${r.status}${r.error ? `: ${r.error}` : ''})`).join('; ')}.`,
    );
  }
  return result;
}

function summaryOf(
  settings: RegenerateSettings,
  id: string,
  status: RegenerationStatus | undefined,
  documentUrl: string,
  note?: string,
): Summary {
  return {
    title: `dardocs regenerate: ${status?.status ?? 'queued'}`,
    facts: [
      ['SOC', settings.socId],
      ['Regeneration', id],
      ['Status', `${status?.status ?? 'queued'}${note ? ` (${note})` : ''}`],
      ['Repositories', status ? `${status.progress.reposDone}/${status.progress.reposTotal} reported` : 'not read'],
      ['Document', documentUrl],
    ],
    tables: status
      ? [
          {
            caption: 'Repositories',
            headers: ['repository', 'status', 'detail'],
            rows: status.progress.repos.map((r) => [r.repo, r.status, r.error ?? r.runUrl ?? '']),
          },
        ]
      : [],
    notes: status?.error ? [status.error] : [],
  };
}
