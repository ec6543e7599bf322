import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from './db.js';
import { iso, type Row } from './rows.js';

export type RegenerationStatus = 'queued' | 'running' | 'completed' | 'failed' | 'timed_out';
export type RepoStatus = 'queued' | 'dispatched' | 'completed' | 'failed';

export interface Regeneration {
  id: string;
  socId: string;
  status: RegenerationStatus;
  trigger: string;
  createdAt: string;
  deadlineAt: string;
  completedAt: string | null;
  error: string | null;
  repos: Array<{ repository: string; status: RepoStatus; error: string | null; runUrl: string | null }>;
}

const TERMINAL: readonly RegenerationStatus[] = ['completed', 'failed', 'timed_out'];

export type StartResult =
  | { kind: 'created'; run: Regeneration }
  | { kind: 'existing'; run: Regeneration }
  | { kind: 'limited'; run: Regeneration; retryAfterS: number };

/**
 * Regeneration runs and their repositories, entirely in the database: the per-SOC rate limit,
 * idempotency keys, claims and deadlines are rows and row locks, so any number of receiver
 * instances on one PostgreSQL act as one, and a restart loses nothing.
 */
export class RegenerationStore {
  constructor(private readonly db: Db) {}

  private async load(tx: Queryable, id: string): Promise<Regeneration | undefined> {
    const rows = await tx.query<Row>('SELECT * FROM regenerations WHERE id = $1', [id]);
    const row = rows[0];
    if (!row) return undefined;
    const repos = await tx.query<Row>(
      'SELECT * FROM regeneration_repos WHERE regeneration_id = $1 ORDER BY repository',
      [id],
    );
    return {
      id: row.id as string,
      socId: row.soc_id as string,
      status: row.status as RegenerationStatus,
      trigger: row.trigger as string,
      createdAt: iso(row.created_at) ?? '',
      deadlineAt: iso(row.deadline_at) ?? '',
      completedAt: iso(row.completed_at),
      error: (row.error as string | null) ?? null,
      repos: repos.map((r) => ({
        repository: r.repository as string,
        status: r.status as RepoStatus,
        error: (r.error as string | null) ?? null,
        runUrl: (r.run_url as string | null) ?? null,
      })),
    };
  }

  /** Starts a run unless the key was seen (same run) or the SOC had one within `minIntervalS` (429). */
  async start(input: {
    workspaceId: string;
    socId: string;
    repositories: readonly string[];
    idempotencyKey?: string;
    trigger: string;
    minIntervalS: number;
    timeoutS: number;
    now: Date;
  }): Promise<StartResult | undefined> {
    return this.db.transaction(async (tx) => {
      // The SOC row lock serializes every start for this SOC, across instances.
      const soc = await tx.query('SELECT id FROM socs WHERE id = $1 AND workspace_id = $2 FOR UPDATE', [
        input.socId,
        input.workspaceId,
      ]);
      if (soc.length === 0) return undefined;
      if (input.idempotencyKey) {
        const same = await tx.query<Row>('SELECT id FROM regenerations WHERE soc_id = $1 AND idempotency_key = $2', [
          input.socId,
          input.idempotencyKey,
        ]);
        if (same[0]) return { kind: 'existing', run: (await this.load(tx, same[0].id as string)) as Regeneration };
      }
      const latest = await tx.query<Row>(
        'SELECT id, created_at FROM regenerations WHERE soc_id = $1 ORDER BY created_at DESC LIMIT 1',
        [input.socId],
      );
      if (latest[0]) {
        const nextAllowed = new Date(latest[0].created_at as string).getTime() + input.minIntervalS * 1000;
        if (nextAllowed > input.now.getTime()) {
          return {
            kind: 'limited',
            run: (await this.load(tx, latest[0].id as string)) as Regeneration,
            retryAfterS: Math.ceil((nextAllowed - input.now.getTime()) / 1000),
          };
        }
      }
      const id = randomUUID();
      const now = input.now.toISOString();
      await tx.query(
        `INSERT INTO regenerations (id, soc_id, workspace_id, status, idempotency_key, trigger, created_at, deadline_at)
         VALUES ($1, $2, $3, 'queued', $4, $5, $6, $7)`,
        [
          id,
          input.socId,
          input.workspaceId,
          input.idempotencyKey ?? null,
          input.trigger,
          now,
          new Date(input.now.getTime() + input.timeoutS * 1000).toISOString(),
        ],
      );
      await tx.query(
        `INSERT INTO regeneration_repos (regeneration_id, repository, status, updated_at) SELECT $1, r, 'queued', $3 FROM unnest($2::text[]) AS r`,
        [id, [...input.repositories], now],
      );
      return { kind: 'created', run: (await this.load(tx, id)) as Regeneration };
    });
  }

  /** Takes a queued run for dispatching; undefined when another instance already took it. */
  async claim(id: string): Promise<Regeneration | undefined> {
    const rows = await this.db.query<Row>(
      `UPDATE regenerations SET status = 'running' WHERE id = $1 AND status = 'queued' RETURNING id`,
      [id],
    );
    return rows[0] ? this.load(this.db, id) : undefined;
  }

  /** Queued runs older than `olderThan` (their creator died before dispatching), claimed for this instance. */
  async claimStale(olderThan: Date): Promise<Regeneration[]> {
    const rows = await this.db.query<Row>(
      `UPDATE regenerations SET status = 'running' WHERE id IN (
         SELECT id FROM regenerations WHERE status = 'queued' AND created_at < $1 ORDER BY created_at LIMIT 20 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [olderThan.toISOString()],
    );
    const runs: Regeneration[] = [];
    for (const row of rows) {
      const run = await this.load(this.db, row.id as string);
      if (run) runs.push(run);
    }
    return runs;
  }

  async markRepo(
    id: string,
    repository: string,
    status: RepoStatus,
    now: Date,
    detail: { error?: string; runUrl?: string | null } = {},
  ): Promise<void> {
    await this.db.query(
      `UPDATE regeneration_repos SET status = $3, error = $4, run_url = COALESCE($5, run_url), updated_at = $6
       WHERE regeneration_id = $1 AND repository = $2 AND status <> 'completed'`,
      [id, repository, status, detail.error ?? null, detail.runUrl ?? null, now.toISOString()],
    );
  }

  /** A part arrived for `regenerationId`: that repository is done, and the run may be too. */
  async recordPart(
    socId: string,
    regenerationId: string,
    repository: string,
    runUrl: string | null,
    now: Date,
  ): Promise<void> {
    const run = await this.db.query<Row>('SELECT status FROM regenerations WHERE id = $1 AND soc_id = $2', [
      regenerationId,
      socId,
    ]);
    if (!run[0] || TERMINAL.includes(run[0].status as RegenerationStatus)) return;
    await this.markRepo(regenerationId, repository, 'completed', now, { runUrl });
    await this.settle(regenerationId, now);
  }

  /**
   * Brings a run's status up to date from its repositories and its deadline: completed when every
   * repository reported; failed when the rest reported but a dispatch failed; timed_out, naming
   * the repositories that did not report, once the deadline passed.
   */
  async settle(id: string, now: Date): Promise<Regeneration | undefined> {
    return this.db.transaction(async (tx) => {
      const locked = await tx.query<Row>('SELECT status, deadline_at FROM regenerations WHERE id = $1 FOR UPDATE', [
        id,
      ]);
      const row = locked[0];
      if (!row) return undefined;
      const run = (await this.load(tx, id)) as Regeneration;
      if (TERMINAL.includes(run.status)) return run;
      const pending = run.repos.filter((r) => r.status === 'queued' || r.status === 'dispatched');
      const failed = run.repos.filter((r) => r.status === 'failed');
      let status: RegenerationStatus | undefined;
      let error: string | null = null;
      if (pending.length === 0 && failed.length === 0) status = 'completed';
      else if (pending.length === 0) {
        status = 'failed';
        error = `Could not regenerate ${failed.map((r) => `${r.repository} (${r.error ?? 'failed'})`).join('; ')}`;
      } else if (new Date(row.deadline_at as string).getTime() <= now.getTime()) {
        status = 'timed_out';
        error = `No part arrived before the deadline from ${pending.map((r) => r.repository).join(', ')}`;
      }
      if (!status) return run;
      await tx.query('UPDATE regenerations SET status = $2, error = $3, completed_at = $4 WHERE id = $1', [
        id,
        status,
        error,
        now.toISOString(),
      ]);
      return this.load(tx, id);
    });
  }

  async get(workspaceId: string, socId: string, id: string, now: Date): Promise<Regeneration | undefined> {
    const rows = await this.db.query(
      'SELECT id FROM regenerations WHERE id = $1 AND soc_id = $2 AND workspace_id = $3',
      [id, socId, workspaceId],
    );
    if (rows.length === 0) return undefined;
    return this.settle(id, now);
  }

  /** Open runs past their deadline, settled (timed out) by whichever instance sweeps first. */
  async sweepOverdue(now: Date): Promise<number> {
    const rows = await this.db.query<Row>(
      `SELECT id FROM regenerations WHERE status IN ('queued', 'running') AND deadline_at <= $1`,
      [now.toISOString()],
    );
    for (const row of rows) await this.settle(row.id as string, now);
    return rows.length;
  }

  async list(workspaceId: string, socId: string, limit = 20): Promise<Regeneration[]> {
    const rows = await this.db.query<Row>(
      'SELECT id FROM regenerations WHERE soc_id = $1 AND workspace_id = $2 ORDER BY created_at DESC LIMIT $3',
      [socId, workspaceId, limit],
    );
    const runs: Regeneration[] = [];
    for (const row of rows) {
      const run = await this.load(this.db, row.id as string);
      if (run) runs.push(run);
    }
    return runs;
  }
}
