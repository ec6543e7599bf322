import { randomUUID } from 'node:crypto';
import { composeSoc } from '../services/compose-soc.js';
import { iso } from './rows.js';
function toSoc(row) {
    return {
        id: row.id,
        workspaceId: row.workspace_id,
        name: row.name,
        type: row.type,
        repositories: row.repositories,
        options: row.options ?? {},
        lastGeneratedAt: iso(row.last_generated_at),
        createdAt: iso(row.created_at) ?? '',
        updatedAt: iso(row.updated_at) ?? '',
    };
}
function toVersion(row) {
    return {
        version: Number(row.version),
        markdown: row.markdown,
        document: row.document,
        contentHash: row.content_hash,
        createdAt: iso(row.created_at) ?? '',
    };
}
/** SOC configs, their parts and their version history. Every lookup is scoped to a workspace. */
export class SocStore {
    db;
    constructor(db) {
        this.db = db;
    }
    async create(workspaceId, input) {
        const rows = await this.db.query(`INSERT INTO socs (id, workspace_id, name, repositories, options) VALUES ($1, $2, $3, $4, $5) RETURNING *`, [
            randomUUID(),
            workspaceId,
            input.name,
            [...new Set(input.repositories)].sort(),
            JSON.stringify(input.options ?? {}),
        ]);
        return toSoc(rows[0]);
    }
    async list(workspaceId) {
        return (await this.db.query('SELECT * FROM socs WHERE workspace_id = $1 ORDER BY name, id', [workspaceId])).map(toSoc);
    }
    async get(workspaceId, id, tx = this.db) {
        const rows = await tx.query('SELECT * FROM socs WHERE id = $1 AND workspace_id = $2', [id, workspaceId]);
        return rows[0] ? toSoc(rows[0]) : undefined;
    }
    /** Updates a SOC; a change of repositories recomposes the document (the missing list changes). */
    async update(workspaceId, id, patch, now) {
        return this.db.transaction(async (tx) => {
            const rows = await tx.query(`UPDATE socs SET name = COALESCE($3, name), repositories = COALESCE($4, repositories),
           options = COALESCE($5::jsonb, options), updated_at = $6
         WHERE id = $1 AND workspace_id = $2 RETURNING *`, [
                id,
                workspaceId,
                patch.name ?? null,
                patch.repositories ? [...new Set(patch.repositories)].sort() : null,
                patch.options ? JSON.stringify(patch.options) : null,
                now.toISOString(),
            ]);
            if (!rows[0])
                return undefined;
            const soc = toSoc(rows[0]);
            if (patch.repositories || patch.name)
                await this.recompose(tx, soc, now);
            return soc;
        });
    }
    /** Every SOC, in any workspace, that covers `repository` (owner/name, compared case-insensitively). */
    async coveringRepository(repository) {
        const rows = await this.db.query(`SELECT * FROM socs WHERE EXISTS (SELECT 1 FROM unnest(repositories) r WHERE lower(r) = lower($1)) ORDER BY created_at, id`, [repository]);
        return rows.map(toSoc);
    }
    /** Asks for a regeneration at `at` (keeping an earlier request if one is pending). */
    async deferRegeneration(id, at) {
        const rows = await this.db.query(`UPDATE socs SET regenerate_after = LEAST(COALESCE(regenerate_after, $2), $2) WHERE id = $1 RETURNING regenerate_after`, [id, at.toISOString()]);
        return iso(rows[0]?.regenerate_after) ?? at.toISOString();
    }
    /** SOCs whose deferred regeneration is due, claimed (cleared) for this instance. */
    async claimDeferred(now) {
        const rows = await this.db.query(`UPDATE socs SET regenerate_after = NULL WHERE id IN (
         SELECT id FROM socs WHERE regenerate_after <= $1 ORDER BY regenerate_after LIMIT 20 FOR UPDATE SKIP LOCKED)
       RETURNING *`, [now.toISOString()]);
        return rows.map(toSoc);
    }
    async remove(workspaceId, id) {
        return ((await this.db.query('DELETE FROM socs WHERE id = $1 AND workspace_id = $2 RETURNING id', [id, workspaceId]))
            .length > 0);
    }
    /**
     * Stores a repository's part and recomposes the document; a new version is written only when
     * the content changed. The SOC row is locked, so concurrent parts (several instances) number
     * versions without gaps or duplicates.
     */
    async putPart(workspaceId, id, repository, part, now) {
        return this.db.transaction(async (tx) => {
            const rows = await tx.query('SELECT * FROM socs WHERE id = $1 AND workspace_id = $2 FOR UPDATE', [
                id,
                workspaceId,
            ]);
            if (!rows[0])
                return undefined;
            const soc = toSoc(rows[0]);
            await tx.query(`INSERT INTO soc_parts (soc_id, repository, analysis, markdown, commit_sha, regeneration_id, run_url, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (soc_id, repository) DO UPDATE SET analysis = EXCLUDED.analysis, markdown = EXCLUDED.markdown,
           commit_sha = EXCLUDED.commit_sha, regeneration_id = EXCLUDED.regeneration_id, run_url = EXCLUDED.run_url,
           received_at = EXCLUDED.received_at`, [
                id,
                repository,
                JSON.stringify(part.analysis),
                part.markdown,
                part.commitSha ?? null,
                part.regenerationId ?? null,
                part.runUrl ?? null,
                now.toISOString(),
            ]);
            const result = await this.recompose(tx, soc, now);
            return { soc, ...result };
        });
    }
    async recompose(tx, soc, now) {
        const parts = await tx.query('SELECT * FROM soc_parts WHERE soc_id = $1', [soc.id]);
        // A document exists once a repository has reported; renaming an empty SOC writes no version.
        if (parts.length === 0)
            return { version: null, changed: false };
        const composed = composeSoc({
            soc,
            parts: parts.map((p) => ({
                repository: p.repository,
                markdown: p.markdown,
                analysis: p.analysis,
                commitSha: p.commit_sha ?? null,
                runUrl: p.run_url ?? null,
            })),
        });
        const latest = (await tx.query('SELECT version, content_hash FROM soc_versions WHERE soc_id = $1 ORDER BY version DESC LIMIT 1', [soc.id]))[0];
        if (latest && latest.content_hash === composed.contentHash)
            return { version: Number(latest.version), changed: false };
        const version = latest ? Number(latest.version) + 1 : 1;
        await tx.query('INSERT INTO soc_versions (soc_id, version, markdown, document, content_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [soc.id, version, composed.markdown, JSON.stringify(composed.json), composed.contentHash, now.toISOString()]);
        await tx.query('UPDATE socs SET last_generated_at = $2 WHERE id = $1', [soc.id, now.toISOString()]);
        return { version, changed: true };
    }
    async versions(socId) {
        const rows = await this.db.query('SELECT version, content_hash, created_at FROM soc_versions WHERE soc_id = $1 ORDER BY version DESC', [socId]);
        return rows.map((r) => ({
            version: Number(r.version),
            contentHash: r.content_hash,
            createdAt: iso(r.created_at) ?? '',
        }));
    }
    async version(socId, version) {
        const rows = version === undefined
            ? await this.db.query('SELECT * FROM soc_versions WHERE soc_id = $1 ORDER BY version DESC LIMIT 1', [
                socId,
            ])
            : await this.db.query('SELECT * FROM soc_versions WHERE soc_id = $1 AND version = $2', [socId, version]);
        return rows[0] ? toVersion(rows[0]) : undefined;
    }
    async parts(socId) {
        const rows = await this.db.query('SELECT repository, commit_sha, regeneration_id, run_url, received_at FROM soc_parts WHERE soc_id = $1 ORDER BY repository', [socId]);
        return rows.map((r) => ({
            repository: r.repository,
            commitSha: r.commit_sha ?? null,
            regenerationId: r.regeneration_id ?? null,
            runUrl: r.run_url ?? null,
            receivedAt: iso(r.received_at) ?? '',
        }));
    }
}
