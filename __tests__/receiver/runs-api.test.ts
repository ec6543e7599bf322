import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../receiver/src/app.js';
import { silentLogger } from '../../receiver/src/logger.js';
import { migrate } from '../../receiver/src/storage/migrations.js';
import { SqlStorage } from '../../receiver/src/storage/sql-storage.js';
import { databases } from './databases.js';

describe.each(databases)('docs state and secret audit on $name', (database) => {
  let db: Awaited<ReturnType<typeof database.open>>;
  let app: ReturnType<typeof buildApp>;
  let key: string;
  let workspaceId: string;

  beforeAll(async () => {
    db = await database.open();
    await migrate(db);
    const storage = new SqlStorage(db);
    workspaceId = (await storage.ensureWorkspace('acme')).id;
    key = (await storage.createApiKey({ workspaceId, name: 'action', scopes: ['runs:write'] })).key;
    app = buildApp({ db, logger: silentLogger, now: () => new Date('2026-06-01T00:00:00Z') });
  });
  afterAll(async () => db.drop());

  const call = async (path: string, method = 'GET', body?: unknown): Promise<Response> =>
    app.request(path, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  it('records docs commits per repository and filters them by status, so a run can resume and retry', async () => {
    const target = {
      docFile: 'README.md',
      sectionId: 'api',
      strategy: 'mapping',
      status: 'failed',
      reason: 'guardrail: heading removed',
      provider: 'openai',
      model: 'gpt-x',
      tokens: 120,
    };
    const response = await call('/api/repos/acme/api/docs/commits', 'POST', {
      commits: [
        {
          commitSha: 'a'.repeat(40),
          status: 'success',
          docCommitSha: 'd'.repeat(40),
          filesChanged: ['README.md'],
          tokens: 300,
        },
        { commitSha: 'b'.repeat(40), status: 'failed', targets: [target], error: 'guardrail failed' },
      ],
    });
    expect(response.status).toBe(200);
    const failed = (await (await call('/api/repos/acme/api/docs/commits?status=failed')).json()) as {
      commits: Array<{ commitSha: string; targets: unknown[] }>;
    };
    expect(failed.commits.map((c) => c.commitSha)).toEqual(['b'.repeat(40)]);
    expect(failed.commits[0]?.targets).toEqual([target]);
    await call('/api/repos/acme/api/docs/commits', 'POST', {
      commits: [{ commitSha: 'b'.repeat(40), status: 'success', tokens: 80 }],
    });
    expect(
      ((await (await call('/api/repos/acme/api/docs/commits?status=failed')).json()) as { commits: unknown[] }).commits,
    ).toEqual([]);
    expect(
      ((await (await call('/api/repos/acme/other/docs/commits')).json()) as { commits: unknown[] }).commits,
    ).toEqual([]);
  });

  it('hands the workspace fingerprint key to an authorised action, and stores only fingerprints', async () => {
    const { key: fpKey, algorithm } = (await (await call('/api/secrets/fingerprint-key')).json()) as {
      key: string;
      algorithm: string;
    };
    expect(algorithm).toBe('HMAC-SHA256');
    const fingerprint = createHmac('sha256', Buffer.from(fpKey, 'base64')).update('s3cret').digest('hex');
    const put = await call('/api/secrets/mappings', 'PUT', {
      mappings: [
        {
          repository: 'acme/api',
          secretName: 'NPM_TOKEN',
          scope: 'dependabot',
          fingerprint,
          syncStatus: 'synced',
          lastSyncedAt: '2026-06-01T00:00:00Z',
        },
      ],
    });
    expect(put.status).toBe(200);
    const listed = (await (await call('/api/secrets/mappings?repository=acme/api')).json()) as {
      mappings: Array<{ fingerprint: string }>;
    };
    expect(listed.mappings[0]?.fingerprint).toBe(fingerprint);
    expect(JSON.stringify(await db.query('SELECT * FROM secret_mappings'))).not.toContain('s3cret');
    const bad = await call('/api/secrets/mappings', 'PUT', {
      mappings: [
        { repository: 'acme/api', secretName: 'lower', scope: 'everywhere', fingerprint: 'abc', syncStatus: 'synced' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { error: { details: Array<{ path: string }> } }).error.details.map((d) => d.path).sort(),
    ).toEqual(['mappings.0.fingerprint', 'mappings.0.scope', 'mappings.0.secretName']);
    expect((await call('/api/secrets/mappings/acme/api/NPM_TOKEN/dependabot', 'DELETE')).status).toBe(204);
  });

  const event = (overrides: Record<string, unknown> = {}) => ({
    repository: 'acme/api',
    operation: 'sync_all',
    affectedScopes: ['codespaces', 'dependabot'],
    status: 'partial',
    successCount: 1,
    failureCount: 1,
    errorMessage: 'dependabot: 403',
    correlationId: randomUUID(),
    durationMs: 1200,
    ...overrides,
  });

  it("appends secret sync events that satisfy seed 001's constraints, and refuses those that do not", async () => {
    const created = await call('/api/secrets/events', 'POST', event());
    expect(created.status).toBe(201);
    for (const wrong of [
      { successCount: 2 },
      { status: 'success' },
      { status: 'failure' },
      { status: 'partial', successCount: 0, failureCount: 2 },
    ]) {
      expect((await call('/api/secrets/events', 'POST', event(wrong))).status).toBe(400);
    }
    const listed = (await (await call('/api/secrets/events?repository=acme/api')).json()) as {
      events: Array<{ status: string }>;
    };
    expect(listed.events.map((e) => e.status)).toEqual(['partial']);
  });

  it('enforces the same constraints and append-only in the database itself', async () => {
    const insert = (success: number, failure: number, status: string) =>
      db.query(
        `INSERT INTO secret_sync_events (id, workspace_id, repository, operation, affected_scopes, status, success_count, failure_count, correlation_id, duration_ms, created_at)
         VALUES ($1, $2, 'acme/api', 'sync_all', ARRAY['codespaces','dependabot'], $3, $4, $5, $6, 0, now())`,
        [randomUUID(), workspaceId, status, success, failure, randomUUID()],
      );
    await expect(insert(2, 1, 'partial')).rejects.toThrow();
    await expect(insert(2, 0, 'failure')).rejects.toThrow();
    await expect(db.query(`UPDATE secret_sync_events SET status = 'success'`)).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM secret_sync_events')).rejects.toThrow(/append-only/);
  });
});
