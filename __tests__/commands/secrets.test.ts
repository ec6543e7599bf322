import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../receiver/src/app.js';
import { silentLogger } from '../../receiver/src/logger.js';
import { openDatabase, type Db } from '../../receiver/src/storage/db.js';
import { migrate } from '../../receiver/src/storage/migrations.js';
import { SqlStorage } from '../../receiver/src/storage/sql-storage.js';
import { commandLoaders } from '../../src/commands/registry.js';
import { readInputs } from '../../src/inputs/read.js';
import type { CommandName } from '../../src/inputs/manifest.js';
import { registerSecrets } from '../../src/run-command.js';
import { createConsoleLog } from '../../src/runtime/log.js';
import { Redactor } from '../../src/runtime/redact.js';
import { renderSummaryMarkdown, renderSummaryText, type CommandResult } from '../../src/runtime/summary.js';
import { FakeGitHubApi } from '../helpers/fake-github-api.js';
import { makeRepo } from '../helpers/git-repo.js';
import { serveApp } from '../helpers/serve-app.js';

const SECRETS: Record<string, string> = {
  API_KEY: 'sk-live-4f9a8b7c6d5e',
  DATABASE_URL: 'postgres://app:p4ss"w0rd@db.internal:5432/app',
  MULTILINE_PEM: '-----BEGIN KEY-----\nMIIBOgIBAAJBAK1\nq2w3e4r5t6y7\n-----END KEY-----',
  GITHUB_TOKEN: 'ghs_should_never_move_1',
  github_token: 'ghs_should_never_move_2',
  ACTIONS_RUNTIME: 'runtime-value-x',
  lower_case: 'lower-value-xyz',
  EMPTY_ONE: '',
};

const github = new FakeGitHubApi();
let apiUrl: string;
let db: Db;
let receiver: Awaited<ReturnType<typeof serveApp>>;
let receiverKey: string;
const repo = makeRepo({ 'README.md': '# shop\n' });

beforeAll(async () => {
  apiUrl = await github.start();
  db = await openDatabase({});
  await migrate(db);
  const storage = new SqlStorage(db);
  const workspace = await storage.ensureWorkspace('acme');
  receiverKey = (await storage.createApiKey({ workspaceId: workspace.id, name: 'ci', scopes: ['runs:write'] })).key;
  receiver = await serveApp(buildApp({ db, logger: silentLogger }));
});
afterAll(async () => {
  await github.stop();
  await receiver.close();
  await db.close();
});
beforeEach(() => {
  github.secrets.clear();
  github.environments.clear();
  github.requests.length = 0;
  github.openApiProblems.length = 0;
  github.failPath = undefined;
  github.forbidPath = undefined;
  github.rateRemaining = 5000;
  github.secondary = undefined;
  github.secondaryHits = 0;
  github.maxInFlightWrites = 0;
  github.latencyMs = 0;
});

/** Runs a command as the CLI does (inputs registered as secrets first), keeping every printed line. */
async function run(command: CommandName, values: Record<string, string>, secrets: Record<string, unknown> = SECRETS) {
  const lines: string[] = [];
  const redactor = new Redactor();
  const log = createConsoleLog({ out: (l) => lines.push(l), err: (l) => lines.push(l) }, redactor);
  const all: Record<string, string> = {
    command,
    secrets: JSON.stringify(secrets),
    'github-token': 'github_pat_test_token_123',
    'write-concurrency': '10',
    ...values,
  };
  const raw = readInputs((n) => all[n]);
  registerSecrets(raw, log);
  const module = await commandLoaders[command]();
  let result: CommandResult | undefined;
  let error: unknown;
  try {
    result = await module.run(module.parseSettings(raw.values) as never, {
      log,
      env: { GITHUB_API_URL: apiUrl, GITHUB_REPOSITORY: 'acme/shop' },
      workdir: repo,
      now: () => new Date('2026-11-21T12:00:00Z'),
      version: 't',
    });
  } catch (e) {
    error = e;
    lines.push(redactor.redact(String((e as Error).message)));
  }
  if (result) {
    lines.push(
      redactor.redact(renderSummaryText(result.summary)),
      redactor.redact(renderSummaryMarkdown(result.summary)),
    );
    for (const [k, v] of Object.entries(result.outputs)) lines.push(redactor.redact(`${k}=${v}`));
    if (result.failure) lines.push(redactor.redact(result.failure.message));
  }
  const printed = lines.join('\n');
  return {
    result,
    error,
    printed,
    // The result's shape differs per command; tests read the fields they check.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    json: result ? (JSON.parse(result.outputs.result ?? '{}') as Record<string, any>) : {},
  };
}

/** No secret value in any form: raw, base64, JSON-escaped, or any of its lines. */
function expectNoSecretIn(text: string, values: Record<string, unknown> = SECRETS): void {
  for (const value of Object.values(values)) {
    if (typeof value !== 'string' || value.length < 4) continue;
    const forms = [
      value,
      Buffer.from(value).toString('base64'),
      JSON.stringify(value).slice(1, -1),
      ...value.split('\n').filter((l) => l.length >= 8),
    ];
    for (const form of forms)
      expect(text.includes(form), `a form of a secret value was printed: ${form.slice(0, 4)}...`).toBe(false);
  }
}

describe('secrets-sync', () => {
  it('seals each eligible secret into Codespaces and Dependabot, reports exclusions and invalid ones, and prints no value', async () => {
    const { result, json, printed } = await run('secrets-sync', { exclude: '^ACTIONS_' });
    for (const scope of ['repo:acme/shop:codespaces', 'repo:acme/shop:dependabot']) {
      for (const name of ['API_KEY', 'DATABASE_URL', 'MULTILINE_PEM'])
        expect(github.open(scope, name)).toBe(SECRETS[name]);
      expect([...(github.secrets.get(scope)?.keys() ?? [])].sort()).toEqual([
        'API_KEY',
        'DATABASE_URL',
        'MULTILINE_PEM',
      ]);
    }
    expect(json.syncedCount).toBe(6);
    const codes = json.errors.map((e: { secretName: string; code: string }) => `${e.secretName}:${e.code}`).sort();
    expect(codes).toEqual([
      'ACTIONS_RUNTIME:GITHUB_SECRETS_EXCLUDED',
      'EMPTY_ONE:GITHUB_SECRETS_VALUE_INVALID',
      'GITHUB_TOKEN:GITHUB_SECRETS_EXCLUDED',
      'github_token:GITHUB_SECRETS_EXCLUDED',
      'lower_case:GITHUB_SECRETS_NAME_INVALID',
    ]);
    expect(json.errors.find((e: { secretName: string }) => e.secretName === 'GITHUB_TOKEN').error).toContain(
      'matches pattern ^GITHUB_TOKEN$',
    );
    expect(json.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result?.failure).toBeUndefined();
    expect(github.openApiProblems).toEqual([]);
    // Keys were fetched once per scope, and every write carried the id of the key that sealed it.
    expect(github.requests.filter((r) => r.path.endsWith('/public-key'))).toHaveLength(2);
    expect(
      github.requests
        .filter((r) => r.method === 'PUT')
        .every((r) => /^key-\d+$/.test((r.body as { key_id: string }).key_id)),
    ).toBe(true);
    expectNoSecretIn(printed);
    expect(printed).toContain('API_KEY');
  });

  it('writes organisation and environment secrets, keeping an organisation secret’s visibility and repositories on update', async () => {
    github.preset('org:acme:dependabot', 'API_KEY', { visibility: 'selected', selected: [101, 103] });
    github.addEnvironment('acme/shop:production');
    const { json } = await run('secrets-sync', {
      targets: 'org:acme:dependabot, org:acme:codespaces, environment:production',
      include: '^API_KEY$, ^DATABASE_URL$',
    });
    expect(json.syncedCount).toBe(6);
    expect(github.open('org:acme:dependabot', 'API_KEY')).toBe(SECRETS.API_KEY);
    expect(github.secrets.get('org:acme:dependabot')?.get('API_KEY')).toMatchObject({
      visibility: 'selected',
      selected: [101, 103],
    });
    expect(github.secrets.get('org:acme:codespaces')?.get('API_KEY')?.visibility).toBe('private');
    expect(github.open('env:acme/shop:production', 'DATABASE_URL')).toBe(SECRETS.DATABASE_URL);
    // An environment secret and a repository secret of the same name are distinct.
    expect(github.secrets.get('repo:acme/shop:codespaces')).toBeUndefined();
    expect(github.openApiProblems).toEqual([]);

    await run('secrets-sync', {
      targets: 'org:acme:codespaces',
      include: '^API_KEY$',
      visibility: 'selected',
      'selected-repositories': 'web, acme/api',
    });
    expect(github.secrets.get('org:acme:codespaces')?.get('API_KEY')).toMatchObject({
      visibility: 'selected',
      selected: [102, 103],
    });
  });

  it('collects every result: one scope failing leaves the others written and fails the step with a partial failure', async () => {
    github.failPath = /\/dependabot\/secrets\/[A-Z_]+$/;
    const { result, json } = await run('secrets-sync', { include: '^API_KEY$, ^DATABASE_URL$', 'max-attempts': '' });
    expect(github.open('repo:acme/shop:codespaces', 'API_KEY')).toBe(SECRETS.API_KEY);
    expect(github.secrets.get('repo:acme/shop:dependabot')?.size ?? 0).toBe(0);
    expect(json.syncedCount).toBe(2);
    expect(json.errors.filter((e: { scope: string }) => e.scope === 'dependabot')).toHaveLength(2);
    expect(result?.failure?.message).toMatch(/completed with 2 failures out of 4 operations \(dependabot\)/);
    expect((result?.failure as { code?: string }).code).toBe('GITHUB_SECRETS_SYNC_PARTIAL_FAILURE');
  });

  it('names the missing permission on a 403 and says GITHUB_TOKEN cannot write secrets', async () => {
    github.forbidPath = /\/codespaces\//;
    const { json, result } = await run('secrets-sync', { include: '^API_KEY$' });
    const error = json.errors.find((e: { scope: string }) => e.scope === 'codespaces');
    expect(error.error).toContain('Codespaces secrets: Read and write');
    expect(error.error).toContain('default GITHUB_TOKEN cannot write secrets');
    expect(github.open('repo:acme/shop:dependabot', 'API_KEY')).toBe(SECRETS.API_KEY);
    expect(result?.failure).toBeDefined();
  });

  it('stops before writing when fewer than 100 requests are left, naming the reset time', async () => {
    github.rateRemaining = 60;
    const { error } = await run('secrets-sync', {});
    expect(String(error)).toMatch(/rate limit exhausted \(5\d of 5000 requests left.*Reset at 20\d\d-/);
    expect(github.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
  });

  it('retries after a secondary rate limit, honouring retry-after, and paces writes one at a time by default', async () => {
    github.secondary = { pointsPerMinute: 14, maxConcurrentWrites: 10, windowMs: 1500 };
    const { json } = await run('secrets-sync', { include: '^API_KEY$, ^DATABASE_URL$', 'write-concurrency': '1' });
    expect(github.secondaryHits).toBeGreaterThan(0);
    expect(json.syncedCount).toBe(4);
    expect(github.maxInFlightWrites).toBe(1);
    const puts = github.requests.filter((r) => r.method === 'PUT' && r.status < 300).map((r) => r.at);
    for (let i = 1; i < puts.length; i++) expect(puts[i]! - puts[i - 1]!).toBeGreaterThanOrEqual(300);
  });

  it('with write-concurrency sends several writes at once', async () => {
    github.latencyMs = 30;
    await run('secrets-sync', { 'write-concurrency': '10' });
    expect(github.maxInFlightWrites).toBeGreaterThan(1);
    expect(github.maxInFlightWrites).toBeLessThanOrEqual(10);
  });

  it('with a receiver: keyed fingerprints make a re-run write nothing, force writes again, conflicts are reported, audit events kept', async () => {
    const values = {
      'receiver-url': receiver.url,
      'receiver-api-key': receiverKey,
      include: '^API_KEY$, ^DATABASE_URL$',
    };
    const first = await run('secrets-sync', values);
    expect(first.json.syncedCount).toBe(4);
    github.requests.length = 0;
    const second = await run('secrets-sync', values);
    expect(second.json.syncedCount).toBe(0);
    expect(second.json.skippedCount).toBe(4 + 6 * 2);
    expect(github.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
    const third = await run('secrets-sync', { ...values, force: 'true' });
    expect(third.json.syncedCount).toBe(4);

    // The mappings hold HMAC fingerprints, never values or plain hashes.
    const headers = { authorization: `Bearer ${receiverKey}`, 'content-type': 'application/json' };
    const mappings = (await (
      await fetch(`${receiver.url}/api/secrets/mappings?repository=acme/shop`, { headers })
    ).json()) as {
      mappings: Array<{ secretName: string; scope: string; fingerprint: string }>;
    };
    expect(mappings.mappings).toHaveLength(4);
    const { createHash } = await import('node:crypto');
    for (const m of mappings.mappings)
      expect(m.fingerprint).not.toBe(createHash('sha256').update(SECRETS[m.secretName]!).digest('hex'));

    // Someone changed the Dependabot value: its fingerprint differs from Codespaces'.
    const tampered = mappings.mappings.find((m) => m.secretName === 'API_KEY' && m.scope === 'dependabot')!;
    await fetch(`${receiver.url}/api/secrets/mappings`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({
        mappings: [{ ...tampered, repository: 'acme/shop', fingerprint: 'f'.repeat(64), syncStatus: 'synced' }],
      }),
    });
    const fourth = await run('secrets-sync', values);
    expect(
      fourth.json.errors.some(
        (e: { code: string; secretName: string }) =>
          e.code === 'GITHUB_SECRETS_CONFLICT_DETECTED' && e.secretName === 'API_KEY',
      ),
    ).toBe(true);
    expect(fourth.json.syncedCount).toBe(1); // the dependabot copy is written again
    const events = (await (
      await fetch(`${receiver.url}/api/secrets/events?repository=acme/shop`, { headers })
    ).json()) as {
      events: Array<{ operation: string; status: string; correlationId: string }>;
    };
    expect(events.events.length).toBeGreaterThanOrEqual(4);
    expect(events.events[0]).toMatchObject({
      operation: 'sync_all',
      status: 'success',
      correlationId: fourth.json.correlationId,
    });
  });

  it('prunes only what it created with prune true, everything not in the source with prune all, and only lists in dry-run', async () => {
    const values = { 'receiver-url': receiver.url, 'receiver-api-key': receiverKey, targets: 'codespaces' };
    await run(
      'secrets-sync',
      { ...values, include: '^API_KEY$, ^DATABASE_URL$' },
      { API_KEY: 'a-value-1', DATABASE_URL: 'b-value-2', OLD_ONE: 'c-value-3' },
    );
    github.preset('repo:acme/shop:codespaces', 'HAND_MADE');
    const sourceNow = { API_KEY: 'a-value-1' };
    const dry = await run('secrets-sync', { ...values, prune: 'true', 'dry-run': 'true' }, sourceNow);
    expect(dry.printed).toContain('would delete');
    expect(github.secrets.get('repo:acme/shop:codespaces')?.has('DATABASE_URL')).toBe(true);
    const pruned = await run('secrets-sync', { ...values, prune: 'true' }, sourceNow);
    expect(pruned.json.deleted).toEqual([{ secretName: 'DATABASE_URL', scope: 'codespaces' }]);
    expect([...(github.secrets.get('repo:acme/shop:codespaces')?.keys() ?? [])].sort()).toEqual([
      'API_KEY',
      'HAND_MADE',
    ]);
    const all = await run('secrets-sync', { ...values, prune: 'all' }, sourceNow);
    expect(all.json.deleted).toEqual([{ secretName: 'HAND_MADE', scope: 'codespaces' }]);
    expect(github.openApiProblems).toEqual([]);
  });

  it('says an environment may not exist when its secrets answer 404, and still writes the other targets', async () => {
    const { json, result } = await run('secrets-sync', {
      targets: 'dependabot, environment:nowhere',
      include: '^API_KEY$',
    });
    expect(json.syncedCount).toBe(1);
    expect(json.errors.find((e: { scope: string }) => e.scope === 'environment:nowhere').error).toContain(
      'environment nowhere does not exist (create it with the environments command)',
    );
    expect(result?.failure).toBeDefined();
  });

  it('plans without GitHub in dry-run without a token, and refuses to run for real without one', async () => {
    const { printed, json } = await run('secrets-sync', { 'dry-run': 'true', 'github-token': '' });
    expect(github.requests).toHaveLength(0);
    expect(printed).toMatch(/API_KEY\s+acme\/shop codespaces\s+would write/);
    expect(json.syncedCount).toBe(0);
    expectNoSecretIn(printed);
    const refused = await run('secrets-sync', { 'github-token': '' });
    expect(String(refused.error)).toMatch(/needs github-token.*GITHUB_TOKEN cannot write secrets/);
  });

  it('rejects a secrets input that is not JSON without quoting it', async () => {
    const lines: string[] = [];
    const all: Record<string, string> = {
      command: 'secrets-sync',
      secrets: '{"API_KEY": "sk-abc-secret-value"',
      'github-token': 't',
    };
    const module = await commandLoaders['secrets-sync']();
    const raw = readInputs((n) => all[n]);
    await expect(
      module.run(module.parseSettings(raw.values) as never, {
        log: createConsoleLog({ out: (l) => lines.push(l), err: (l) => lines.push(l) }),
        env: {},
        workdir: repo,
        now: () => new Date(),
        version: 't',
      }),
    ).rejects.toThrow(/not valid JSON.*not shown because it holds secrets/);
  });
});

describe('secrets-validate', () => {
  it('lists names per scope, reports the missing ones with concrete remediation, and fails on request', async () => {
    github.preset('repo:acme/shop:codespaces', 'API_KEY');
    github.preset('repo:acme/shop:codespaces', 'DATABASE_URL');
    github.preset('repo:acme/shop:dependabot', 'API_KEY');
    const { json, result, printed } = await run('secrets-validate', {
      'fail-on-missing': 'true',
      include: '^API_KEY$, ^DATABASE_URL$',
    });
    expect(json.valid).toBe(false);
    expect(json.missing).toEqual([{ secretName: 'DATABASE_URL', scope: 'dependabot' }]);
    expect(json.summary).toEqual({ totalSecrets: 2, missingCount: 1, conflictCount: 0, validCount: 1 });
    expect(json.remediationSteps[0]).toContain('gh secret set DATABASE_URL --app dependabot --repo acme/shop');
    expect(json.remediationSteps[0]).toContain('https://github.com/acme/shop/settings/secrets/dependabot');
    expect((result?.failure as { code?: string }).code).toBe('GITHUB_SECRETS_MISSING');
    expect(github.requests.every((r) => r.method === 'GET')).toBe(true);
    expectNoSecretIn(printed);

    // Without secrets or required, the repository's Actions secrets (names only) are what is expected.
    for (const name of ['API_KEY', 'SENTRY_DSN', 'ACTIONS_STEP_DEBUG']) github.preset('repo:acme/shop:actions', name);
    const fromActions = await run('secrets-validate', { secrets: '' });
    expect(fromActions.json.missing).toEqual([
      { secretName: 'SENTRY_DSN', scope: 'codespaces' },
      { secretName: 'SENTRY_DSN', scope: 'dependabot' },
    ]);
    expect(fromActions.printed).toContain('from the Actions secrets');

    const ok = await run('secrets-validate', { required: 'API_KEY' });
    expect(ok.json.valid).toBe(true);
    expect(ok.result?.outputs.valid).toBe('true');
  });
});

describe('environments', () => {
  const CONFIG = `
dev:
  variables: { LOG_LEVEL: debug }
staging:
  wait-timer: 5
  deployment-branches: protected
  secrets: [DATABASE_URL]
production:
  wait-timer: 30
  reviewers: [user:1, { type: Team, id: 7 }]
  prevent-self-review: true
  restrict-to-main-branch: true
  secrets: { DATABASE_URL: API_KEY }
  variables: { API_BASE: https://api.example.com, REPLICAS: 3 }
`;

  it('creates dev, staging and production with their rules, secrets and variables; a second run changes nothing', async () => {
    const values = { environments: CONFIG, 'receiver-url': receiver.url, 'receiver-api-key': receiverKey };
    const first = await run('environments', values);
    expect(first.json.created.sort()).toEqual(['dev', 'production', 'staging']);
    expect(first.json.errors).toEqual([]);
    const production = github.environments.get('acme/shop:production');
    expect(production).toMatchObject({
      wait_timer: 30,
      prevent_self_review: true,
      reviewers: [
        { type: 'Team', id: 7 },
        { type: 'User', id: 1 },
      ],
      deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
    });
    expect(production?.policies.map((p) => p.name)).toEqual(['main']);
    expect(Object.fromEntries(production?.variables ?? [])).toEqual({
      API_BASE: 'https://api.example.com',
      REPLICAS: '3',
    });
    expect(github.environments.get('acme/shop:staging')?.deployment_branch_policy).toEqual({
      protected_branches: true,
      custom_branch_policies: false,
    });
    // Environment secrets are sealed with that environment's key.
    expect(github.open('env:acme/shop:production', 'DATABASE_URL')).toBe(SECRETS.API_KEY);
    expect(github.open('env:acme/shop:staging', 'DATABASE_URL')).toBe(SECRETS.DATABASE_URL);
    expect(github.openApiProblems).toEqual([]);

    github.requests.length = 0;
    const second = await run('environments', values);
    expect(second.json.created).toEqual([]);
    expect(second.json.updated).toEqual([]);
    expect(second.json.unchanged.sort()).toEqual(['dev', 'production', 'staging']);
    expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
    expectNoSecretIn(first.printed + second.printed);

    const changed = await run('environments', {
      ...values,
      environments: CONFIG.replace('wait-timer: 30', 'wait-timer: 45'),
    });
    expect(changed.json.updated).toEqual(['production']);
    expect(github.environments.get('acme/shop:production')?.wait_timer).toBe(45);
  });

  it('pages through long lists: 35 variables and 120 secret names', async () => {
    const variables = Object.fromEntries(Array.from({ length: 35 }, (_, i) => [`VAR_${i}`, `v${i}`]));
    const yaml = `dev:\n  variables: ${JSON.stringify(variables)}\n`;
    await run('environments', { environments: yaml });
    expect(github.environments.get('acme/shop:dev')?.variables.size).toBe(35);
    github.requests.length = 0;
    const again = await run('environments', { environments: yaml });
    expect(again.json.unchanged).toEqual(['dev']);
    expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
    const names = Array.from({ length: 120 }, (_, i) => `NAME_${String(i).padStart(3, '0')}`);
    for (const n of names) github.preset('repo:acme/shop:codespaces', n);
    const validated = await run('secrets-validate', { required: names.join(','), targets: 'codespaces' });
    expect(validated.json.valid).toBe(true);
    expect(validated.json.summary.validCount).toBe(120);
  });

  it('reports an unknown reviewer with GITHUB_ENV_REVIEWER_NOT_FOUND and a bad config with its line', async () => {
    const { json, result } = await run('environments', { environments: 'production:\n  reviewers: [user:999]\n' });
    expect(json.errors[0]).toMatchObject({ environment: 'production', code: 'GITHUB_ENV_REVIEWER_NOT_FOUND' });
    expect(result?.failure).toBeDefined();
    const bad = await run('environments', { environments: 'production:\n  wait-timer: 30\n  reveiwers: []\n' });
    expect(String(bad.error)).toMatch(/environments(:\d+)?: production: Unrecognized key: "reveiwers"/);
  });
});

describe('the OpenAPI check of the fake', () => {
  it('catches an unknown path, a wrong method and a body that does not match the schema', async () => {
    const { checkAgainstOpenApi } = await import('../helpers/fake-github-api.js');
    expect(
      checkAgainstOpenApi('PUT', '/repos/acme/shop/codespaces/secrets/API_KEY', {
        encrypted_value: 'c2VjcmV0',
        key_id: '1',
      }),
    ).toEqual([]);
    expect(
      checkAgainstOpenApi('PUT', '/repos/acme/shop/codespaces/secrets/API_KEY', {
        encrypted_value: 'not-base64_-',
        key_id: '1',
      })[0],
    ).toMatch(/body\/encrypted_value must match pattern/);
    expect(checkAgainstOpenApi('PUT', '/repos/acme/shop/environments/prod', { wait_timer: 'soon' })[0]).toMatch(
      /wait_timer must be integer/,
    );
    expect(checkAgainstOpenApi('POST', '/repos/acme/shop/codespaces/secrets/API_KEY', {})[0]).toMatch(/has no POST/);
    expect(checkAgainstOpenApi('GET', '/repos/acme/shop/secret-stuff/x/y/z', undefined)[0]).toMatch(/no such path/);
  });
});
