import { randomUUID } from 'node:crypto';
import { iso } from './rows.js';
/** App endpoints that receive forwarded snapshots, and one delivery row per (snapshot, endpoint). */
export class DeliveryStore {
    db;
    constructor(db) {
        this.db = db;
    }
    async addEndpoint(workspaceId, input, now) {
        const id = randomUUID();
        await this.db.query('INSERT INTO app_endpoints (id, workspace_id, name, url, signing_secret, created_at) VALUES ($1,$2,$3,$4,$5,$6)', [id, workspaceId, input.name, input.url, input.signingSecret ?? null, now.toISOString()]);
        return {
            id,
            name: input.name,
            url: input.url,
            hasSigningSecret: Boolean(input.signingSecret),
            createdAt: now.toISOString(),
        };
    }
    async endpoints(workspaceId) {
        const rows = await this.db.query('SELECT * FROM app_endpoints WHERE workspace_id = $1 ORDER BY created_at, id', [workspaceId]);
        return rows.map((r) => ({
            id: r.id,
            name: r.name,
            url: r.url,
            hasSigningSecret: r.signing_secret !== null,
            createdAt: iso(r.created_at) ?? '',
        }));
    }
    async removeEndpoint(workspaceId, id) {
        return ((await this.db.query('DELETE FROM app_endpoints WHERE id = $1 AND workspace_id = $2 RETURNING id', [
            id,
            workspaceId,
        ])).length > 0);
    }
    /** Queues a stored snapshot for every endpoint of its workspace, in the transaction that stored it. */
    async enqueue(tx, workspaceId, snapshotPk, now) {
        const rows = await tx.query(`INSERT INTO snapshot_deliveries (snapshot_pk, endpoint_id, status, next_attempt_at, updated_at)
       SELECT $1, id, 'pending', $3, $3 FROM app_endpoints WHERE workspace_id = $2 RETURNING endpoint_id`, [snapshotPk, workspaceId, now.toISOString()]);
        return rows.length;
    }
    /**
     * Claims due deliveries for this instance: pending ones whose time has come, and ones left
     * `delivering` for over `staleAfterMs` by an instance that died mid-request.
     */
    async claimDue(now, staleAfterMs, limit = 10) {
        const rows = await this.db.query(`UPDATE snapshot_deliveries SET status = 'delivering', updated_at = $1
       WHERE (snapshot_pk, endpoint_id) IN (
         SELECT snapshot_pk, endpoint_id FROM snapshot_deliveries
         WHERE (status = 'pending' AND next_attempt_at <= $1) OR (status = 'delivering' AND updated_at < $2)
         ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING snapshot_pk, endpoint_id, retry_count`, [now.toISOString(), new Date(now.getTime() - staleAfterMs).toISOString(), limit]);
        return rows.map((r) => ({
            snapshotPk: r.snapshot_pk,
            endpointId: r.endpoint_id,
            retryCount: Number(r.retry_count),
        }));
    }
    async endpoint(id) {
        const rows = await this.db.query('SELECT url, signing_secret FROM app_endpoints WHERE id = $1', [id]);
        return rows[0]
            ? { url: rows[0].url, signingSecret: rows[0].signing_secret ?? null }
            : undefined;
    }
    async record(snapshotPk, endpointId, outcome, now) {
        await this.db.query(`UPDATE snapshot_deliveries SET status = $3, retry_count = $4, last_error = $5, next_attempt_at = $6, updated_at = $7
       WHERE snapshot_pk = $1 AND endpoint_id = $2`, [
            snapshotPk,
            endpointId,
            outcome.status,
            outcome.retryCount,
            outcome.error,
            outcome.nextAttemptAt.toISOString(),
            now.toISOString(),
        ]);
    }
    async list(workspaceId, filter) {
        const rows = await this.db.query(`SELECT d.*, s.snapshot_id, s.owner, s.repo, e.name AS endpoint_name FROM snapshot_deliveries d
       JOIN snapshots s ON s.id = d.snapshot_pk JOIN app_endpoints e ON e.id = d.endpoint_id
       WHERE s.workspace_id = $1 AND ($2::text IS NULL OR d.status = $2) ORDER BY d.updated_at DESC LIMIT $3`, [workspaceId, filter.status ?? null, filter.limit]);
        return rows.map((r) => ({
            snapshotPk: r.snapshot_pk,
            snapshotId: r.snapshot_id,
            repository: `${r.owner}/${r.repo}`,
            endpointId: r.endpoint_id,
            endpointName: r.endpoint_name,
            status: r.status,
            retryCount: Number(r.retry_count),
            lastError: r.last_error ?? null,
            nextAttemptAt: iso(r.next_attempt_at) ?? '',
            updatedAt: iso(r.updated_at) ?? '',
        }));
    }
}
