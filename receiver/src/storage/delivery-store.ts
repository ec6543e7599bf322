import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from './db.js';
import { iso, type Row } from './rows.js';

export interface AppEndpoint {
  id: string;
  name: string;
  url: string;
  hasSigningSecret: boolean;
  createdAt: string;
}

export interface Delivery {
  snapshotPk: string;
  snapshotId: string;
  repository: string;
  endpointId: string;
  endpointName: string;
  status: 'pending' | 'delivering' | 'delivered' | 'failed';
  retryCount: number;
  lastError: string | null;
  nextAttemptAt: string;
  updatedAt: string;
}

/** App endpoints that receive forwarded snapshots, and one delivery row per (snapshot, endpoint). */
export class DeliveryStore {
  constructor(private readonly db: Db) {}

  async addEndpoint(
    workspaceId: string,
    input: { name: string; url: string; signingSecret?: string | null },
    now: Date,
  ): Promise<AppEndpoint> {
    const id = randomUUID();
    await this.db.query(
      'INSERT INTO app_endpoints (id, workspace_id, name, url, signing_secret, created_at) VALUES ($1,$2,$3,$4,$5,$6)',
      [id, workspaceId, input.name, input.url, input.signingSecret ?? null, now.toISOString()],
    );
    return {
      id,
      name: input.name,
      url: input.url,
      hasSigningSecret: Boolean(input.signingSecret),
      createdAt: now.toISOString(),
    };
  }

  async endpoints(workspaceId: string): Promise<AppEndpoint[]> {
    const rows = await this.db.query<Row>(
      'SELECT * FROM app_endpoints WHERE workspace_id = $1 ORDER BY created_at, id',
      [workspaceId],
    );
    return rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      url: r.url as string,
      hasSigningSecret: r.signing_secret !== null,
      createdAt: iso(r.created_at) ?? '',
    }));
  }

  async removeEndpoint(workspaceId: string, id: string): Promise<boolean> {
    return (
      (
        await this.db.query('DELETE FROM app_endpoints WHERE id = $1 AND workspace_id = $2 RETURNING id', [
          id,
          workspaceId,
        ])
      ).length > 0
    );
  }

  /** Queues a stored snapshot for every endpoint of its workspace, in the transaction that stored it. */
  async enqueue(tx: Queryable, workspaceId: string, snapshotPk: string, now: Date): Promise<number> {
    const rows = await tx.query(
      `INSERT INTO snapshot_deliveries (snapshot_pk, endpoint_id, status, next_attempt_at, updated_at)
       SELECT $1, id, 'pending', $3, $3 FROM app_endpoints WHERE workspace_id = $2 RETURNING endpoint_id`,
      [snapshotPk, workspaceId, now.toISOString()],
    );
    return rows.length;
  }

  /**
   * Claims due deliveries for this instance: pending ones whose time has come, and ones left
   * `delivering` for over `staleAfterMs` by an instance that died mid-request.
   */
  async claimDue(
    now: Date,
    staleAfterMs: number,
    limit = 10,
  ): Promise<Array<{ snapshotPk: string; endpointId: string; retryCount: number }>> {
    const rows = await this.db.query<Row>(
      `UPDATE snapshot_deliveries SET status = 'delivering', updated_at = $1
       WHERE (snapshot_pk, endpoint_id) IN (
         SELECT snapshot_pk, endpoint_id FROM snapshot_deliveries
         WHERE (status = 'pending' AND next_attempt_at <= $1) OR (status = 'delivering' AND updated_at < $2)
         ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING snapshot_pk, endpoint_id, retry_count`,
      [now.toISOString(), new Date(now.getTime() - staleAfterMs).toISOString(), limit],
    );
    return rows.map((r) => ({
      snapshotPk: r.snapshot_pk as string,
      endpointId: r.endpoint_id as string,
      retryCount: Number(r.retry_count),
    }));
  }

  async endpoint(id: string): Promise<{ url: string; signingSecret: string | null } | undefined> {
    const rows = await this.db.query<Row>('SELECT url, signing_secret FROM app_endpoints WHERE id = $1', [id]);
    return rows[0]
      ? { url: rows[0].url as string, signingSecret: (rows[0].signing_secret as string | null) ?? null }
      : undefined;
  }

  async record(
    snapshotPk: string,
    endpointId: string,
    outcome: {
      status: 'delivered' | 'failed' | 'pending';
      retryCount: number;
      error: string | null;
      nextAttemptAt: Date;
    },
    now: Date,
  ): Promise<void> {
    await this.db.query(
      `UPDATE snapshot_deliveries SET status = $3, retry_count = $4, last_error = $5, next_attempt_at = $6, updated_at = $7
       WHERE snapshot_pk = $1 AND endpoint_id = $2`,
      [
        snapshotPk,
        endpointId,
        outcome.status,
        outcome.retryCount,
        outcome.error,
        outcome.nextAttemptAt.toISOString(),
        now.toISOString(),
      ],
    );
  }

  async list(workspaceId: string, filter: { status?: string; limit: number }): Promise<Delivery[]> {
    const rows = await this.db.query<Row>(
      `SELECT d.*, s.snapshot_id, s.owner, s.repo, e.name AS endpoint_name FROM snapshot_deliveries d
       JOIN snapshots s ON s.id = d.snapshot_pk JOIN app_endpoints e ON e.id = d.endpoint_id
       WHERE s.workspace_id = $1 AND ($2::text IS NULL OR d.status = $2) ORDER BY d.updated_at DESC LIMIT $3`,
      [workspaceId, filter.status ?? null, filter.limit],
    );
    return rows.map((r) => ({
      snapshotPk: r.snapshot_pk as string,
      snapshotId: r.snapshot_id as string,
      repository: `${r.owner as string}/${r.repo as string}`,
      endpointId: r.endpoint_id as string,
      endpointName: r.endpoint_name as string,
      status: r.status as Delivery['status'],
      retryCount: Number(r.retry_count),
      lastError: (r.last_error as string | null) ?? null,
      nextAttemptAt: iso(r.next_attempt_at) ?? '',
      updatedAt: iso(r.updated_at) ?? '',
    }));
  }
}
