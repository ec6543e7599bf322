import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../receiver/src/app.js';
import { silentLogger } from '../../receiver/src/logger.js';
import { createDispatcher } from '../../receiver/src/services/github-dispatch.js';
import { migrate } from '../../receiver/src/storage/migrations.js';
import { RegenerationStore } from '../../receiver/src/storage/regeneration-store.js';
import { SqlStorage } from '../../receiver/src/storage/sql-storage.js';
import { sweep } from '../../receiver/src/services/regeneration.js';
import { TestEndpoint } from '../helpers/http-endpoint.js';
import { databases } from './databases.js';

interface Status {
  regenerationId: string;
  status: string;
  error: string | null;
  progress: {
    phase: string;
    reposDone: number;
    reposTotal: number;
    repos: Array<{ repo: string; status: string; error: string | null; runUrl: string | null }>;
  };
}

describe.each(databases)('regeneration on $name', (database) => {
  let db: Awaited<ReturnType<typeof database.open>>;
  let app: ReturnType<typeof buildApp>;
  let github: TestEndpoint;
  let key: string;
  let clock = new Date('2026-05-01T10:00:00Z');
  const repos = ['acme/api', 'acme/web', 'acme/worker'];

  beforeAll(async () => {
    db = await database.open();
    await migrate(db);
    // A local fake of GitHub's REST API, reached through the receiver's real Octokit client.
    github = new TestEndpoint((request) =>
      request.url === '/repos/acme/gone/dispatches'
        ? { status: 404, body: '{"message":"Not Found"}' }
        : { status: 204 },
    );
    await github.start();
    const storage = new SqlStorage(db);
    const ws = await storage.ensureWorkspace('acme');
    key = (
      await storage.createApiKey({ workspaceId: ws.id, name: 'k', scopes: ['soc:write', 'soc:read', 'soc:regenerate'] })
    ).key;
    app = buildApp({
      db,
      logger: silentLogger,
      now: () => clock,
      regeneration: { minIntervalS: 300, timeoutS: 900 },
      dispatcher: createDispatcher({ token: 'ghs_test', apiUrl: github.url }),
    });
  });
  afterAll(async () => {
    await github.stop();
    await db.drop();
  });

  const call = async (
    path: string,
    method = 'GET',
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> =>
    app.request(path, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const newSoc = async (repositories: string[]) =>
    ((await (await call('/api/socs', 'POST', { name: `soc-${Math.random()}`, repositories })).json()) as { id: string })
      .id;
  const status = async (socId: string, id: string) =>
    (await (await call(`/api/socs/${socId}/regenerate/${id}`)).json()) as Status;
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 300 && !(await check()); i++) await new Promise((r) => setTimeout(r, 50));
  };

  it('dispatches to every repository, then completes when each has sent its part', async () => {
    const socId = await newSoc(repos);
    const started = await call(`/api/socs/${socId}/regenerate`, 'POST');
    expect(started.status).toBe(202);
    const { regenerationId, status: first } = (await started.json()) as { regenerationId: string; status: string };
    expect(first).toBe('queued');
    const mine = () =>
      github.requests.filter(
        (r) =>
          (r.json() as { client_payload: { regenerationId: string } }).client_payload.regenerationId === regenerationId,
      );
    await until(async () => mine().length === repos.length);
    const dispatches = github.requests.filter(
      (r) =>
        (r.json() as { client_payload: { regenerationId: string } }).client_payload.regenerationId === regenerationId,
    );
    expect(dispatches.map((r) => r.url).sort()).toEqual(repos.map((r) => `/repos/${r}/dispatches`));
    expect(dispatches[0]?.json()).toEqual({
      event_type: 'dardocs-soc-regenerate',
      client_payload: { socId, regenerationId },
    });
    expect(dispatches[0]?.headers.authorization).toBe('token ghs_test');

    for (const [i, repo] of repos.entries()) {
      await call(`/api/socs/${socId}/parts/${repo}`, 'PUT', {
        analysis: {},
        markdown: `# ${repo}`,
        regenerationId,
        runUrl: `https://github.com/${repo}/actions/runs/${i}`,
      });
      const now = await status(socId, regenerationId);
      expect(now.progress.reposDone).toBe(i + 1);
    }
    const done = await status(socId, regenerationId);
    expect(done).toMatchObject({
      status: 'completed',
      error: null,
      progress: { phase: 'done', percent: 100, reposTotal: 3 },
    });
    expect(done.progress.repos.map((r) => r.runUrl)).toEqual(
      repos.map((r, i) => `https://github.com/${r}/actions/runs/${i}`),
    );
    const document = await (await call(`/api/socs/${socId}/document`)).text();
    for (const repo of repos) expect(document).toContain(`## ${repo}`);
  });

  it('allows one regeneration per SOC per interval: 429 with Retry-After and the current run', async () => {
    const socId = await newSoc(['acme/api']);
    const first = (await (await call(`/api/socs/${socId}/regenerate`, 'POST')).json()) as { regenerationId: string };
    clock = new Date(clock.getTime() + 60_000);
    const again = await call(`/api/socs/${socId}/regenerate`, 'POST');
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toBe('240');
    expect(
      ((await again.json()) as { error: { details: { regenerationId: string } } }).error.details.regenerationId,
    ).toBe(first.regenerationId);
    clock = new Date(clock.getTime() + 241_000);
    expect((await call(`/api/socs/${socId}/regenerate`, 'POST')).status).toBe(202);
  });

  it('returns the same run for the same Idempotency-Key', async () => {
    const socId = await newSoc(['acme/api']);
    const a = (await (
      await call(`/api/socs/${socId}/regenerate`, 'POST', undefined, { 'idempotency-key': 'push-123' })
    ).json()) as { regenerationId: string };
    const b = await call(`/api/socs/${socId}/regenerate`, 'POST', undefined, { 'idempotency-key': 'push-123' });
    expect(b.status).toBe(202);
    expect(((await b.json()) as { regenerationId: string }).regenerationId).toBe(a.regenerationId);
  });

  it("marks a repository failed with GitHub's error when its dispatch fails, and the run failed once the rest reported", async () => {
    const socId = await newSoc(['acme/api', 'acme/gone']);
    const { regenerationId } = (await (await call(`/api/socs/${socId}/regenerate`, 'POST')).json()) as {
      regenerationId: string;
    };
    await until(async () => (await status(socId, regenerationId)).progress.repos.some((r) => r.status === 'failed'));
    const mid = await status(socId, regenerationId);
    expect(mid.progress.repos.find((r) => r.repo === 'acme/gone')).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('GitHub answered 404'),
    });
    await call(`/api/socs/${socId}/parts/acme/api`, 'PUT', { analysis: {}, markdown: '# api', regenerationId });
    const end = await status(socId, regenerationId);
    expect(end.status).toBe('failed');
    expect(end.error).toContain('acme/gone');
  });

  it('ends timed_out after the deadline, naming the repositories that did not report', async () => {
    const socId = await newSoc(['acme/api', 'acme/web']);
    const { regenerationId } = (await (await call(`/api/socs/${socId}/regenerate`, 'POST')).json()) as {
      regenerationId: string;
    };
    await until(async () => (await status(socId, regenerationId)).progress.phase === 'waiting-for-repositories');
    await call(`/api/socs/${socId}/parts/acme/api`, 'PUT', { analysis: {}, markdown: '# api', regenerationId });
    clock = new Date(clock.getTime() + 901_000);
    const late = await status(socId, regenerationId);
    expect(late.status).toBe('timed_out');
    expect(late.error).toBe('No part arrived before the deadline from acme/web');
    await call(`/api/socs/${socId}/parts/acme/web`, 'PUT', { analysis: {}, markdown: '# web', regenerationId });
    expect((await status(socId, regenerationId)).status).toBe('timed_out');
  });

  it("dispatches a run whose creator died before dispatching it, on another instance's sweep", async () => {
    const socId = await newSoc(['acme/worker']);
    const runs = new RegenerationStore(db);
    const storage = new SqlStorage(db);
    const ws = (await storage.findWorkspaceByName('acme'))!;
    // Created and committed, then nothing: the instance that made it is gone.
    const started = await runs.start({
      workspaceId: ws.id,
      socId,
      repositories: ['acme/worker'],
      trigger: 'api',
      minIntervalS: 300,
      timeoutS: 900,
      now: clock,
    });
    const id = started?.run.id as string;
    const forRun = () =>
      github.requests.filter(
        (r) => (r.json() as { client_payload: { regenerationId: string } }).client_payload.regenerationId === id,
      );
    const dispatcher = createDispatcher({ token: 'ghs_test', apiUrl: github.url });
    await sweep(runs, dispatcher, () => new Date(clock.getTime() + 5_000), silentLogger);
    expect(forRun()).toHaveLength(0);
    await sweep(runs, dispatcher, () => new Date(clock.getTime() + 11_000), silentLogger);
    expect(forRun().map((r) => r.url)).toEqual(['/repos/acme/worker/dispatches']);
    expect((await status(socId, id)).progress.repos[0]?.status).toBe('dispatched');
    await sweep(runs, dispatcher, () => new Date(clock.getTime() + 20_000), silentLogger);
    expect(forRun()).toHaveLength(1);
  });

  it('answers 20 concurrent requests for one SOC with exactly one 202, the rest 429 naming that run', async () => {
    const socId = await newSoc(['acme/api']);
    const answers = await Promise.all(Array.from({ length: 20 }, () => call(`/api/socs/${socId}/regenerate`, 'POST')));
    const accepted = answers.filter((r) => r.status === 202);
    expect(accepted).toHaveLength(1);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(19);
    const id = ((await accepted[0]!.json()) as { regenerationId: string }).regenerationId;
    for (const r of answers.filter((a) => a.status === 429)) {
      expect(
        ((await r.json()) as { error: { details: { regenerationId: string } } }).error.details.regenerationId,
      ).toBe(id);
    }
  });
});
