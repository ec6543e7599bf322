import { randomUUID } from 'node:crypto';
import { iso } from './rows.js';
const TERMINAL = ['completed', 'failed', 'timed_out'];
/**
 * Regeneration runs and their repositories, entirely in the database: the per-SOC rate limit,
 * idempotency keys, claims and deadlines are rows and row locks, so any number of receiver
 * instances on one PostgreSQL act as one, and a restart loses nothing.
 */
export class RegenerationStore {
    db;
    constructor(db) {
        this.db = db;
    }
    async load(tx, id) {
        const rows = await tx.query('SELECT * FROM regenerations WHERE id = $1', [id]);
        const row = rows[0];
        if (!row)
            return undefined;
        const repos = await tx.query('SELECT * FROM regeneration_repos WHERE regeneration_id = $1 ORDER BY repository', [id]);
        return {
            id: row.id,
            socId: row.soc_id,
            status: row.status,
            trigger: row.trigger,
            createdAt: iso(row.created_at) ?? '',
            deadlineAt: iso(row.deadline_at) ?? '',
            completedAt: iso(row.completed_at),
            error: row.error ?? null,
            repos: repos.map((r) => ({
                repository: r.repository,
                status: r.status,
                error: r.error ?? null,
                runUrl: r.run_url ?? null,
            })),
        };
    }
    /** Starts a run unless the key was seen (same run) or the SOC had one within `minIntervalS` (429). */
    async start(input) {
        return this.db.transaction(async (tx) => {
            // The SOC row lock serializes every start for this SOC, across instances.
            const soc = await tx.query('SELECT id FROM socs WHERE id = $1 AND workspace_id = $2 FOR UPDATE', [
                input.socId,
                input.workspaceId,
            ]);
            if (soc.length === 0)
                return undefined;
            if (input.idempotencyKey) {
                const same = await tx.query('SELECT id FROM regenerations WHERE soc_id = $1 AND idempotency_key = $2', [
                    input.socId,
                    input.idempotencyKey,
                ]);
                if (same[0])
                    return { kind: 'existing', run: (await this.load(tx, same[0].id)) };
            }
            const latest = await tx.query('SELECT id, created_at FROM regenerations WHERE soc_id = $1 ORDER BY created_at DESC LIMIT 1', [input.socId]);
            if (latest[0]) {
                const nextAllowed = new Date(latest[0].created_at).getTime() + input.minIntervalS * 1000;
                if (nextAllowed > input.now.getTime()) {
                    return {
                        kind: 'limited',
                        run: (await this.load(tx, latest[0].id)),
                        retryAfterS: Math.ceil((nextAllowed - input.now.getTime()) / 1000),
                    };
                }
            }
            const id = randomUUID();
            const now = input.now.toISOString();
            await tx.query(`INSERT INTO regenerations (id, soc_id, workspace_id, status, idempotency_key, trigger, created_at, deadline_at)
         VALUES ($1, $2, $3, 'queued', $4, $5, $6, $7)`, [
                id,
                input.socId,
                input.workspaceId,
                input.idempotencyKey ?? null,
                input.trigger,
                now,
                new Date(input.now.getTime() + input.timeoutS * 1000).toISOString(),
            ]);
            await tx.query(`INSERT INTO regeneration_repos (regeneration_id, repository, status, updated_at) SELECT $1, r, 'queued', $3 FROM unnest($2::text[]) AS r`, [id, [...input.repositories], now]);
            return { kind: 'created', run: (await this.load(tx, id)) };
        });
    }
    /** Takes a queued run for dispatching; undefined when another instance already took it. */
    async claim(id) {
        const rows = await this.db.query(`UPDATE regenerations SET status = 'running' WHERE id = $1 AND status = 'queued' RETURNING id`, [id]);
        return rows[0] ? this.load(this.db, id) : undefined;
    }
    /** Queued runs older than `olderThan` (their creator died before dispatching), claimed for this instance. */
    async claimStale(olderThan) {
        const rows = await this.db.query(`UPDATE regenerations SET status = 'running' WHERE id IN (
         SELECT id FROM regenerations WHERE status = 'queued' AND created_at < $1 ORDER BY created_at LIMIT 20 FOR UPDATE SKIP LOCKED)
       RETURNING id`, [olderThan.toISOString()]);
        const runs = [];
        for (const row of rows) {
            const run = await this.load(this.db, row.id);
            if (run)
                runs.push(run);
        }
        return runs;
    }
    async markRepo(id, repository, status, now, detail = {}) {
        await this.db.query(`UPDATE regeneration_repos SET status = $3, error = $4, run_url = COALESCE($5, run_url), updated_at = $6
       WHERE regeneration_id = $1 AND repository = $2 AND status <> 'completed'`, [id, repository, status, detail.error ?? null, detail.runUrl ?? null, now.toISOString()]);
    }
    /** A part arrived for `regenerationId`: that repository is done, and the run may be too. */
    async recordPart(socId, regenerationId, repository, runUrl, now) {
        const run = await this.db.query('SELECT status FROM regenerations WHERE id = $1 AND soc_id = $2', [
            regenerationId,
            socId,
        ]);
        if (!run[0] || TERMINAL.includes(run[0].status))
            return;
        await this.markRepo(regenerationId, repository, 'completed', now, { runUrl });
        await this.settle(regenerationId, now);
    }
    /**
     * Brings a run's status up to date from its repositories and its deadline: completed when every
     * repository reported; failed when the rest reported but a dispatch failed; timed_out, naming
     * the repositories that did not report, once the deadline passed.
     */
    async settle(id, now) {
        return this.db.transaction(async (tx) => {
            const locked = await tx.query('SELECT status, deadline_at FROM regenerations WHERE id = $1 FOR UPDATE', [
                id,
            ]);
            const row = locked[0];
            if (!row)
                return undefined;
            const run = (await this.load(tx, id));
            if (TERMINAL.includes(run.status))
                return run;
            const pending = run.repos.filter((r) => r.status === 'queued' || r.status === 'dispatched');
            const failed = run.repos.filter((r) => r.status === 'failed');
            let status;
            let error = null;
            if (pending.length === 0 && failed.length === 0)
                status = 'completed';
            else if (pending.length === 0) {
                status = 'failed';
                error = `Could not regenerate ${failed.map((r) => `${r.repository} (${r.error ?? 'failed'})`).join('; ')}`;
            }
            else if (new Date(row.deadline_at).getTime() <= now.getTime()) {
                status = 'timed_out';
                error = `No part arrived before the deadline from ${pending.map((r) => r.repository).join(', ')}`;
            }
            if (!status)
                return run;
            await tx.query('UPDATE regenerations SET status = $2, error = $3, completed_at = $4 WHERE id = $1', [
                id,
                status,
                error,
                now.toISOString(),
            ]);
            return this.load(tx, id);
        });
    }
    async get(workspaceId, socId, id, now) {
        const rows = await this.db.query('SELECT id FROM regenerations WHERE id = $1 AND soc_id = $2 AND workspace_id = $3', [id, socId, workspaceId]);
        if (rows.length === 0)
            return undefined;
        return this.settle(id, now);
    }
    /** Open runs past their deadline, settled (timed out) by whichever instance sweeps first. */
    async sweepOverdue(now) {
        const rows = await this.db.query(`SELECT id FROM regenerations WHERE status IN ('queued', 'running') AND deadline_at <= $1`, [now.toISOString()]);
        for (const row of rows)
            await this.settle(row.id, now);
        return rows.length;
    }
    async list(workspaceId, socId, limit = 20) {
        const rows = await this.db.query('SELECT id FROM regenerations WHERE soc_id = $1 AND workspace_id = $2 ORDER BY created_at DESC LIMIT $3', [socId, workspaceId, limit]);
        const runs = [];
        for (const row of rows) {
            const run = await this.load(this.db, row.id);
            if (run)
                runs.push(run);
        }
        return runs;
    }
}
