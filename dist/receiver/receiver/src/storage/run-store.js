import { randomUUID } from 'node:crypto';
import { iso } from './rows.js';
export class RunStore {
    db;
    constructor(db) {
        this.db = db;
    }
    async upsertDocsCommits(workspaceId, owner, repo, commits, now) {
        await this.db.transaction(async (tx) => {
            for (const c of commits) {
                await tx.query(`INSERT INTO docs_commits (workspace_id, owner, repo, commit_sha, status, targets, doc_commit_sha, files_changed, tokens, provider, model, error, created_at, updated_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$13)
           ON CONFLICT (workspace_id, owner, repo, commit_sha) DO UPDATE SET status = EXCLUDED.status, targets = EXCLUDED.targets,
             doc_commit_sha = EXCLUDED.doc_commit_sha, files_changed = EXCLUDED.files_changed, tokens = EXCLUDED.tokens,
             provider = EXCLUDED.provider, model = EXCLUDED.model, error = EXCLUDED.error, updated_at = EXCLUDED.updated_at`, [
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
                ]);
            }
        });
    }
    /** A repository's docs commits, or (owner and repo undefined) the workspace's most recent ones. */
    async docsCommits(workspaceId, owner, repo, filter) {
        const rows = await this.db.query(`SELECT * FROM docs_commits WHERE workspace_id = $1 AND ($2::text IS NULL OR owner = $2) AND ($3::text IS NULL OR repo = $3)
         AND ($4::text IS NULL OR status = $4)
       ORDER BY updated_at DESC, commit_sha LIMIT $5`, [workspaceId, owner ?? null, repo ?? null, filter.status ?? null, filter.limit]);
        return rows.map((r) => ({
            repository: `${r.owner}/${r.repo}`,
            commitSha: r.commit_sha,
            status: r.status,
            targets: r.targets,
            docCommitSha: r.doc_commit_sha ?? null,
            filesChanged: r.files_changed,
            tokens: Number(r.tokens),
            provider: r.provider ?? null,
            model: r.model ?? null,
            error: r.error ?? null,
            createdAt: iso(r.created_at) ?? '',
            updatedAt: iso(r.updated_at) ?? '',
        }));
    }
    async fingerprintKey(workspaceId) {
        const rows = await this.db.query('SELECT fingerprint_key FROM workspaces WHERE id = $1', [workspaceId]);
        return rows[0]?.fingerprint_key;
    }
    async appendSecretEvent(workspaceId, event, now) {
        const id = randomUUID();
        await this.db.query(`INSERT INTO secret_sync_events (id, workspace_id, repository, operation, secret_name, affected_scopes, status, success_count,
         failure_count, error_message, correlation_id, duration_ms, metadata, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`, [
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
        ]);
        return { ...event, id, createdAt: now.toISOString() };
    }
    async secretEvents(workspaceId, filter) {
        const rows = await this.db.query(`SELECT * FROM secret_sync_events WHERE workspace_id = $1 AND ($2::text IS NULL OR repository = $2)
         AND ($3::uuid IS NULL OR correlation_id = $3) ORDER BY created_at DESC, id LIMIT $4`, [workspaceId, filter.repository ?? null, filter.correlationId ?? null, filter.limit]);
        return rows.map((r) => ({
            id: r.id,
            repository: r.repository,
            operation: r.operation,
            secretName: r.secret_name ?? null,
            affectedScopes: r.affected_scopes,
            status: r.status,
            successCount: Number(r.success_count),
            failureCount: Number(r.failure_count),
            errorMessage: r.error_message ?? null,
            correlationId: r.correlation_id,
            durationMs: Number(r.duration_ms),
            metadata: r.metadata ?? null,
            createdAt: iso(r.created_at) ?? '',
        }));
    }
    async upsertMappings(workspaceId, mappings, now) {
        await this.db.transaction(async (tx) => {
            for (const m of mappings) {
                await tx.query(`INSERT INTO secret_mappings (workspace_id, repository, secret_name, scope, fingerprint, sync_status, error_message, last_synced_at, created_at, updated_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$9)
           ON CONFLICT (workspace_id, repository, secret_name, scope) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,
             sync_status = EXCLUDED.sync_status, error_message = EXCLUDED.error_message, last_synced_at = EXCLUDED.last_synced_at,
             updated_at = EXCLUDED.updated_at`, [
                    workspaceId,
                    m.repository,
                    m.secretName,
                    m.scope,
                    m.fingerprint,
                    m.syncStatus,
                    m.errorMessage,
                    m.lastSyncedAt,
                    now.toISOString(),
                ]);
            }
        });
    }
    async mappings(workspaceId, repository) {
        const rows = await this.db.query(`SELECT * FROM secret_mappings WHERE workspace_id = $1 AND ($2::text IS NULL OR repository = $2) ORDER BY repository, secret_name, scope`, [workspaceId, repository ?? null]);
        return rows.map((r) => ({
            repository: r.repository,
            secretName: r.secret_name,
            scope: r.scope,
            fingerprint: r.fingerprint,
            syncStatus: r.sync_status,
            errorMessage: r.error_message ?? null,
            lastSyncedAt: iso(r.last_synced_at),
            updatedAt: iso(r.updated_at) ?? '',
        }));
    }
    async deleteMapping(workspaceId, repository, secretName, scope) {
        const rows = await this.db.query('DELETE FROM secret_mappings WHERE workspace_id = $1 AND repository = $2 AND secret_name = $3 AND scope = $4 RETURNING secret_name', [workspaceId, repository, secretName, scope]);
        return rows.length > 0;
    }
}
