import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { deliverSnapshot, type DeliveryReport } from '../../delivery/deliver-snapshot.js';
import { defaultHttpDeps, type HttpDeps } from '../../delivery/http-post.js';
import { fetchLatestSnapshotCommit } from '../../delivery/receiver-latest.js';
import { Spool } from '../../delivery/spool.js';
import { DardocsError, InputError, getErrorMessage } from '../../errors.js';
import { commitExists, currentBranch, headCommit, originUrl } from '../../git/repository.js';
import { AtomicFile } from '../../output/atomic-file.js';
import type { Log } from '../../runtime/log.js';
import { resolveBranch, resolveRepository } from '../../runtime/repository-identity.js';
import type { CommandResult } from '../../runtime/summary.js';
import { listFileSet } from '../../scan/file-set.js';
import { IgnoreRules } from '../../scan/ignore-rules.js';
import { realFileSystem, type FileSystem, type ReadNote } from '../../scan/read-entry.js';
import { buildEntries, fullWork, incrementalWork, type Work } from './build.js';
import { incrementalChanges } from './incremental.js';
import { PayloadWriter, type PayloadMeta } from './payload.js';
import type { SnapshotPlugin } from './plugins/pipeline.js';
import { createRedactSecrets } from './plugins/redact-secrets.js';
import type { SnapshotSettings } from './settings.js';
import { snapshotSummary } from './summary.js';

export { parseSnapshotSettings as parseSettings } from './settings.js';

export interface SnapshotDeps {
  log: Log;
  env: Record<string, string | undefined>;
  /** Directory that relative `output` paths are resolved against (the workspace / the shell's directory). */
  workdir: string;
  now: () => Date;
  http?: HttpDeps;
  fs?: FileSystem;
  version: string;
}

export async function run(settings: SnapshotSettings, deps: SnapshotDeps): Promise<CommandResult> {
  const started = Date.now();
  const { log } = deps;
  const root = resolve(deps.workdir, settings.cwd);
  if (!isDirectory(root)) {
    throw new InputError(
      'cwd',
      `Input 'cwd' is '${settings.cwd}' (${root}), which is not a directory: point it at the checkout.`,
    );
  }
  if (!settings.output && !settings.endpoint && !settings.receiverUrl) {
    throw new InputError(
      'output',
      `Nothing to deliver to: set 'output' (a file), 'endpoint' (a URL) or 'receiver-url'.`,
    );
  }
  const outputPath = settings.output === undefined ? undefined : resolve(deps.workdir, settings.output);
  const exclude = new IgnoreRules();
  exclude.add('', settings.exclude.join('\n'));
  if (outputPath) {
    // Never snapshot our own output file.
    const inside = relative(root, outputPath).split('\\').join('/');
    if (!inside.startsWith('../') && inside !== '..') exclude.add('', `/${inside.replace(/([\\*?[\]!# ])/g, '\\$1')}`);
  }

  const { location, fileSet } = await listFileSet(root, exclude, log);

  const commitSha = location ? ((await headCommit(root)) ?? null) : null;
  const repository = resolveRepository({
    input: settings.repository,
    repositoryIdInput: settings.repositoryId,
    env: deps.env,
    originUrl: location ? await originUrl(root) : undefined,
    dirName: basename(location?.topLevel ?? root),
  });
  const branch = resolveBranch(deps.env, location ? await currentBranch(root) : undefined);
  const http = deps.http ?? defaultHttpDeps(log);
  const endpoint =
    settings.endpoint ??
    (settings.receiverUrl ? new URL('api/snapshots', withSlash(settings.receiverUrl)).toString() : undefined);
  const toReceiver =
    endpoint !== undefined &&
    settings.receiverUrl !== undefined &&
    new URL(endpoint).origin === new URL(settings.receiverUrl).origin;

  const base = await chooseBase(settings, root, location !== undefined, repository, http, log);
  let work: Work[];
  if (base) {
    const changes = await incrementalChanges(root, base, fileSet);
    log.info(`incremental snapshot since ${base.slice(0, 12)}: ${changes.length} change(s)`);
    work = incrementalWork(changes);
  } else {
    work = fullWork(fileSet.candidates);
  }
  const meta: PayloadMeta = {
    event: base ? 'incremental_snapshot' : 'initial_snapshot',
    repository,
    commitSha,
    ...(base ? { baseCommitSha: base } : {}),
    branch,
    scannedAt: deps.now().toISOString(),
  };

  const plugins: SnapshotPlugin[] = settings.redact ? [createRedactSecrets()] : [];
  const notes: ReadNote[] = [];
  const file = outputPath ? new AtomicFile(outputPath) : undefined;
  const spool = endpoint ? new Spool() : undefined;
  let bytes = 0;
  let delivery: DeliveryReport | undefined;
  let failure: Error | undefined;
  try {
    const writer = new PayloadWriter(meta, { snapshot_id: randomUUID(), part: 1, parts: 1 }, (chunk) =>
      file?.write(chunk),
    );
    const stats = await log.group('Read files', async () => {
      writer.begin();
      const result = await buildEntries(
        work,
        {
          root,
          openPrefix: openPrefix(root),
          maxFileSize: settings.maxFileSize,
          objectFormat: fileSet.objectFormat,
          plugins,
        },
        (list, json) => {
          writer.entry(list, json);
          spool?.append(list, json);
        },
        deps.fs ?? realFileSystem,
        notes,
        (done, total) => log.info(`  ${done}/${total} entries read`),
      );
      writer.end();
      for (const note of notes) log.warning(`${note.path}: ${note.message}`);
      log.info(`${result.entries} entries, ${writer.bytes} bytes of JSON`);
      return result;
    });
    bytes = writer.bytes;
    if (file) {
      file.commit();
      log.info(`wrote ${outputPath}`);
    }
    if (endpoint && spool) {
      delivery = await log.group(`Deliver to ${endpoint}`, async () => {
        try {
          return await deliverSnapshot(
            meta,
            spool,
            {
              url: endpoint,
              maxPayloadBytes: settings.maxPayloadBytes,
              signingSecret: settings.signingSecret,
              apiKey: toReceiver ? settings.receiverApiKey : undefined,
              userAgent: `dardocs-action/${deps.version}`,
              maxRetries: settings.maxRetries,
              baseDelayMs: settings.retryBaseDelayMs,
              timeoutMs: settings.deliveryTimeoutMs,
            },
            http,
          );
        } catch (error) {
          failure = error instanceof Error ? error : new DardocsError('DELIVERY_FAILED', getErrorMessage(error));
          return undefined;
        }
      });
    }
    return {
      outputs: {
        'commit-sha': commitSha ?? '',
        'file-count': String(stats.entries),
        bytes: String(bytes),
        'snapshot-path': outputPath && file ? outputPath : '',
        delivered: String(delivery !== undefined),
        event: meta.event,
      },
      summary: snapshotSummary({
        root,
        meta,
        fileSet,
        stats,
        bytes,
        outputPath,
        endpoint,
        delivery,
        failure,
        plugins,
        notes,
        durationMs: Date.now() - started,
      }),
      ...(failure ? { failure } : {}),
    };
  } catch (error) {
    file?.abort();
    throw error;
  } finally {
    spool?.dispose();
  }
}

/** The root relative to the process's directory when it lies inside it (see ReadOptions.openPrefix). */
function openPrefix(root: string): string | undefined {
  const rel = relative(process.cwd(), root);
  if (rel === '') return '';
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return `${rel.split(sep).join('/')}/`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** The base commit of an incremental snapshot: `since`, else the receiver's last snapshot; none for a full one. */
async function chooseBase(
  settings: SnapshotSettings,
  root: string,
  inGit: boolean,
  repository: { owner: string; name: string },
  http: HttpDeps,
  log: Log,
): Promise<string | undefined> {
  if (settings.full) return undefined;
  if (settings.since) {
    if (!inGit) throw new InputError('since', `Input 'since' needs a git repository, and ${root} is not in one.`);
    const sha = await commitExists(root, settings.since);
    if (!sha) {
      throw new InputError(
        'since',
        `Input 'since' is '${settings.since}', which is not a commit in this clone. Fetch more history (actions/checkout with fetch-depth: 0) or leave 'since' empty for a full snapshot.`,
      );
    }
    return sha;
  }
  if (!settings.receiverUrl || !inGit) return undefined;
  let latest: string | undefined;
  try {
    latest = await fetchLatestSnapshotCommit(settings.receiverUrl, settings.receiverApiKey, repository, http);
  } catch (error) {
    log.warning(
      `could not ask the receiver for the last snapshot (${getErrorMessage(error)}); sending a full snapshot`,
    );
    return undefined;
  }
  if (!latest) return undefined;
  const sha = await commitExists(root, latest);
  if (!sha) {
    log.warning(
      `the receiver's last snapshot is at ${latest.slice(0, 12)}, which is not in this clone (shallow?); sending a full snapshot. Use fetch-depth: 0 to allow incremental ones.`,
    );
  }
  return sha;
}
