import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DardocsError, InputError, getErrorMessage } from '../../errors.js';
import { createGithubClient } from '../../github/client.js';
import { SecretsApi } from '../../github/secrets.js';
import { bool, list, parseWith } from '../../inputs/fields.js';
import { secretSourceFields, sourceSettings } from '../../secrets/inputs.js';
import { SecretsReceiver } from '../../receiver-client/secrets.js';
import type { CommandResult } from '../../runtime/summary.js';
import { classifySecrets } from '../../secrets/rules.js';
import { fingerprint } from '../../secrets/seal.js';
import { scopeName, targetLabel, type Target } from '../../secrets/targets.js';
import type { CommandDeps } from '../registry.js';
import { prepareSecrets } from '../secrets-sync/index.js';

const schema = z
  .object({
    ...secretSourceFields(),
    targets: list(),
    include: list(),
    exclude: list(),
    required: list(),
    'fail-on-missing': bool(),
  })
  .transform((v) => ({
    ...sourceSettings(v),
    targets: v.targets,
    include: v.include,
    exclude: v.exclude,
    required: v.required,
    failOnMissing: v['fail-on-missing'],
  }));

export type ValidateSettings = z.output<typeof schema>;
export const parseSettings = (values: Record<string, string>): ValidateSettings => parseWith(schema, values);

export interface ValidateResult {
  valid: boolean;
  missing: Array<{ secretName: string; scope: string }>;
  conflicts: Array<{ secretName: string; scopes: string[]; valueHashes: Record<string, string> }>;
  summary: { totalSecrets: number; missingCount: number; conflictCount: number; validCount: number };
  remediationSteps: string[];
}

/** How to add missing secrets to a target, concretely: the settings page and the gh command. */
function remediation(t: Target, names: string[]): string {
  const list = names.join(', ');
  const one = names[0] ?? 'NAME';
  if (t.kind === 'repo') {
    return `Add ${list} to ${targetLabel(t)}: run dardocs secrets-sync with targets: ${t.scope}, or open https://github.com/${t.owner}/${t.repo}/settings/secrets/${t.scope}, or run \`gh secret set ${one} --app ${t.scope} --repo ${t.owner}/${t.repo}\`.`;
  }
  if (t.kind === 'environment') {
    return `Add ${list} to environment ${t.environment} of ${t.owner}/${t.repo}: run dardocs secrets-sync with targets: environment:${t.environment}, or open https://github.com/${t.owner}/${t.repo}/settings/environments, or run \`gh secret set ${one} --env ${t.environment} --repo ${t.owner}/${t.repo}\`.`;
  }
  return `Add ${list} to the ${t.scope} secrets of organisation ${t.org}: run dardocs secrets-sync with targets: org:${t.org}:${t.scope}, or open https://github.com/organizations/${t.org}/settings/secrets/${t.scope}, or run \`gh secret set ${one} --org ${t.org} --app ${t.scope} --visibility private\`.`;
}

/** Lists the names in each scope (never values) and answers seed 001's validate shape. */
export async function run(
  settings: ValidateSettings,
  deps: CommandDeps & { fetch?: typeof fetch },
): Promise<CommandResult> {
  const { log } = deps;
  const prepared = await prepareSecrets(settings, deps);
  if (!settings.githubToken) {
    throw new InputError(
      'github-token',
      'secrets-validate needs github-token to list the secret names of each target scope.',
    );
  }
  const api = new SecretsApi(createGithubClient({ token: settings.githubToken, apiUrl: deps.env.GITHUB_API_URL, log }));
  // What should be there: `required`, else the source set, else the Actions secrets of each repository
  // (names only, after the same exclusions), which is what Dependabot and Codespaces usually lack.
  let expected =
    settings.required.length > 0
      ? [...new Set(settings.required)].sort()
      : prepared.classified.eligible.map((s) => s.name);
  let source = settings.required.length > 0 ? 'required' : 'secrets';
  if (expected.length === 0 && settings.secretsJson.trim() === '') {
    const names = new Set<string>();
    for (const repository of prepared.repositories) {
      const [owner = '', repo = ''] = repository.split('/');
      for (const name of await api.names({ kind: 'repo', scope: 'actions', owner, repo })) names.add(name);
    }
    const placeholders = Object.fromEntries([...names].map((n) => [n, 'listed']));
    expected = classifySecrets(placeholders, { include: prepared.include, exclude: prepared.exclude }).eligible.map(
      (s) => s.name,
    );
    source = 'the Actions secrets';
  }
  if (expected.length === 0) {
    throw new InputError(
      'required',
      'Nothing to validate: set required (secret names) or secrets (${{ toJSON(secrets) }}), or add Actions secrets to the repository.',
    );
  }
  log.info(`expected in every target: ${expected.length} secrets, from ${source}`);
  const listed = await Promise.allSettled(prepared.targets.map((t) => api.names(t)));
  const result: ValidateResult = {
    valid: true,
    missing: [],
    conflicts: [],
    summary: { totalSecrets: expected.length, missingCount: 0, conflictCount: 0, validCount: 0 },
    remediationSteps: [],
  };
  const rows: string[][] = [];
  const problems = new Set<string>();
  listed.forEach((r, i) => {
    const t = prepared.targets[i] as Target;
    if (r.status === 'rejected') {
      result.remediationSteps.push(getErrorMessage(r.reason));
      for (const name of expected) {
        result.missing.push({ secretName: name, scope: scopeName(t) });
        rows.push([name, targetLabel(t), 'unknown: the scope could not be listed']);
        problems.add(name);
      }
      return;
    }
    const names = new Set(r.value);
    const absent = expected.filter((n) => !names.has(n));
    for (const name of expected) rows.push([name, targetLabel(t), names.has(name) ? 'present' : 'missing']);
    for (const name of absent) {
      result.missing.push({ secretName: name, scope: scopeName(t) });
      problems.add(name);
    }
    if (absent.length > 0) result.remediationSteps.push(remediation(t, absent));
  });

  if (settings.receiverUrl && settings.receiverApiKey) {
    const receiver = new SecretsReceiver(settings.receiverUrl, settings.receiverApiKey, deps.fetch);
    const key = await receiver.fingerprintKey();
    const sourceFp = new Map(prepared.classified.eligible.map((s) => [s.name, fingerprint(key, s.value)]));
    for (const repo of prepared.repositories) {
      const mappings = await receiver.mappings(repo);
      for (const name of expected) {
        const mine = mappings.filter((m) => m.secretName === name);
        const hashes: Record<string, string> = Object.fromEntries(mine.map((m) => [m.scope, m.fingerprint]));
        const source = sourceFp.get(name);
        if (source) hashes.actions = source;
        if (new Set(Object.values(hashes)).size > 1) {
          result.conflicts.push({ secretName: name, scopes: Object.keys(hashes).sort(), valueHashes: hashes });
          problems.add(name);
        }
      }
    }
    if (result.conflicts.length > 0) {
      result.remediationSteps.push(
        `Values differ between scopes for ${result.conflicts.map((c) => c.secretName).join(', ')}: run dardocs secrets-sync with force: true to write the Actions value to every scope.`,
      );
    }
    try {
      const scopes = [...new Set(prepared.targets.map(scopeName))];
      const failed = new Set(result.missing.map((m) => m.scope));
      const failureCount = scopes.filter((s) => failed.has(s)).length;
      await receiver.postEvent({
        repository: prepared.repositories[0] as string,
        operation: 'validate',
        secretName: null,
        affectedScopes: scopes,
        status: failureCount === 0 ? 'success' : failureCount === scopes.length ? 'failure' : 'partial',
        successCount: scopes.length - failureCount,
        failureCount,
        errorMessage: failureCount ? `${result.missing.length} missing` : null,
        correlationId: randomUUID(),
        durationMs: 0,
        metadata: { conflicts: result.conflicts.length },
      });
    } catch (error) {
      log.warning(`the receiver did not take the audit event: ${getErrorMessage(error)}`);
    }
  }
  result.summary = {
    totalSecrets: expected.length,
    missingCount: result.missing.length,
    conflictCount: result.conflicts.length,
    validCount: expected.filter((n) => !problems.has(n)).length,
  };
  result.valid = result.missing.length === 0 && result.conflicts.length === 0;
  for (const step of result.remediationSteps) log.info(step);
  return {
    outputs: { valid: String(result.valid), result: JSON.stringify(result) },
    summary: {
      title: `dardocs secrets-validate: ${prepared.repositories.join(', ')}`,
      facts: [
        ['Valid', String(result.valid)],
        ['Secrets', `${result.summary.totalSecrets} expected, ${result.summary.validCount} valid`],
        ['Missing', String(result.summary.missingCount)],
        ['Conflicts', String(result.summary.conflictCount)],
      ],
      tables: [{ caption: 'Secrets by scope (names only)', headers: ['Secret', 'Scope', 'Status'], rows }],
      notes:
        result.remediationSteps.length > 0
          ? [`What to do:\n${result.remediationSteps.map((s) => `- ${s}`).join('\n')}`]
          : [],
    },
    failure:
      settings.failOnMissing && !result.valid
        ? new DardocsError(
            'GITHUB_SECRETS_MISSING',
            `${result.missing.length} secrets missing and ${result.conflicts.length} conflicting; see the remediation steps`,
          )
        : undefined,
  };
}
