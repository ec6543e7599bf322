import { randomUUID } from 'node:crypto';
import { DardocsError, InputError, getErrorMessage } from '../../errors.js';
import { createGithubClient } from '../../github/client.js';
import { SecretsApi, type OrgAccess, type PublicKey } from '../../github/secrets.js';
import { SecretsReceiver, type SecretMapping } from '../../receiver-client/secrets.js';
import type { CommandResult } from '../../runtime/summary.js';
import { currentRepository, maskSecretValues, parseRepositories, parseSecretsInput } from '../../secrets/inputs.js';
import { classifySecrets, compilePatterns, type SourceSecret } from '../../secrets/rules.js';
import { fingerprint, sealSecret } from '../../secrets/seal.js';
import { parseTargets, scopeName, targetLabel, type Target } from '../../secrets/targets.js';
import type { CommandDeps } from '../registry.js';
import type { SyncSettings } from './settings.js';

export { parseSyncSettings as parseSettings } from './settings.js';

export interface SyncDeps extends CommandDeps {
  fetch?: typeof fetch;
}

/** One entry of seed 001's sync response `errors` (info and warn codes included). */
export interface SyncError {
  secretName: string;
  scope: string;
  error: string;
  code: string;
}

export interface SyncResult {
  syncedCount: number;
  skippedCount: number;
  errors: SyncError[];
  correlationId: string;
  durationMs: number;
  deleted: Array<{ secretName: string; scope: string }>;
}

type Row = [secret: string, target: string, status: string];

export interface Prepared {
  source: Record<string, unknown>;
  classified: ReturnType<typeof classifySecrets>;
  repositories: string[];
  targets: Target[];
  include: RegExp[];
  exclude: RegExp[];
}

/** Shared by secrets-sync and secrets-validate: mask every value first, then classify and parse targets. */
export async function prepareSecrets(
  raw: {
    secretsJson: string;
    include: string[];
    exclude: string[];
    repositories: string[];
    targets: string[];
    cwd: string;
  },
  deps: CommandDeps,
): Promise<Prepared> {
  const source = parseSecretsInput(raw.secretsJson);
  // Before anything else: every value, every line of it, its JSON-escaped and base64 forms are masked.
  maskSecretValues(source, deps.log);
  let include: RegExp[];
  let exclude: RegExp[];
  try {
    include = compilePatterns(raw.include, 'include');
    exclude = compilePatterns(raw.exclude, 'exclude');
  } catch (error) {
    throw new InputError('exclude', getErrorMessage(error));
  }
  const repositories = parseRepositories(raw.repositories, await currentRepository(deps.env, deps.workdir, raw.cwd));
  let targets: Target[];
  try {
    targets = parseTargets(raw.targets, repositories);
  } catch (error) {
    throw new InputError('targets', `Input 'targets': ${getErrorMessage(error)}`);
  }
  return { source, classified: classifySecrets(source, { include, exclude }), repositories, targets, include, exclude };
}

/** The repository a target's receiver mapping belongs to (an organisation target: the source repository). */
const mappingRepository = (t: Target, repositories: string[]) =>
  t.kind === 'org' ? (repositories[0] as string) : `${t.owner}/${t.repo}`;

export async function run(settings: SyncSettings, deps: SyncDeps): Promise<CommandResult> {
  const started = Date.now();
  const correlationId = randomUUID();
  const { log } = deps;
  const prepared = await prepareSecrets(settings, deps);
  const { classified, repositories, targets, source } = prepared;
  const errors: SyncError[] = [];
  const rows: Row[] = [];
  for (const e of classified.excluded) {
    errors.push({
      secretName: e.secretName,
      scope: 'all',
      error: `Secret ${e.secretName} excluded from sync (matches pattern ${e.pattern}: ${e.reason}).`,
      code: 'GITHUB_SECRETS_EXCLUDED',
    });
    rows.push([e.secretName, 'all', `excluded (${e.pattern})`]);
  }
  for (const p of classified.invalid) {
    errors.push({ secretName: p.secretName, scope: 'all', error: p.error, code: p.code });
    rows.push([p.secretName, 'all', `not sent: ${p.error}`]);
    log.warning(`${p.secretName}: ${p.error}`);
  }
  const eligible = classified.eligible;
  const notSent = (classified.excluded.length + classified.invalid.length) * targets.length;

  const finish = (
    result: Omit<SyncResult, 'durationMs' | 'correlationId' | 'errors'>,
    failure?: Error,
    facts: Array<[string, string]> = [],
  ): CommandResult => {
    const full: SyncResult = { ...result, errors, correlationId, durationMs: Date.now() - started };
    return {
      outputs: { result: JSON.stringify(full), 'synced-count': String(full.syncedCount) },
      summary: {
        title: `dardocs secrets-sync${settings.dryRun ? ' (dry run)' : ''}: ${repositories.join(', ')}`,
        facts: [
          ['Targets', targets.map(targetLabel).join(', ')],
          [
            'Source secrets',
            `${Object.keys(source).length} (${eligible.length} eligible, ${classified.excluded.length} excluded, ${classified.invalid.length} invalid)`,
          ],
          ['Written', String(full.syncedCount)],
          ['Skipped', String(full.skippedCount)],
          ['Deleted', String(full.deleted.length)],
          ['Correlation id', correlationId],
          ...facts,
        ],
        tables: [
          { caption: 'Secrets by scope (values are never shown)', headers: ['Secret', 'Scope', 'Status'], rows },
        ],
      },
      failure,
    };
  };

  if (!settings.githubToken) {
    if (!settings.dryRun) {
      throw new InputError(
        'github-token',
        "secrets-sync needs github-token: a fine-grained token or GitHub App token that may write the target secrets (the workflow's GITHUB_TOKEN cannot write secrets). Use dry-run to see the plan without one.",
      );
    }
    for (const s of eligible) for (const t of targets) rows.push([s.name, targetLabel(t), 'would write']);
    log.info(
      `dry run without github-token: ${eligible.length} secrets would be written to ${targets.length} targets; nothing was read or written`,
    );
    return finish({ syncedCount: 0, skippedCount: notSent, deleted: [] }, undefined, [
      ['GitHub', 'not contacted (no github-token)'],
    ]);
  }

  const octokit = createGithubClient({
    token: settings.githubToken,
    apiUrl: deps.env.GITHUB_API_URL,
    log,
    writeConcurrency: settings.writeConcurrency,
  });
  const api = new SecretsApi(octokit);

  // Reads first, in parallel: each target's public key (once per scope, repository and environment) and its names.
  const reads = await log.group('Read public keys and secret names', () =>
    Promise.allSettled(targets.map(async (t) => ({ key: await api.publicKey(t), names: new Set(await api.names(t)) }))),
  );
  const ready = new Map<Target, { key: PublicKey; names: Set<string> }>();
  reads.forEach((r, i) => {
    const t = targets[i] as Target;
    if (r.status === 'fulfilled') ready.set(t, r.value);
    else {
      const message = getErrorMessage(r.reason);
      log.warning(message);
      for (const s of eligible) {
        errors.push({
          secretName: s.name,
          scope: scopeName(t),
          error: message,
          code: (r.reason as DardocsError).code ?? 'GITHUB_REQUEST_FAILED',
        });
        rows.push([s.name, targetLabel(t), `failed: ${message}`]);
      }
    }
  });

  // Fingerprints from the receiver: skip what is unchanged, report names whose scopes disagree.
  let receiver: SecretsReceiver | undefined;
  let fpKey: Buffer | undefined;
  const mappings = new Map<string, SecretMapping>();
  const mappingKey = (repo: string, name: string, scope: string) => `${repo}\n${name}\n${scope}`;
  if (settings.receiverUrl && settings.receiverApiKey) {
    receiver = new SecretsReceiver(settings.receiverUrl, settings.receiverApiKey, deps.fetch);
    fpKey = await receiver.fingerprintKey();
    for (const repo of repositories) {
      for (const m of await receiver.mappings(repo)) mappings.set(mappingKey(m.repository, m.secretName, m.scope), m);
    }
    for (const s of eligible) {
      for (const repo of repositories) {
        const known = [...mappings.values()].filter((m) => m.repository === repo && m.secretName === s.name);
        const distinct = new Set(known.map((m) => m.fingerprint));
        if (distinct.size > 1) {
          errors.push({
            secretName: s.name,
            scope: known.map((m) => m.scope).join(','),
            error: `Secret ${s.name} has different values across scopes (${known.map((m) => m.scope).join(', ')}) in ${repo}; this sync writes the source value to each.`,
            code: 'GITHUB_SECRETS_CONFLICT_DETECTED',
          });
        }
      }
    }
  }

  interface Write {
    secret: SourceSecret;
    target: Target;
    fingerprint: string | undefined;
  }
  const writes: Write[] = [];
  let unchanged = 0;
  for (const t of targets) {
    const read = ready.get(t);
    if (!read) continue;
    for (const s of eligible) {
      const fp = fpKey ? fingerprint(fpKey, s.value) : undefined;
      const known = mappings.get(mappingKey(mappingRepository(t, repositories), s.name, scopeName(t)));
      if (
        !settings.force &&
        fp &&
        known?.fingerprint === fp &&
        known.syncStatus === 'synced' &&
        read.names.has(s.name)
      ) {
        unchanged++;
        rows.push([s.name, targetLabel(t), 'unchanged (same fingerprint)']);
        continue;
      }
      writes.push({ secret: s, target: t, fingerprint: fp });
    }
  }

  // Prune: target secrets that are not in the source set.
  const deletions: Array<{ target: Target; name: string }> = [];
  if (settings.prune) {
    const sourceNames = new Set(Object.keys(source));
    for (const [t, read] of ready) {
      for (const name of [...read.names].sort()) {
        if (sourceNames.has(name)) continue;
        const ours = mappings.has(mappingKey(mappingRepository(t, repositories), name, scopeName(t)));
        if (settings.prune === 'all' || ours) deletions.push({ target: t, name });
      }
    }
  }

  if (writes.length + deletions.length > 0 && api.quota && api.quota.remaining < 100) {
    throw new DardocsError(
      'GITHUB_SECRETS_RATE_LIMIT_EXHAUSTED',
      `GitHub Secrets API rate limit exhausted (${api.quota.remaining} of ${api.quota.limit} requests left, ${writes.length + deletions.length} writes to make). Reset at ${api.quota.resetAt.toISOString()}; run again after that.`,
      { details: { quotaType: 'core', remaining: api.quota.remaining, resetAt: api.quota.resetAt.toISOString() } },
    );
  }

  if (settings.dryRun) {
    for (const w of writes) rows.push([w.secret.name, targetLabel(w.target), 'would write']);
    for (const d of deletions) rows.push([d.name, targetLabel(d.target), 'would delete (not in the source set)']);
    return finish({ syncedCount: 0, skippedCount: unchanged + notSent, deleted: [] }, undefined, [
      ['Would write', String(writes.length)],
      ['Would delete', String(deletions.length)],
    ]);
  }

  // Organisation secrets keep their visibility and selected repositories on update.
  const selectedIds = new Map<string, number[]>();
  const accessFor = async (t: Extract<Target, { kind: 'org' }>, name: string, exists: boolean): Promise<OrgAccess> => {
    const current = exists ? await api.orgAccess(t, name) : undefined;
    if (current && !settings.visibility) return current;
    const visibility = settings.visibility ?? 'private';
    if (visibility !== 'selected') return { visibility, selectedRepositoryIds: [] };
    let ids = selectedIds.get(t.org);
    if (!ids) {
      ids = [];
      for (const r of settings.selectedRepositories)
        ids.push(await api.repositoryId(t, r.includes('/') ? r : `${t.org}/${r}`));
      selectedIds.set(t.org, ids);
    }
    return { visibility, selectedRepositoryIds: ids };
  };

  const written = await log.group(`Write ${writes.length} secrets`, () =>
    Promise.allSettled(
      writes.map(async (w) => {
        const read = ready.get(w.target) as { key: PublicKey; names: Set<string> };
        let sealed: string;
        try {
          sealed = await sealSecret(w.secret.value, read.key.key);
        } catch (error) {
          throw new DardocsError(
            'GITHUB_SECRETS_ENCRYPTION_FAILED',
            `Failed to encrypt ${w.secret.name} with the public key of ${targetLabel(w.target)}: ${getErrorMessage(error)}`,
          );
        }
        const access =
          w.target.kind === 'org' ? await accessFor(w.target, w.secret.name, read.names.has(w.secret.name)) : undefined;
        return api.put(w.target, w.secret.name, sealed, read.key.keyId, access);
      }),
    ),
  );
  let syncedCount = 0;
  const newMappings: SecretMapping[] = [];
  const nowIso = deps.now().toISOString();
  written.forEach((r, i) => {
    const w = writes[i] as Write;
    const scope = scopeName(w.target);
    if (r.status === 'fulfilled') {
      syncedCount++;
      rows.push([w.secret.name, targetLabel(w.target), r.value]);
    } else {
      const message = getErrorMessage(r.reason);
      errors.push({
        secretName: w.secret.name,
        scope,
        error: message,
        code: (r.reason as DardocsError).code ?? 'GITHUB_REQUEST_FAILED',
      });
      rows.push([w.secret.name, targetLabel(w.target), `failed: ${message}`]);
      log.warning(`${w.secret.name} -> ${targetLabel(w.target)}: ${message}`);
    }
    if (w.fingerprint) {
      newMappings.push({
        repository: mappingRepository(w.target, repositories),
        secretName: w.secret.name,
        scope,
        fingerprint: w.fingerprint,
        syncStatus: r.status === 'fulfilled' ? 'synced' : 'failed',
        errorMessage: r.status === 'fulfilled' ? null : getErrorMessage(r.reason).slice(0, 500),
        lastSyncedAt: r.status === 'fulfilled' ? nowIso : null,
      });
    }
  });

  const removed = await Promise.allSettled(deletions.map((d) => api.remove(d.target, d.name)));
  const deleted: SyncResult['deleted'] = [];
  removed.forEach((r, i) => {
    const d = deletions[i] as { target: Target; name: string };
    if (r.status === 'fulfilled') {
      deleted.push({ secretName: d.name, scope: scopeName(d.target) });
      rows.push([d.name, targetLabel(d.target), 'deleted (not in the source set)']);
    } else {
      errors.push({
        secretName: d.name,
        scope: scopeName(d.target),
        error: getErrorMessage(r.reason),
        code: (r.reason as DardocsError).code ?? 'GITHUB_REQUEST_FAILED',
      });
      rows.push([d.name, targetLabel(d.target), `delete failed: ${getErrorMessage(r.reason)}`]);
    }
  });

  const failures = errors.filter(
    (e) =>
      ![
        'GITHUB_SECRETS_EXCLUDED',
        'GITHUB_SECRETS_CONFLICT_DETECTED',
        'GITHUB_SECRETS_NAME_INVALID',
        'GITHUB_SECRETS_VALUE_INVALID',
      ].includes(e.code),
  );
  const operations =
    writes.length +
    deletions.length +
    failures.filter((f) => !writes.some((w) => w.secret.name === f.secretName && scopeName(w.target) === f.scope))
      .length;
  if (receiver) {
    try {
      if (newMappings.length > 0) await receiver.putMappings(newMappings);
      for (const d of deleted) {
        const t = deletions.find((x) => x.name === d.secretName && scopeName(x.target) === d.scope)?.target as Target;
        await receiver.deleteMapping(mappingRepository(t, repositories), d.secretName, d.scope);
      }
      for (const repo of repositories) {
        const scopes = [...new Set(targets.filter((t) => mappingRepository(t, repositories) === repo).map(scopeName))];
        if (scopes.length === 0) continue;
        const failedScopes = new Set(failures.map((f) => f.scope));
        const failureCount = scopes.filter((s) => failedScopes.has(s)).length;
        const successCount = scopes.length - failureCount;
        await receiver.postEvent({
          repository: repo,
          operation: 'sync_all',
          secretName: null,
          affectedScopes: scopes,
          status: failureCount === 0 ? 'success' : successCount === 0 ? 'failure' : 'partial',
          successCount,
          failureCount,
          errorMessage: failureCount > 0 ? `${failures.length} operations failed` : null,
          correlationId,
          durationMs: Date.now() - started,
          metadata: {
            synced: syncedCount,
            skipped: unchanged + notSent,
            deleted: deleted.length,
            quotaRemaining: api.quota?.remaining ?? null,
          },
        });
      }
    } catch (error) {
      log.warning(`the receiver did not take the fingerprints and audit event: ${getErrorMessage(error)}`);
    }
  }
  const failure =
    failures.length > 0
      ? new DardocsError(
          'GITHUB_SECRETS_SYNC_PARTIAL_FAILURE',
          `Secret sync completed with ${failures.length} failures out of ${Math.max(operations, failures.length)} operations (${[...new Set(failures.map((f) => f.scope))].join(', ')}); the others were written. See the result's errors.`,
        )
      : undefined;
  return finish({ syncedCount, skippedCount: unchanged + notSent, deleted }, failure, [
    ['Quota left', api.quota ? `${api.quota.remaining} (resets ${api.quota.resetAt.toISOString()})` : 'unknown'],
  ]);
}
