import { createHmac } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../receiver/src/app.js';
import { silentLogger } from '../../receiver/src/logger.js';
import { isWellFormedApiKey } from '../../receiver/src/services/api-key.js';
import { MIGRATIONS, migrate } from '../../receiver/src/storage/migrations.js';
import { SqlStorage } from '../../receiver/src/storage/sql-storage.js';
import { databases } from './databases.js';

describe.each(databases)('receiver API on $name', (database) => {
  let db: Awaited<ReturnType<typeof database.open>>;
  let app: ReturnType<typeof buildApp>;
  let storage: SqlStorage;
  let clock = new Date('2026-03-01T12:00:00Z');
  let admin: string;
  let workspaceId: string;
  let otherWorkspaceKey: string;

  beforeAll(async () => {
    db = await database.open();
    await migrate(db);
    storage = new SqlStorage(db);
    app = buildApp({
      db,
      logger: silentLogger,
      now: () => clock,
      limits: { snapshotBodyBytes: 256 * 1024, bodyBytes: 16 * 1024 },
    });
    const ws = await storage.ensureWorkspace('acme');
    workspaceId = ws.id;
    admin = (await storage.createApiKey({ workspaceId, name: 'admin', scopes: ['admin'] })).key;
    const other = await storage.ensureWorkspace('other');
    otherWorkspaceKey = (await storage.createApiKey({ workspaceId: other.id, name: 'o', scopes: ['admin'] })).key;
  });
  afterAll(async () => db.drop());

  const call = (path: string, init: RequestInit & { key?: string } = {}) =>
    app.request(path, {
      ...init,
      headers: {
        ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
        ...(init.headers as Record<string, string>),
      },
    });
  const json = (body: unknown) => ({
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

  it('answers /healthz and /readyz (migrations applied)', async () => {
    expect(await (await call('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await call('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: database.name });
  });

  it('applies migrations once, however often it runs', async () => {
    expect(await migrate(db)).toEqual([]);
    const applied = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(applied.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('answers unknown routes with a JSON 404 in the one error shape, and carries a request id', async () => {
    const response = await call('/api/nope', { key: admin });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'No route for GET /api/nope', details: null },
    });
    expect(response.headers.get('x-request-id')).toMatch(/.+/);
  });

  it('publishes an OpenAPI document covering every API route, generated from the same schemas', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual(
      [
        'POST /api/workspaces/{id}/api-keys',
        'PUT /api/workspaces/{id}/signing-secret',
        'GET /api/workspaces/{id}/api-keys',
        'DELETE /api/api-keys/{id}',
        'POST /api/snapshots',
        'GET /api/repos/{owner}/{repo}/snapshots/latest',
        'POST /api/repos/{owner}/{repo}/docs/commits',
        'GET /api/repos/{owner}/{repo}/docs/commits',
        'GET /api/secrets/fingerprint-key',
        'POST /api/secrets/events',
        'GET /api/secrets/events',
        'PUT /api/secrets/mappings',
        'GET /api/secrets/mappings',
        'DELETE /api/secrets/mappings/{owner}/{repo}/{secretName}/{scope}',
        'GET /api/socs',
        'POST /api/socs',
        'GET /api/socs/{id}',
        'PATCH /api/socs/{id}',
        'DELETE /api/socs/{id}',
        'PUT /api/socs/{id}/parts/{owner}/{repo}',
        'GET /api/socs/{id}/document',
        'GET /api/socs/{id}/versions',
        'GET /api/socs/{id}/versions/{n}',
        'GET /api/socs/{id}/versions/{n}/diff',
        'POST /api/socs/{id}/regenerate',
        'POST /api/apps',
        'GET /api/apps',
        'DELETE /api/apps/{id}',
        'GET /api/deliveries',
        'POST /api/github/webhook',
        'GET /api/socs/{id}/regenerate/{regenerationId}',
      ].sort(),
    );
  });

  describe('API keys', () => {
    it('refuses a missing, malformed or mis-checksummed key with 401', async () => {
      expect((await call('/api/workspaces/x/api-keys')).status).toBe(401);
      expect((await call('/api/workspaces/x/api-keys', { key: 'dardocs_short' })).status).toBe(401);
      const flipped = `${admin.slice(0, -1)}${admin.endsWith('A') ? 'B' : 'A'}`;
      const response = await call(`/api/workspaces/${workspaceId}/api-keys`, { key: flipped });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain('checksum');
    });

    it('creates a key shown once (well-formed, stored only as hash and prefix), lists it, and revokes it for the next request', async () => {
      const created = await call(`/api/workspaces/${workspaceId}/api-keys`, {
        key: admin,
        ...json({ name: 'GitHub Action', scopes: ['snapshots:write'] }),
      });
      expect(created.status).toBe(201);
      const { key, apiKey } = (await created.json()) as { key: string; apiKey: { id: string; prefix: string } };
      expect(isWellFormedApiKey(key)).toBe(true);
      expect(key.slice(8, 16)).toBe(apiKey.prefix);
      const rows = await db.query<Record<string, unknown>>('SELECT * FROM api_keys WHERE id = $1', [apiKey.id]);
      expect(JSON.stringify(rows)).not.toContain(key);

      const listed = (await (await call(`/api/workspaces/${workspaceId}/api-keys`, { key: admin })).json()) as {
        apiKeys: Array<{ id: string }>;
      };
      expect(listed.apiKeys.map((k) => k.id)).toContain(apiKey.id);
      expect(JSON.stringify(listed)).not.toContain('hash');

      expect((await call('/api/repos/acme/r/snapshots/latest', { key })).status).toBe(404);
      expect((await call(`/api/api-keys/${apiKey.id}`, { key: admin, method: 'DELETE' })).status).toBe(204);
      expect((await call('/api/repos/acme/r/snapshots/latest', { key })).status).toBe(401);
    });

    it('refuses an expired key and records when a key was last used', async () => {
      const { key, record } = await storage.createApiKey({
        workspaceId,
        name: 'short-lived',
        scopes: ['snapshots:write'],
        expiresAt: '2026-03-01T12:30:00Z',
      });
      expect((await call('/api/repos/acme/r/snapshots/latest', { key })).status).toBe(404);
      expect((await storage.listApiKeys(workspaceId)).find((k) => k.id === record.id)?.lastUsedAt).toBe(
        '2026-03-01T12:00:00.000Z',
      );
      clock = new Date('2026-03-01T13:00:00Z');
      expect((await call('/api/repos/acme/r/snapshots/latest', { key })).status).toBe(401);
      clock = new Date('2026-03-01T12:00:00Z');
    });

    it('enforces scopes with 403 naming the missing scope', async () => {
      const { key } = await storage.createApiKey({ workspaceId, name: 'reader', scopes: ['soc:read'] });
      const response = await call(`/api/workspaces/${workspaceId}/api-keys`, { key });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain("'admin'");
    });

    it("answers another workspace's id exactly as a missing one", async () => {
      const theirs = await call(`/api/workspaces/${workspaceId}/api-keys`, { key: otherWorkspaceKey });
      const missing = await call('/api/workspaces/no-such-id/api-keys', { key: otherWorkspaceKey });
      expect(theirs.status).toBe(404);
      expect(missing.status).toBe(404);
      const mine = (await storage.listApiKeys(workspaceId))[0]!;
      expect((await call(`/api/api-keys/${mine.id}`, { key: otherWorkspaceKey, method: 'DELETE' })).status).toBe(404);
      expect((await storage.listApiKeys(workspaceId)).find((k) => k.id === mine.id)?.revokedAt).toBeNull();
    });

    it('validates bodies with 400 and field paths', async () => {
      const response = await call(`/api/workspaces/${workspaceId}/api-keys`, {
        key: admin,
        ...json({ name: '', scopes: ['root'] }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; details: Array<{ path: string }> } };
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.details.map((d) => d.path).sort()).toEqual(['name', 'scopes.0']);
    });

    it('answers 413 over the body limit', async () => {
      const response = await call(`/api/workspaces/${workspaceId}/api-keys`, {
        key: admin,
        ...json({ name: 'x'.repeat(20_000), scopes: ['admin'] }),
      });
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('snapshots', () => {
    const repository = { repository_id: '1', github_url: 'https://github.com/acme/api', owner: 'acme', name: 'api' };
    const file = (path: string, content: string | null, sha = `sha-${path}-${content}`) => ({
      path,
      type: 'file',
      sha,
      size: content?.length ?? 0,
      content,
    });
    const initial = (id: string, files: unknown[], commit = 'c1', part = 1, parts = 1) => ({
      event: 'initial_snapshot',
      snapshot_id: id,
      part,
      parts,
      repository,
      snapshot: { commit_sha: commit, branch: 'main', scanned_at: '2026-03-01T00:00:00Z', files },
    });
    const post = (payload: unknown, key = admin, extra: Record<string, string> = {}) => {
      const body = gzipSync(JSON.stringify(payload));
      return call('/api/snapshots', {
        key,
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...extra },
      });
    };

    it('stores a gzip snapshot and serves its commit and file list as the latest', async () => {
      const response = await post(initial('s1', [file('a.txt', 'A'), file('b.bin', null), file('c.txt', 'C')]));
      expect(response.status).toBe(201);
      const latest = (await (await call('/api/repos/acme/api/snapshots/latest', { key: admin })).json()) as {
        commit_sha: string;
        files: Array<{ path: string }>;
      };
      expect(latest.commit_sha).toBe('c1');
      expect(latest.files.map((f) => f.path)).toEqual(['a.txt', 'b.bin', 'c.txt']);
      expect(await storage.blob(workspaceId, 'sha-a.txt-A')).toBe('A');
    });

    it('stores each content once however many snapshots reference it', async () => {
      const before = await storage.blobCount(workspaceId);
      expect(
        (await post(initial('s2', [file('a.txt', 'A'), file('b.bin', null), file('c.txt', 'C')], 'c2'))).status,
      ).toBe(201);
      expect(await storage.blobCount(workspaceId)).toBe(before);
    });

    it('applies an incremental snapshot to the latest one, and refuses one whose base is not the latest with 409', async () => {
      const incremental = {
        event: 'incremental_snapshot',
        snapshot_id: 's3',
        repository,
        snapshot: {
          commit_sha: 'c3',
          base_commit_sha: 'c2',
          branch: 'main',
          scanned_at: '2026-03-02T00:00:00Z',
          changes: {
            added: [file('d.txt', 'D')],
            modified: [file('a.txt', 'A2')],
            deleted: [{ path: 'b.bin' }],
            renamed: [{ ...file('e.txt', 'C', 'sha-c.txt-C'), from: 'c.txt' }],
          },
        },
      };
      expect((await post(incremental)).status).toBe(201);
      const latest = (await (await call('/api/repos/acme/api/snapshots/latest', { key: admin })).json()) as {
        commit_sha: string;
        files: Array<{ path: string; sha: string }>;
      };
      expect(latest.commit_sha).toBe('c3');
      expect(latest.files.map((f) => [f.path, f.sha])).toEqual([
        ['a.txt', 'sha-a.txt-A2'],
        ['d.txt', 'sha-d.txt-D'],
        ['e.txt', 'sha-c.txt-C'],
      ]);
      const stale = await post({
        ...incremental,
        snapshot_id: 's4',
        snapshot: { ...incremental.snapshot, base_commit_sha: 'c1' },
      });
      expect(stale.status).toBe(409);
      expect(((await stale.json()) as { error: { code: string; details: { latest: string } } }).error).toMatchObject({
        code: 'BASE_MISMATCH',
        details: { latest: 'c3' },
      });
    });

    it('reassembles a multi-part upload by snapshot_id, in any order, once', async () => {
      const parts = [
        initial('m1', [file('p1.txt', '1')], 'c5', 1, 3),
        initial('m1', [file('p2.txt', '2')], 'c5', 2, 3),
        initial('m1', [file('p3.txt', '3')], 'c5', 3, 3),
      ];
      expect((await post(parts[2])).status).toBe(202);
      expect(await (await post(parts[0])).json()).toMatchObject({ status: 'partial', received: 2, parts: 3 });
      expect((await post(parts[0])).status).toBe(202);
      expect((await post(parts[1])).status).toBe(201);
      expect((await post(parts[1])).status).toBe(200);
      const latest = (await (await call('/api/repos/acme/api/snapshots/latest', { key: admin })).json()) as {
        files: Array<{ path: string }>;
      };
      expect(latest.files.map((f) => f.path)).toEqual(['p1.txt', 'p2.txt', 'p3.txt']);
      expect(await db.query('SELECT * FROM snapshot_uploads WHERE snapshot_id = $1', ['m1'])).toEqual([]);
    });

    it('requires a valid signature once the workspace has a signing secret', async () => {
      const set = await call(`/api/workspaces/${workspaceId}/signing-secret`, {
        key: admin,
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ secret: 'shh-a-long-enough-secret' }),
      });
      expect(set.status).toBe(204);
      const payload = initial('sig', [file('s.txt', 'S')], 'c6');
      expect((await post(payload)).status).toBe(401);
      const body = gzipSync(JSON.stringify(payload));
      const signature = `sha256=${createHmac('sha256', 'shh-a-long-enough-secret').update(body).digest('hex')}`;
      const signed = await call('/api/snapshots', {
        key: admin,
        method: 'POST',
        body,
        headers: { 'content-encoding': 'gzip', 'x-dardocs-signature': signature },
      });
      expect(signed.status).toBe(201);
      await storage.setSigningSecret(workspaceId, null);
    });

    it('validates the payload with field paths, and limits the body', async () => {
      const bad = await post({ ...initial('bad', [{ path: '', sha: null, size: -1, content: null }]) });
      expect(bad.status).toBe(400);
      const paths = ((await bad.json()) as { error: { details: Array<{ path: string }> } }).error.details.map(
        (d) => d.path,
      );
      expect(paths).toEqual(expect.arrayContaining(['snapshot.files.0.path', 'snapshot.files.0.size']));
      const huge = Buffer.alloc(300 * 1024, 1);
      expect((await call('/api/snapshots', { key: admin, method: 'POST', body: huge })).status).toBe(413);
    });

    it('needs the snapshots:write scope', async () => {
      const { key } = await storage.createApiKey({ workspaceId, name: 'soc only', scopes: ['soc:write'] });
      expect((await post(initial('x', []), key)).status).toBe(403);
    });
  });
});
