import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../receiver/src/app.js';
import { silentLogger } from '../../receiver/src/logger.js';
import type { Dispatcher } from '../../receiver/src/services/github-dispatch.js';
import { startDeferred } from '../../receiver/src/services/push-trigger.js';
import { DEFAULT_REGENERATION } from '../../receiver/src/services/regeneration.js';
import { migrate } from '../../receiver/src/storage/migrations.js';
import { RegenerationStore } from '../../receiver/src/storage/regeneration-store.js';
import { SocStore } from '../../receiver/src/storage/soc-store.js';
import { SqlStorage } from '../../receiver/src/storage/sql-storage.js';
import { databases } from './databases.js';

const SECRET = 'webhook-secret';

describe.each(databases)('GitHub push webhook on $name', (database) => {
  let db: Awaited<ReturnType<typeof database.open>>;
  let app: ReturnType<typeof buildApp>;
  let clock = new Date('2026-08-01T00:00:00Z');
  const dispatched: string[] = [];
  // The seam behind which the real Octokit client sits (tested against a fake GitHub elsewhere):
  // here it records dispatches and can hold one repository's dispatch back.
  let holdRepo: string | undefined;
  let release: () => void = () => {};
  const dispatcher: Dispatcher = {
    async dispatch(repository) {
      if (repository === holdRepo) await new Promise<void>((r) => (release = r));
      dispatched.push(repository);
      return { ok: true };
    },
  };
  let socA: string;
  let socB: string;

  beforeAll(async () => {
    db = await database.open();
    await migrate(db);
    const storage = new SqlStorage(db);
    const socs = new SocStore(db);
    const one = await storage.ensureWorkspace('one');
    const two = await storage.ensureWorkspace('two');
    socA = (await socs.create(one.id, { name: 'A', repositories: ['acme/api', 'acme/web'] })).id;
    socB = (await socs.create(two.id, { name: 'B', repositories: ['acme/api'] })).id;
    await socs.create(two.id, { name: 'C', repositories: ['acme/other'] });
    app = buildApp({ db, logger: silentLogger, now: () => clock, dispatcher, webhookSecret: SECRET });
  });
  afterAll(async () => db.drop());

  const deliver = (event: string, payload: unknown, secret = SECRET, delivery = `d-${Math.random()}`) => {
    const body = JSON.stringify(payload);
    const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
    return app.request('/api/github/webhook', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-github-event': event,
        'x-github-delivery': delivery,
        'x-hub-signature-256': signature,
      },
    });
  };
  const push = (repo: string, ref = 'refs/heads/main') => ({
    ref,
    repository: { full_name: repo, default_branch: 'main' },
  });
  /** Waits (up to 10 s) until `check` holds: dispatching happens after the webhook has answered. */
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  };

  it('rejects unsigned and mis-signed deliveries with 401, and answers ping', async () => {
    const unsigned = await app.request('/api/github/webhook', {
      method: 'POST',
      body: JSON.stringify(push('acme/api')),
      headers: { 'x-github-event': 'push' },
    });
    expect(unsigned.status).toBe(401);
    expect((await deliver('push', push('acme/api'), 'wrong-secret')).status).toBe(401);
    expect((await deliver('ping', { zen: 'hi' })).status).toBe(200);
    expect(dispatched).toEqual([]);
  });

  it('ignores pushes to other branches', async () => {
    const response = await deliver('push', push('acme/api', 'refs/heads/feature'));
    expect(await response.json()).toEqual({ ignored: 'not a push to main' });
  });

  it('starts a regeneration of every SOC, in any workspace, that covers the pushed repository', async () => {
    holdRepo = 'acme/web';
    const response = await deliver('push', push('acme/api'));
    // acme/web's dispatch is held back until the next test releases it.
    expect(response.status).toBe(202);
    const body = (await response.json()) as { socs: Array<{ socId: string; action: string }> };
    expect(body.socs.map((s) => [s.socId, s.action]).sort()).toEqual(
      [
        [socA, 'started'],
        [socB, 'started'],
      ].sort(),
    );
    await until(() => dispatched.length >= 2);
    expect(dispatched.sort()).toEqual(['acme/api', 'acme/api']);
  });

  it('folds a push into a run that has not dispatched yet, and defers one that arrives after dispatching', async () => {
    release();
    await until(() => dispatched.includes('acme/web'));
    clock = new Date(clock.getTime() + 60_000);
    // Both runs have dispatched acme/api: a push to it is deferred to the end of the window, not dropped.
    const api = (await (await deliver('push', push('acme/api'))).json()) as {
      socs: Array<{ socId: string; action: string; at: string }>;
    };
    expect(api.socs.map((s) => s.action)).toEqual(['deferred', 'deferred']);
    expect(api.socs[0]?.at).toBe(new Date(clock.getTime() + 240_000).toISOString());

    const socs = new SocStore(db);
    const runs = new RegenerationStore(db);
    const deps = { runs, dispatcher, config: DEFAULT_REGENERATION, now: () => clock, logger: silentLogger };
    expect(await startDeferred(socs, deps)).toBe(0);
    clock = new Date(clock.getTime() + 241_000);
    expect(await startDeferred(socs, deps)).toBe(2);
    expect(await startDeferred(socs, deps)).toBe(0);
    await until(() => dispatched.filter((r) => r === 'acme/api').length >= 4);
    expect(dispatched.filter((r) => r === 'acme/api')).toHaveLength(4);

    // A run created but not yet dispatched (its instance died before dispatching): a push to one
    // of its repositories is folded into it, since its dispatch will see the push.
    clock = new Date(clock.getTime() + 301_000);
    const soc = (await socs.coveringRepository('acme/web'))[0]!;
    const queued = await runs.start({
      workspaceId: soc.workspaceId,
      socId: soc.id,
      repositories: soc.repositories,
      trigger: 'api',
      minIntervalS: 300,
      timeoutS: 900,
      now: clock,
    });
    const web = (await (await deliver('push', push('acme/web'))).json()) as {
      socs: Array<{ socId: string; action: string; regenerationId: string }>;
    };
    expect(web.socs).toEqual([{ socId: socA, action: 'folded', regenerationId: queued?.run.id }]);
  });

  it('answers 503 when the receiver has no webhook secret', async () => {
    const bare = buildApp({ db, logger: silentLogger, dispatcher });
    const response = await bare.request('/api/github/webhook', {
      method: 'POST',
      body: '{}',
      headers: { 'x-github-event': 'push', 'x-hub-signature-256': 'sha256=00' },
    });
    expect(response.status).toBe(503);
  });
});
