import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../receiver/src/app.js';
import { silentLogger } from '../../receiver/src/logger.js';
import { migrate } from '../../receiver/src/storage/migrations.js';
import { SqlStorage } from '../../receiver/src/storage/sql-storage.js';
import { databases } from './databases.js';

describe.each(databases)('SOC routes on $name', (database) => {
  let db: Awaited<ReturnType<typeof database.open>>;
  let app: ReturnType<typeof buildApp>;
  let writer: string;
  let reader: string;
  let outsider: string;
  let socId: string;

  beforeAll(async () => {
    db = await database.open();
    await migrate(db);
    const storage = new SqlStorage(db);
    app = buildApp({ db, logger: silentLogger, now: () => new Date('2026-04-01T00:00:00Z') });
    const ws = await storage.ensureWorkspace('acme');
    writer = (await storage.createApiKey({ workspaceId: ws.id, name: 'w', scopes: ['soc:write', 'soc:read'] })).key;
    reader = (await storage.createApiKey({ workspaceId: ws.id, name: 'r', scopes: ['soc:read'] })).key;
    const other = await storage.ensureWorkspace('other');
    outsider = (await storage.createApiKey({ workspaceId: other.id, name: 'o', scopes: ['admin'] })).key;
  });
  afterAll(async () => db.drop());

  const call = async (path: string, key: string, method = 'GET', body?: unknown): Promise<Response> =>
    app.request(path, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const part = (repo: string, markdown: string, extra: Record<string, unknown> = {}) =>
    call(`/api/socs/${socId}/parts/${repo}`, writer, 'PUT', {
      analysis: { languages: { TypeScript: 100 } },
      markdown,
      commitSha: 'c'.repeat(40),
      ...extra,
    });

  it('creates, reads, lists and updates a SOC config', async () => {
    const created = await call('/api/socs', writer, 'POST', {
      name: 'Platform',
      repositories: ['acme/web', 'acme/api', 'acme/api'],
    });
    expect(created.status).toBe(201);
    const soc = (await created.json()) as { id: string; repositories: string[]; type: string };
    socId = soc.id;
    expect(soc).toMatchObject({ repositories: ['acme/api', 'acme/web'], type: 'overview' });
    expect(((await (await call('/api/socs', reader)).json()) as { socs: unknown[] }).socs).toHaveLength(1);
    const patched = await call(`/api/socs/${socId}`, writer, 'PATCH', { name: 'Platform overview' });
    expect(((await patched.json()) as { name: string }).name).toBe('Platform overview');
    expect((await call('/api/socs', reader, 'POST', { name: 'x', repositories: [] })).status).toBe(403);
    const invalid = await call('/api/socs', writer, 'POST', { name: 'x', repositories: ['not a repo'] });
    expect(invalid.status).toBe(400);
  });

  it("hides another workspace's SOC exactly as a missing one", async () => {
    expect((await call(`/api/socs/${socId}`, outsider)).status).toBe(404);
    expect((await call(`/api/socs/${socId}/document`, outsider)).status).toBe(404);
    expect((await call(`/api/socs/${socId}`, outsider, 'DELETE')).status).toBe(404);
    expect((await call('/api/socs/does-not-exist', outsider)).status).toBe(404);
  });

  it('composes the document from parts and stores a version only when the content changed', async () => {
    expect((await call(`/api/socs/${socId}/document`, reader)).status).toBe(404);
    expect(await (await part('acme/api', '# API\n\nFirst.')).json()).toEqual({ version: 1, changed: true });
    expect(await (await part('acme/api', '# API\n\nFirst.')).json()).toEqual({ version: 1, changed: false });
    expect(await (await part('acme/web', '# Web')).json()).toEqual({ version: 2, changed: true });
    const document = await call(`/api/socs/${socId}/document`, reader);
    expect(document.headers.get('content-type')).toContain('text/markdown');
    expect(document.headers.get('x-soc-version')).toBe('2');
    const text = await document.text();
    expect(text).toContain('## acme/api');
    expect(text).toContain('## acme/web');
    expect(text).toContain('```mermaid');
    const asJson = (await (await call(`/api/socs/${socId}/document?format=json`, reader)).json()) as {
      version: number;
      document: { missing: string[] };
    };
    expect(asJson).toMatchObject({ version: 2, document: { missing: [] } });
  });

  it('refuses a part from a repository the SOC does not cover, naming how to add it', async () => {
    const response = await part('acme/elsewhere', '# x');
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('PATCH');
  });

  it('keeps version history with unified diffs between versions', async () => {
    await part('acme/api', '# API\n\nSecond.');
    const versions = (await (await call(`/api/socs/${socId}/versions`, reader)).json()) as {
      versions: Array<{ version: number }>;
    };
    expect(versions.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    const v1 = (await (await call(`/api/socs/${socId}/versions/1`, reader)).json()) as { markdown: string };
    expect(v1.markdown).toContain('First.');
    const diff = await (await call(`/api/socs/${socId}/versions/3/diff?against=2`, reader)).text();
    expect(diff).toContain('--- v2');
    expect(diff).toContain('+++ v3');
    expect(diff).toContain('-First.');
    expect(diff).toContain('+Second.');
    expect((await call(`/api/socs/${socId}/versions/9`, reader)).status).toBe(404);
  });

  it('numbers versions without gaps or duplicates when parts arrive concurrently', async () => {
    const repos = Array.from({ length: 8 }, (_, i) => `acme/svc${i}`);
    await call(`/api/socs/${socId}`, writer, 'PATCH', { repositories: ['acme/api', 'acme/web', ...repos] });
    const before = (
      (await (await call(`/api/socs/${socId}/versions`, reader)).json()) as { versions: Array<{ version: number }> }
    ).versions[0]!.version;
    const results = await Promise.all(
      repos.map((r) => part(r, `# ${r}`).then((res) => res.json() as Promise<{ version: number }>)),
    );
    const numbers = results.map((r) => r.version).sort((a, b) => a - b);
    expect(numbers).toEqual(repos.map((_, i) => before + 1 + i));
  });

  it('deletes a SOC with its parts and versions', async () => {
    expect((await call(`/api/socs/${socId}`, writer, 'DELETE')).status).toBe(204);
    expect((await call(`/api/socs/${socId}`, reader)).status).toBe(404);
    expect(await db.query('SELECT * FROM soc_versions WHERE soc_id = $1', [socId])).toEqual([]);
  });
});
