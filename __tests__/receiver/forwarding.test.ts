import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../receiver/src/app.js';
import { silentLogger } from '../../receiver/src/logger.js';
import { deliverDue } from '../../receiver/src/services/forwarding.js';
import { DeliveryStore } from '../../receiver/src/storage/delivery-store.js';
import { migrate } from '../../receiver/src/storage/migrations.js';
import { SqlStorage } from '../../receiver/src/storage/sql-storage.js';
import type { InitialSnapshotPayload } from '../../src/wire/snapshot.js';
import { TestEndpoint } from '../helpers/http-endpoint.js';
import { databases } from './databases.js';

describe.each(databases)('forwarding snapshots to app endpoints on $name', (database) => {
  let db: Awaited<ReturnType<typeof database.open>>;
  let app: ReturnType<typeof buildApp>;
  let storage: SqlStorage;
  let deliveries: DeliveryStore;
  let key: string;
  let clock = new Date('2026-07-01T00:00:00Z');
  const apps: TestEndpoint[] = [];

  beforeAll(async () => {
    db = await database.open();
    await migrate(db);
    storage = new SqlStorage(db);
    deliveries = new DeliveryStore(db);
    const ws = await storage.ensureWorkspace('acme');
    key = (await storage.createApiKey({ workspaceId: ws.id, name: 'k', scopes: ['admin'] })).key;
    app = buildApp({ db, logger: silentLogger, now: () => clock });
  });
  afterAll(async () => {
    for (const a of apps) await a.stop();
    await db.drop();
  });

  const call = async (path: string, method = 'GET', body?: unknown): Promise<Response> =>
    app.request(path, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const snapshot = (id: string, owner = 'acme') => ({
    event: 'initial_snapshot',
    snapshot_id: id,
    repository: { repository_id: '9', github_url: 'https://github.com/acme/api', owner, name: 'api' },
    snapshot: {
      commit_sha: `c-${id}`,
      branch: 'main',
      scanned_at: '2026-07-01T00:00:00Z',
      files: [
        { path: 'a.txt', type: 'file', sha: `sha-a-${id}`, size: 1, content: 'A' },
        { path: 'img.png', type: 'file', sha: 'sha-img', size: 9, content: null, skipped: 'binary' },
      ],
    },
  });
  const list = async () =>
    (
      (await (await call('/api/deliveries')).json()) as {
        deliveries: Array<{
          snapshotId: string;
          endpointName: string;
          status: string;
          retryCount: number;
          lastError: string | null;
        }>;
      }
    ).deliveries;
  const pass = () => deliverDue({ storage, deliveries, logger: silentLogger }, () => clock);
  /** Storing a snapshot starts a delivery pass by itself; wait until each of its deliveries has had a first attempt. */
  const settled = async (snapshotId: string) => {
    const attempted = (d: { status: string; retryCount: number }) =>
      d.status === 'delivered' || d.status === 'failed' || (d.status === 'pending' && d.retryCount > 0);
    for (let i = 0; i < 500; i++) {
      const mine = (await list()).filter((d) => d.snapshotId === snapshotId);
      if (mine.length > 0 && mine.every(attempted)) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('forwards a stored snapshot, complete with the contents it holds, gzip and signed', async () => {
    const endpoint = new TestEndpoint();
    apps.push(endpoint);
    await endpoint.start();
    const created = await call('/api/apps', 'POST', {
      name: 'docora',
      url: endpoint.url,
      signingSecret: 'a-signing-secret-of-16+',
    });
    expect(created.status).toBe(201);
    expect((await call('/api/snapshots', 'POST', snapshot('f1'))).status).toBe(201);
    await settled('f1');
    const [received] = endpoint.requests;
    expect(received?.headers['x-dardocs-signature']).toBe(
      `sha256=${createHmac('sha256', 'a-signing-secret-of-16+').update(received!.raw).digest('hex')}`,
    );
    const body = received?.json() as InitialSnapshotPayload;
    expect(body).toMatchObject({
      event: 'initial_snapshot',
      snapshot_id: 'f1',
      repository: { owner: 'acme', name: 'api' },
    });
    expect(body.snapshot.files).toEqual([
      { path: 'a.txt', type: 'file', sha: 'sha-a-f1', size: 1, content: 'A' },
      { path: 'img.png', type: 'file', sha: 'sha-img', size: 9, content: null, skipped: 'binary' },
    ]);
    expect((await list()).find((d) => d.snapshotId === 'f1')).toMatchObject({ status: 'delivered', retryCount: 0 });
    await call(`/api/apps/${((await created.json()) as { id: string }).id}`, 'DELETE');
  });

  it('retries 5xx with backoff (1, 2 s) until delivered, and fails a 4xx at once with the answer recorded', async () => {
    const flaky = new TestEndpoint((_, i) => (i < 2 ? { status: 503, body: 'busy' } : { status: 200 }));
    const strict = new TestEndpoint(() => ({ status: 422, body: 'unknown repository' }));
    apps.push(flaky, strict);
    await flaky.start();
    await strict.start();
    await call('/api/apps', 'POST', { name: 'flaky', url: flaky.url });
    await call('/api/apps', 'POST', { name: 'strict', url: strict.url });
    await call('/api/snapshots', 'POST', snapshot('f2'));
    await settled('f2');
    const mine = async () => (await list()).filter((d) => d.snapshotId === 'f2');
    expect((await mine()).map((d) => [d.endpointName, d.status, d.retryCount]).sort()).toEqual([
      ['flaky', 'pending', 1],
      ['strict', 'failed', 0],
    ]);
    expect((await mine()).find((d) => d.endpointName === 'strict')?.lastError).toBe('HTTP 422: unknown repository');
    await pass();
    expect(flaky.requests).toHaveLength(1);
    clock = new Date(clock.getTime() + 1000);
    await pass();
    expect(flaky.requests).toHaveLength(2);
    clock = new Date(clock.getTime() + 1000);
    await pass();
    expect(flaky.requests).toHaveLength(2);
    clock = new Date(clock.getTime() + 1000);
    await pass();
    expect((await mine()).find((d) => d.endpointName === 'flaky')).toMatchObject({
      status: 'delivered',
      retryCount: 2,
    });
    expect(strict.requests).toHaveLength(1);
  });
});
