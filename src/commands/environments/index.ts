import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { DardocsError, InputError, getErrorMessage } from '../../errors.js';
import { createGithubClient } from '../../github/client.js';
import { EnvironmentsApi, type EnvironmentSettings } from '../../github/environments.js';
import { SecretsApi } from '../../github/secrets.js';
import { bool, integer, parseWith, text } from '../../inputs/fields.js';
import { SecretsReceiver, type SecretMapping } from '../../receiver-client/secrets.js';
import type { CommandResult } from '../../runtime/summary.js';
import {
  currentRepository,
  maskSecretValues,
  parseRepositories,
  parseSecretsInput,
  secretSourceFields,
  sourceSettings,
} from '../../secrets/inputs.js';
import { NAME_RULE } from '../../secrets/rules.js';
import { fingerprint, sealSecret } from '../../secrets/seal.js';
import type { Target } from '../../secrets/targets.js';
import type { CommandDeps } from '../registry.js';

const schema = z
  .object({
    ...secretSourceFields(),
    environments: z.string(),
    'environments-file': text(),
    'dry-run': bool(),
    force: bool(),
    'write-concurrency': integer({ min: 1, max: 10 }),
  })
  .transform((v) => ({
    ...sourceSettings(v),
    yaml: v.environments,
    file: v['environments-file'],
    dryRun: v['dry-run'],
    force: v.force,
    writeConcurrency: v['write-concurrency'],
  }));

export type EnvironmentsSettings = z.output<typeof schema>;
export const parseSettings = (values: Record<string, string>): EnvironmentsSettings => parseWith(schema, values);

/** Seed 001's EnvironmentConfig, as YAML keyed by environment name. */
const reviewer = z.union([
  z.object({ type: z.enum(['User', 'Team']), id: z.number().int().positive() }).strict(),
  z.string().regex(/^(user|team):\d+$/, 'must be user:<id> or team:<id>'),
]);
const environmentSchema = z
  .object({
    'wait-timer': z.number().int().min(0).max(43_200).default(0),
    reviewers: z.array(reviewer).max(6).default([]),
    'prevent-self-review': z.boolean().default(false),
    'deployment-branches': z.union([z.enum(['all', 'protected']), z.array(z.string().min(1)).min(1)]).optional(),
    'restrict-to-main-branch': z.boolean().optional(),
    /** Environment secret name -> source secret name (in `secrets`); a list means the same names. */
    secrets: z.union([z.array(z.string()), z.record(z.string(), z.string())]).default([]),
    variables: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  })
  .strict();
const configSchema = z.record(
  z.string().regex(/^[\w.-]{1,255}$/, 'is not a valid environment name'),
  environmentSchema.nullable(),
);

export interface EnvironmentPlan {
  name: string;
  settings: EnvironmentSettings;
  secrets: Array<{ name: string; from: string }>;
  variables: Record<string, string>;
}

export function parseEnvironmentsConfig(source: string, file: string): EnvironmentPlan[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors[0]) {
    throw new DardocsError(
      'GITHUB_ENV_CONFIG_INVALID',
      `${file}:${doc.errors[0].linePos?.[0]?.line ?? '?'}: not valid YAML: ${doc.errors[0].message.split('\n')[0]}`,
    );
  }
  const parsed = configSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const node = path.length ? doc.getIn(path as Array<string | number>, true) : undefined;
    const range = (node as { range?: [number, number] } | undefined)?.range;
    const line = range ? `:${lineCounter.linePos(range[0]).line}` : '';
    throw new DardocsError(
      'GITHUB_ENV_CONFIG_INVALID',
      `${file}${line}: ${path.join('.')}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return Object.entries(parsed.data).map(([name, raw]) => {
    const e = environmentSchema.parse(raw ?? {});
    const branches: EnvironmentSettings['branches'] = e['deployment-branches']
      ? Array.isArray(e['deployment-branches'])
        ? [...e['deployment-branches']].sort()
        : e['deployment-branches']
      : e['restrict-to-main-branch']
        ? ['main']
        : 'all';
    const secrets = Array.isArray(e.secrets)
      ? e.secrets.map((s) => ({ name: s, from: s }))
      : Object.entries(e.secrets).map(([n, from]) => ({ name: n, from }));
    for (const s of secrets) {
      if (!NAME_RULE.test(s.name) || s.name.startsWith('GITHUB_')) {
        throw new DardocsError(
          'GITHUB_ENV_CONFIG_INVALID',
          `${file}: ${name}.secrets: '${s.name}' is not a valid secret name (^[A-Z][A-Z0-9_]*$, not GITHUB_)`,
        );
      }
    }
    return {
      name,
      settings: {
        waitTimer: e['wait-timer'],
        preventSelfReview: e['prevent-self-review'],
        reviewers: e.reviewers
          .map((r) =>
            typeof r === 'string'
              ? { type: r.startsWith('team') ? ('Team' as const) : ('User' as const), id: Number(r.split(':')[1]) }
              : r,
          )
          .sort((a, b) => a.type.localeCompare(b.type) || a.id - b.id),
        branches,
      },
      secrets,
      variables: Object.fromEntries(Object.entries(e.variables).map(([k, v]) => [k, String(v)])),
    };
  });
}

const sameSettings = (a: EnvironmentSettings, b: EnvironmentSettings) =>
  a.waitTimer === b.waitTimer &&
  a.preventSelfReview === b.preventSelfReview &&
  JSON.stringify([...a.reviewers].sort((x, y) => x.type.localeCompare(y.type) || x.id - y.id)) ===
    JSON.stringify(b.reviewers) &&
  JSON.stringify(a.branches === 'all' || a.branches === 'protected' ? a.branches : [...a.branches].sort()) ===
    JSON.stringify(b.branches);

export interface EnvironmentsResult {
  created: string[];
  updated: string[];
  unchanged: string[];
  errors: Array<{ environment: string; error: string; code: string }>;
  correlationId: string;
  secretsWritten: number;
}

/** Creates or updates environments from the config; a second run with the same config changes nothing. */
export async function run(
  settings: EnvironmentsSettings,
  deps: CommandDeps & { fetch?: typeof fetch },
): Promise<CommandResult> {
  const { log } = deps;
  const source = parseSecretsInput(settings.secretsJson);
  maskSecretValues(source, log);
  const root = resolve(deps.workdir, settings.cwd);
  let yaml = settings.yaml;
  let file = 'environments';
  if (yaml.trim() === '') {
    const path = resolve(root, settings.file);
    if (!existsSync(path)) {
      throw new InputError(
        'environments',
        `No environments: set environments (YAML) or add ${path} (environments-file).`,
      );
    }
    yaml = readFileSync(path, 'utf8');
    file = settings.file;
  }
  const plans = parseEnvironmentsConfig(yaml, file);
  const repositories = parseRepositories(
    settings.repositories,
    await currentRepository(deps.env, deps.workdir, settings.cwd),
  );
  const result: EnvironmentsResult = {
    created: [],
    updated: [],
    unchanged: [],
    errors: [],
    correlationId: randomUUID(),
    secretsWritten: 0,
  };
  const rows: string[][] = [];
  if (!settings.githubToken) {
    if (!settings.dryRun)
      throw new InputError(
        'github-token',
        'environments needs github-token (repository Administration, Environments and Secrets: write); dry-run plans without it.',
      );
    for (const p of plans)
      rows.push([
        p.name,
        describe(p.settings),
        `${p.secrets.length} secrets, ${Object.keys(p.variables).length} variables`,
        'would create or update',
      ]);
    return output(result, rows, settings.dryRun);
  }
  const octokit = createGithubClient({
    token: settings.githubToken,
    apiUrl: deps.env.GITHUB_API_URL,
    log,
    writeConcurrency: settings.writeConcurrency,
  });
  const secretsApi = new SecretsApi(octokit);
  let receiver: SecretsReceiver | undefined;
  let fpKey: Buffer | undefined;
  const mappings: SecretMapping[] = [];
  if (settings.receiverUrl && settings.receiverApiKey) {
    receiver = new SecretsReceiver(settings.receiverUrl, settings.receiverApiKey, deps.fetch);
    fpKey = await receiver.fingerprintKey();
    for (const repo of repositories) mappings.push(...(await receiver.mappings(repo)));
  }
  const newMappings: SecretMapping[] = [];

  for (const repository of repositories) {
    const [owner = '', repo = ''] = repository.split('/');
    const api = new EnvironmentsApi(octokit, owner, repo);
    for (const plan of plans) {
      const label = repositories.length > 1 ? `${repository} ${plan.name}` : plan.name;
      try {
        const changes: string[] = [];
        const existing = await api.get(plan.name);
        if (!existing || !sameSettings(existing, plan.settings)) {
          changes.push(existing ? 'settings' : 'created');
          if (!settings.dryRun) await api.put(plan.name, plan.settings);
        }
        if (Array.isArray(plan.settings.branches)) {
          const policies = existing || !settings.dryRun ? await api.branchPolicies(plan.name).catch(() => []) : [];
          const have = new Set(policies.map((p) => p.name));
          for (const name of plan.settings.branches.filter((b) => !have.has(b))) {
            changes.push(`branch ${name}`);
            if (!settings.dryRun) await api.addBranchPolicy(plan.name, name);
          }
          for (const p of policies.filter((p) => !(plan.settings.branches as string[]).includes(p.name))) {
            changes.push(`-branch ${p.name}`);
            if (!settings.dryRun) await api.removeBranchPolicy(plan.name, p.id);
          }
        }
        const variables = existing ? await api.variables(plan.name) : new Map<string, string>();
        for (const [name, value] of Object.entries(plan.variables)) {
          if (variables.get(name) === value) continue;
          changes.push(`variable ${name}`);
          if (!settings.dryRun) await api.setVariable(plan.name, name, value, variables.has(name));
        }
        if (plan.secrets.length > 0) {
          const target: Target = { kind: 'environment', owner, repo, environment: plan.name };
          const names =
            existing || !settings.dryRun ? new Set(await secretsApi.names(target).catch(() => [])) : new Set<string>();
          const key = settings.dryRun ? undefined : await secretsApi.publicKey(target);
          for (const s of plan.secrets) {
            const value = source[s.from];
            if (typeof value !== 'string' || value === '') {
              result.errors.push({
                environment: plan.name,
                error: `secret ${s.name}: source secret ${s.from} is missing or empty in secrets; it is not written`,
                code: 'GITHUB_SECRETS_VALUE_INVALID',
              });
              continue;
            }
            const fp = fpKey ? fingerprint(fpKey, value) : undefined;
            const known = mappings.find(
              (m) => m.repository === repository && m.secretName === s.name && m.scope === `environment:${plan.name}`,
            );
            if (!settings.force && fp && known?.fingerprint === fp && names.has(s.name)) continue;
            // Without a receiver a value cannot be compared, so it is written again; only a new name counts as a change.
            if (!names.has(s.name) || fp) changes.push(`secret ${s.name}`);
            if (settings.dryRun || !key) continue;
            await secretsApi.put(target, s.name, await sealSecret(value, key.key), key.keyId);
            result.secretsWritten++;
            if (fp)
              newMappings.push({
                repository,
                secretName: s.name,
                scope: `environment:${plan.name}`,
                fingerprint: fp,
                syncStatus: 'synced',
                lastSyncedAt: deps.now().toISOString(),
              });
          }
        }
        if (!existing) result.created.push(label);
        else if (changes.length > 0) result.updated.push(label);
        else result.unchanged.push(label);
        rows.push([
          label,
          describe(plan.settings),
          changes.join(', ') || '-',
          !existing ? 'created' : changes.length ? 'updated' : 'unchanged',
        ]);
      } catch (error) {
        const code = error instanceof DardocsError ? error.code : 'GITHUB_ENV_FAILED';
        result.errors.push({ environment: label, error: getErrorMessage(error), code });
        rows.push([label, describe(plan.settings), '-', `failed: ${getErrorMessage(error)}`]);
        log.warning(getErrorMessage(error));
      }
    }
  }
  if (receiver && newMappings.length > 0) {
    await receiver
      .putMappings(newMappings)
      .catch((error) => log.warning(`the receiver did not take the fingerprints: ${getErrorMessage(error)}`));
  }
  const failed = result.errors.filter((e) => e.code !== 'GITHUB_SECRETS_VALUE_INVALID');
  return output(
    result,
    rows,
    settings.dryRun,
    failed.length > 0
      ? new DardocsError(
          'GITHUB_ENV_FAILED',
          `${failed.length} environment(s) failed: ${failed.map((e) => e.environment).join(', ')}`,
        )
      : undefined,
  );
}

function describe(s: EnvironmentSettings): string {
  const branches =
    s.branches === 'all' ? 'any branch' : s.branches === 'protected' ? 'protected branches' : s.branches.join(', ');
  return `wait ${s.waitTimer} min; ${s.reviewers.length} reviewers; ${branches}`;
}

function output(result: EnvironmentsResult, rows: string[][], dryRun: boolean, failure?: Error): CommandResult {
  return {
    outputs: { result: JSON.stringify(result) },
    summary: {
      title: `dardocs environments${dryRun ? ' (dry run)' : ''}`,
      facts: [
        ['Created', result.created.join(', ') || 'none'],
        ['Updated', result.updated.join(', ') || 'none'],
        ['Unchanged', result.unchanged.join(', ') || 'none'],
        ['Secrets written', String(result.secretsWritten)],
        ['Correlation id', result.correlationId],
      ],
      tables: [{ caption: 'Environments', headers: ['Environment', 'Rules', 'Changes', 'Result'], rows }],
    },
    failure,
  };
}
