import { randomUUID } from 'node:crypto';
import type { Db } from './db.js';
import { iso, type Row } from './rows.js';

import type { DocsCommitState, DocsTarget } from '../../../src/wire/docs.js';
import type { SecretMappingInput, SecretSyncEventInput } from '../../../src/wire/secrets.js';

export type { DocsTarget };

/** Docs run state (seed 004) and the secret-sync audit trail and mappings (seed 001). */
export interface DocsCommit extends DocsCommitState {
  createdAt: string;
  updatedAt: string;
}

export interface SecretSyncEvent extends SecretSyncEventInput {
  id: string;
  createdAt: string;
}

export interface SecretMapping extends Required<SecretMappingInput> {
  errorMessage: string | null;
  lastSyncedAt: string | null;
  updatedAt: string;
}

export class RunStore {
  constructor(private readonly db: Db) {}

  async upsertDocsCommits(
    workspaceId: string,
    owner: string,
    repo: string,
    commits: ReadonlyArray<Omit<DocsCommit, 'createdAt' | 'updatedAt'>>,
    now: Date,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const c of commits) {
        await tx.query(
          `INSERT INTO docs_commits (workspace_id, owner, repo, commit_sha, status, targets, doc_commit_sha, files_changed, tokens, provider, model, error, created_at, updated_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$13)
           ON CONFLICT (workspace_id, owner, repo, commit_sha) DO UPDATE SET status = EXCLUDED.status, targets = EXCLUDED.targets,
             doc_commit_sha = EXCLUDED.doc_commit_sha, files_changed = EXCLUDED.files_changed, tokens = EXCLUDED.tokens,
             provider = EXCLUDED.provider, model = EXCLUDED.model, error = EXCLUDED.error, updated_at = EXCLUDED.updated_at`,
          [
            workspaceId,
            owner,
            repo,
            c.commitSha,
            c.status,
            JSON.stringify(c.targets),
            c.docCommitSha,
            c.filesChanged,
            c.tokens,
            c.provider,
            c.model,
            c.error,
            now.toISOString(),
          ],
        );
      }
    });
  }

  /** A repository's docs commits, or (owner and repo undefined) the workspace's most recent ones. */
  async docsCommits(
    workspaceId: string,
    owner: string | undefined,
    repo: string | undefined,
    filter: { status?: string; limit: number },
  ): Promise<Array<DocsCommit & { repository: string }>> {
    const rows = await this.db.query<Row>(
      `SELECT * FROM docs_commits WHERE workspace_id = $1 AND ($2::text IS NULL OR owner = $2) AND ($3::text IS NULL OR repo = $3)
         AND ($4::text IS NULL OR status = $4)
       ORDER BY updated_at DESC, commit_sha LIMIT $5`,
      [workspaceId, owner ?? null, repo ?? null, filter.status ?? null, filter.limit],
    );
    return rows.map((r) => ({
      repository: `${r.owner as string}/${r.repo as string}`,
      commitSha: r.commit_sha as string,
      status: r.status as DocsCommit['status'],
      targets: r.targets as DocsTarget[],
      docCommitSha: (r.doc_commit_sha as string | null) ?? null,
      filesChanged: r.files_changed as string[],
      tokens: Number(r.tokens),
      provider: (r.provider as string | null) ?? null,
      model: (r.model as string | null) ?? null,
      error: (r.error as string | null) ?? null,
      createdAt: iso(r.created_at) ?? '',
      updatedAt: iso(r.updated_at) ?? '',
    }));
  }

  async fingerprintKey(workspaceId: string): Promise<string | undefined> {
    const rows = await this.db.query<{ fingerprint_key: string }>(
      'SELECT fingerprint_key FROM workspaces WHERE id = $1',
      [workspaceId],
    );
    return rows[0]?.fingerprint_key;
  }

  async appendSecretEvent(
    workspaceId: string,
    event: Omit<SecretSyncEvent, 'id' | 'createdAt'>,
    now: Date,
  ): Promise<SecretSyncEvent> {
    const id = randomUUID();
    await this.db.query(
      `INSERT INTO secret_sync_events (id, workspace_id, repository, operation, secret_name, affected_scopes, status, success_count,
         failure_count, error_message, correlation_id, duration_ms, metadata, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
      [
        id,
        workspaceId,
        event.repository,
        event.operation,
        event.secretName,
        event.affectedScopes,
        event.status,
        event.successCount,
        event.failureCount,
        event.errorMessage,
        event.correlationId,
        event.durationMs,
        event.metadata === null ? null : JSON.stringify(event.metadata),
        now.toISOString(),
      ],
    );
    return { ...event, id, createdAt: now.toISOString() };
  }

  async secretEvents(
    workspaceId: string,
    filter: { repository?: string; correlationId?: string; limit: number },
  ): Promise<SecretSyncEvent[]> {
    const rows = await this.db.query<Row>(
      `SELECT * FROM secret_sync_events WHERE workspace_id = $1 AND ($2::text IS NULL OR repository = $2)
         AND ($3::uuid IS NULL OR correlation_id = $3) ORDER BY created_at DESC, id LIMIT $4`,
      [workspaceId, filter.repository ?? null, filter.correlationId ?? null, filter.limit],
    );
    return rows.map((r) => ({
      id: r.id as string,
      repository: r.repository as string,
      operation: r.operation as SecretSyncEvent['operation'],
      secretName: (r.secret_name as string | null) ?? null,
      affectedScopes: r.affected_scopes as string[],
      status: r.status as SecretSyncEvent['status'],
      successCount: Number(r.success_count),
      failureCount: Number(r.failure_count),
      errorMessage: (r.error_message as string | null) ?? null,
      correlationId: r.correlation_id as string,
      durationMs: Number(r.duration_ms),
      metadata: (r.metadata as Record<string, unknown> | null) ?? null,
      createdAt: iso(r.created_at) ?? '',
    }));
  }

  async upsertMappings(
    workspaceId: string,
    mappings: ReadonlyArray<Omit<SecretMapping, 'updatedAt'>>,
    now: Date,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const m of mappings) {
        await tx.query(
          `INSERT INTO secret_mappings (workspace_id, repository, secret_name, scope, fingerprint, sync_status, error_message, last_synced_at, created_at, updated_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$9)
           ON CONFLICT (workspace_id, repository, secret_name, scope) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,
             sync_status = EXCLUDED.sync_status, error_message = EXCLUDED.error_message, last_synced_at = EXCLUDED.last_synced_at,
             updated_at = EXCLUDED.updated_at`,
          [
            workspaceId,
            m.repository,
            m.secretName,
            m.scope,
            m.fingerprint,
            m.syncStatus,
            m.errorMessage,
            m.lastSyncedAt,
            now.toISOString(),
          ],
        );
      }
    });
  }

  async mappings(workspaceId: string, repository?: string): Promise<SecretMapping[]> {
    const rows = await this.db.query<Row>(
      `SELECT * FROM secret_mappings WHERE workspace_id = $1 AND ($2::text IS NULL OR repository = $2) ORDER BY repository, secret_name, scope`,
      [workspaceId, repository ?? null],
    );
    return rows.map((r) => ({
      repository: r.repository as string,
      secretName: r.secret_name as string,
      scope: r.scope as string,
      fingerprint: r.fingerprint as string,
      syncStatus: r.sync_status as SecretMapping['syncStatus'],
      errorMessage: (r.error_message as string | null) ?? null,
      lastSyncedAt: iso(r.last_synced_at),
      updatedAt: iso(r.updated_at) ?? '',
    }));
  }

  async deleteMapping(workspaceId: string, repository: string, secretName: string, scope: string): Promise<boolean> {
    const rows = await this.db.query(
      'DELETE FROM secret_mappings WHERE workspace_id = $1 AND repository = $2 AND secret_name = $3 AND scope = $4 RETURNING secret_name',
      [workspaceId, repository, secretName, scope],
    );
    return rows.length > 0;
  }
}
