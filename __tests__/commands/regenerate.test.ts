import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../receiver/src/app.js';
import { silentLogger } from '../../receiver/src/logger.js';
import { createDispatcher } from '../../receiver/src/services/github-dispatch.js';
import { openDatabase, type Db } from '../../receiver/src/storage/db.js';
import { migrate } from '../../receiver/src/storage/migrations.js';
import { SqlStorage } from '../../receiver/src/storage/sql-storage.js';
import { parseSettings, pollDelay, run } from '../../src/commands/regenerate/index.js';
import { InputError } from '../../src/errors.js';
import { readInputs } from '../../src/inputs/read.js';
import { createMemoryLog } from '../../src/runtime/log.js';
import { TestEndpoint } from '../helpers/http-endpoint.js';
import { serveApp } from '../helpers/serve-app.js';

// The regenerate command against a real receiver whose dispatches go to a fake GitHub; the fake
// answers a repository_dispatch the way the repository's workflow would: it sends the part back.
let db: Db;
let server: Awaited<ReturnType<typeof serveApp>>;
let receiverUrl: string;
let key: string;
let github: TestEndpoint;
const silentRepos = new Set<string>();

beforeAll(async () => {
  db = await openDatabase({});
  await migrate(db);
  const storage = new SqlStorage(db);
  const ws = await storage.ensureWorkspace('acme');
  key = (
    await storage.createApiKey({ workspaceId: ws.id, name: 'ci', scopes: ['soc:write', 'soc:read', 'soc:regenerate'] })
  ).key;
  github = new TestEndpoint((request) => {
    const [, , owner, repo] = request.url.split('/');
    if (repo === 'gone') return { status: 404, body: '{"message":"Not Found"}' };
    const { client_payload: payload } = request.json() as { client_payload: { socId: string; regenerationId: string } };
    if (!silentRepos.has(`${owner}/${repo}`)) {
      setTimeout(() => {
        void fetch(`${receiverUrl}/api/socs/${payload.socId}/parts/${owner}/${repo}`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            analysis: {},
            markdown: `# ${repo}\n\nat ${payload.regenerationId}`,
            regenerationId: payload.regenerationId,
            runUrl: `https://github.com/${owner}/${repo}/actions/runs/1`,
          }),
        });
      }, 20);
    }
    return { status: 204 };
  });
  await github.start();
  const app = buildApp({
    db,
    logger: silentLogger,
    dispatcher: createDispatcher({ token: 'ghs_x', apiUrl: github.url }),
    regeneration: { minIntervalS: 300, timeoutS: 900 },
  });
  server = await serveApp(app);
  receiverUrl = server.url;
});
afterAll(async () => {
  await github.stop();
  await server.close();
  await db.close();
});

async function newSoc(repositories: string[]): Promise<string> {
  const response = await fetch(`${receiverUrl}/api/socs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'p', repositories }),
  });
  return ((await response.json()) as { id: string }).id;
}

function settings(values: Record<string, string>) {
  return parseSettings(
    readInputs((n) =>
      n === 'command' ? 'regenerate' : { 'receiver-url': receiverUrl, 'receiver-api-key': key, ...values }[n],
    ).values,
  );
}

function deps(clock?: () => number) {
  const log = createMemoryLog();
  return {
    log,
    deps: {
      log,
      env: {},
      workdir: '.',
      now: () => new Date(),
      version: 't',
      sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, 50))),
      ...(clock ? { clock } : {}),
    },
  };
}

describe('regenerate command', () => {
  it('starts a regeneration, prints each repository as it reports, and ends completed with the version', async () => {
    const socId = await newSoc(['acme/api', 'acme/web']);
    const { log, deps: d } = deps();
    const result = await run(settings({ 'soc-id': socId }), d);
    expect(result.failure).toBeUndefined();
    expect(result.outputs).toMatchObject({
      status: 'completed',
      version: '2',
      'document-url': `${receiverUrl}/api/socs/${socId}/document`,
    });
    expect(log.lines.some((l) => l.includes('acme/api: completed'))).toBe(true);
    expect(log.lines.some((l) => l.includes('acme/web: completed'))).toBe(true);
    expect(result.summary.tables?.[0]?.rows.map((r) => r[1])).toEqual(['completed', 'completed']);
  });

  it('follows the regeneration already under way on a 429, or fails with on-rate-limit: fail', async () => {
    const socId = await newSoc(['acme/api']);
    const first = await run(settings({ 'soc-id': socId, wait: 'false' }), deps().deps);
    const { log, deps: d } = deps();
    const second = await run(settings({ 'soc-id': socId }), d);
    expect(second.outputs['regeneration-id']).toBe(first.outputs['regeneration-id']);
    expect(second.outputs.status).toBe('completed');
    expect(log.lines.some((l) => l.includes('already under way'))).toBe(true);
    await expect(run(settings({ 'soc-id': socId, 'on-rate-limit': 'fail' }), deps().deps)).rejects.toThrow(
      /already being regenerated/,
    );
  });

  it('fails naming the repository whose dispatch failed', async () => {
    const socId = await newSoc(['acme/api', 'acme/gone']);
    const result = await run(settings({ 'soc-id': socId }), deps().deps);
    expect(result.outputs.status).toBe('failed');
    expect(result.failure?.message).toContain('acme/gone (failed: GitHub answered 404');
  });

  it('gives up after wait-timeout naming the repositories that did not report', async () => {
    silentRepos.add('acme/quiet');
    const socId = await newSoc(['acme/api', 'acme/quiet']);
    let now = 0;
    const { deps: d } = deps(() => (now += 1000));
    const result = await run(settings({ 'soc-id': socId, 'wait-timeout': '5' }), d);
    expect(result.failure?.message).toMatch(/did not end within wait-timeout \(5 s\); still waiting for .*acme\/quiet/);
  });

  it('explains a bad key or an unknown SOC', async () => {
    await expect(run(settings({ 'soc-id': 'nope' }), deps().deps)).rejects.toThrow(/answered 404.*Check soc-id/);
    const bad = parseSettings(
      readInputs(
        (n) =>
          ({ command: 'regenerate', 'receiver-url': receiverUrl, 'receiver-api-key': 'dardocs_wrong', 'soc-id': 'x' })[
            n
          ],
      ).values,
    );
    await expect(run(bad, deps().deps)).rejects.toThrow(/answered 401.*receiver-api-key/);
  });

  it('needs receiver-url, receiver-api-key and soc-id, named', () => {
    expect(() => parseSettings(readInputs((n) => ({ command: 'regenerate' })[n]).values)).toThrow(InputError);
    expect(() =>
      parseSettings(readInputs((n) => ({ command: 'regenerate', 'receiver-url': 'http://x.test' })[n]).values),
    ).toThrow(/Input 'receiver-api-key' is required for regenerate/);
  });

  it('polls at 2 s growing to at most 15 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(pollDelay)).toEqual([2000, 3000, 4500, 6750, 10125, 15000, 15000, 15000]);
  });
});
