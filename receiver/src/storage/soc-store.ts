import { randomUUID } from 'node:crypto';
import type { SocPartInput } from '../../../src/wire/soc.js';
import { composeSoc } from '../services/compose-soc.js';
import type { Db, Queryable } from './db.js';
import { iso, type Row } from './rows.js';

export interface Soc {
  id: string;
  workspaceId: string;
  name: string;
  type: 'overview';
  repositories: string[];
  options: Record<string, unknown>;
  lastGeneratedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SocVersion {
  version: number;
  markdown: string;
  document: Record<string, unknown>;
  contentHash: string;
  createdAt: string;
}

function toSoc(row: Row): Soc {
  return {
    id: row.id as string,
    workspaceId: row.workspace_id as string,
    name: row.name as string,
    type: row.type as 'overview',
    repositories: row.repositories as string[],
    options: (row.options as Record<string, unknown>) ?? {},
    lastGeneratedAt: iso(row.last_generated_at),
    createdAt: iso(row.created_at) ?? '',
    updatedAt: iso(row.updated_at) ?? '',
  };
}

function toVersion(row: Row): SocVersion {
  return {
    version: Number(row.version),
    markdown: row.markdown as string,
    document: row.document as Record<string, unknown>,
    contentHash: row.content_hash as string,
    createdAt: iso(row.created_at) ?? '',
  };
}

/** SOC configs, their parts and their version history. Every lookup is scoped to a workspace. */
export class SocStore {
  constructor(private readonly db: Db) {}

  async create(
    workspaceId: string,
    input: { name: string; repositories: string[]; options?: Record<string, unknown> },
  ): Promise<Soc> {
    const rows = await this.db.query(
      `INSERT INTO socs (id, workspace_id, name, repositories, options) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [
        randomUUID(),
        workspaceId,
        input.name,
        [...new Set(input.repositories)].sort(),
        JSON.stringify(input.options ?? {}),
      ],
    );
    return toSoc(rows[0] as Row);
  }

  async list(workspaceId: string): Promise<Soc[]> {
    return (await this.db.query('SELECT * FROM socs WHERE workspace_id = $1 ORDER BY name, id', [workspaceId])).map(
      toSoc,
    );
  }

  async get(workspaceId: string, id: string, tx: Queryable = this.db): Promise<Soc | undefined> {
    const rows = await tx.query('SELECT * FROM socs WHERE id = $1 AND workspace_id = $2', [id, workspaceId]);
    return rows[0] ? toSoc(rows[0]) : undefined;
  }

  /** Updates a SOC; a change of repositories recomposes the document (the missing list changes). */
  async update(
    workspaceId: string,
    id: string,
    patch: { name?: string; repositories?: string[]; options?: Record<string, unknown> },
    now: Date,
  ): Promise<Soc | undefined> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query(
        `UPDATE socs SET name = COALESCE($3, name), repositories = COALESCE($4, repositories),
           options = COALESCE($5::jsonb, options), updated_at = $6
         WHERE id = $1 AND workspace_id = $2 RETURNING *`,
        [
          id,
          workspaceId,
          patch.name ?? null,
          patch.repositories ? [...new Set(patch.repositories)].sort() : null,
          patch.options ? JSON.stringify(patch.options) : null,
          now.toISOString(),
        ],
      );
      if (!rows[0]) return undefined;
      const soc = toSoc(rows[0]);
      if (patch.repositories || patch.name) await this.recompose(tx, soc, now);
      return soc;
    });
  }

  /** Every SOC, in any workspace, that covers `repository` (owner/name, compared case-insensitively). */
  async coveringRepository(repository: string): Promise<Soc[]> {
    const rows = await this.db.query(
      `SELECT * FROM socs WHERE EXISTS (SELECT 1 FROM unnest(repositories) r WHERE lower(r) = lower($1)) ORDER BY created_at, id`,
      [repository],
    );
    return rows.map(toSoc);
  }

  /** Asks for a regeneration at `at` (keeping an earlier request if one is pending). */
  async deferRegeneration(id: string, at: Date): Promise<string> {
    const rows = await this.db.query<Row>(
      `UPDATE socs SET regenerate_after = LEAST(COALESCE(regenerate_after, $2), $2) WHERE id = $1 RETURNING regenerate_after`,
      [id, at.toISOString()],
    );
    return iso(rows[0]?.regenerate_after) ?? at.toISOString();
  }

  /** SOCs whose deferred regeneration is due, claimed (cleared) for this instance. */
  async claimDeferred(now: Date): Promise<Soc[]> {
    const rows = await this.db.query(
      `UPDATE socs SET regenerate_after = NULL WHERE id IN (
         SELECT id FROM socs WHERE regenerate_after <= $1 ORDER BY regenerate_after LIMIT 20 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [now.toISOString()],
    );
    return rows.map(toSoc);
  }

  async remove(workspaceId: string, id: string): Promise<boolean> {
    return (
      (await this.db.query('DELETE FROM socs WHERE id = $1 AND workspace_id = $2 RETURNING id', [id, workspaceId]))
        .length > 0
    );
  }

  /**
   * Stores a repository's part and recomposes the document; a new version is written only when
   * the content changed. The SOC row is locked, so concurrent parts (several instances) number
   * versions without gaps or duplicates.
   */
  async putPart(
    workspaceId: string,
    id: string,
    repository: string,
    part: SocPartInput,
    now: Date,
  ): Promise<{ soc: Soc; version: number | null; changed: boolean } | undefined> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query('SELECT * FROM socs WHERE id = $1 AND workspace_id = $2 FOR UPDATE', [
        id,
        workspaceId,
      ]);
      if (!rows[0]) return undefined;
      const soc = toSoc(rows[0]);
      await tx.query(
        `INSERT INTO soc_parts (soc_id, repository, analysis, markdown, commit_sha, regeneration_id, run_url, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (soc_id, repository) DO UPDATE SET analysis = EXCLUDED.analysis, markdown = EXCLUDED.markdown,
           commit_sha = EXCLUDED.commit_sha, regeneration_id = EXCLUDED.regeneration_id, run_url = EXCLUDED.run_url,
           received_at = EXCLUDED.received_at`,
        [
          id,
          repository,
          JSON.stringify(part.analysis),
          part.markdown,
          part.commitSha ?? null,
          part.regenerationId ?? null,
          part.runUrl ?? null,
          now.toISOString(),
        ],
      );
      const result = await this.recompose(tx, soc, now);
      return { soc, ...result };
    });
  }

  private async recompose(tx: Queryable, soc: Soc, now: Date): Promise<{ version: number | null; changed: boolean }> {
    const parts = await tx.query<Row>('SELECT * FROM soc_parts WHERE soc_id = $1', [soc.id]);
    // A document exists once a repository has reported; renaming an empty SOC writes no version.
    if (parts.length === 0) return { version: null, changed: false };
    const composed = composeSoc({
      soc,
      parts: parts.map((p) => ({
        repository: p.repository as string,
        markdown: p.markdown as string,
        analysis: p.analysis as Record<string, unknown>,
        commitSha: (p.commit_sha as string | null) ?? null,
        runUrl: (p.run_url as string | null) ?? null,
      })),
    });
    const latest = (
      await tx.query<Row>(
        'SELECT version, content_hash FROM soc_versions WHERE soc_id = $1 ORDER BY version DESC LIMIT 1',
        [soc.id],
      )
    )[0];
    if (latest && latest.content_hash === composed.contentHash)
      return { version: Number(latest.version), changed: false };
    const version = latest ? Number(latest.version) + 1 : 1;
    await tx.query(
      'INSERT INTO soc_versions (soc_id, version, markdown, document, content_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [soc.id, version, composed.markdown, JSON.stringify(composed.json), composed.contentHash, now.toISOString()],
    );
    await tx.query('UPDATE socs SET last_generated_at = $2 WHERE id = $1', [soc.id, now.toISOString()]);
    return { version, changed: true };
  }

  async versions(socId: string): Promise<Array<Omit<SocVersion, 'markdown' | 'document'>>> {
    const rows = await this.db.query<Row>(
      'SELECT version, content_hash, created_at FROM soc_versions WHERE soc_id = $1 ORDER BY version DESC',
      [socId],
    );
    return rows.map((r) => ({
      version: Number(r.version),
      contentHash: r.content_hash as string,
      createdAt: iso(r.created_at) ?? '',
    }));
  }

  async version(socId: string, version?: number): Promise<SocVersion | undefined> {
    const rows =
      version === undefined
        ? await this.db.query<Row>('SELECT * FROM soc_versions WHERE soc_id = $1 ORDER BY version DESC LIMIT 1', [
            socId,
          ])
        : await this.db.query<Row>('SELECT * FROM soc_versions WHERE soc_id = $1 AND version = $2', [socId, version]);
    return rows[0] ? toVersion(rows[0]) : undefined;
  }

  async parts(socId: string): Promise<
    Array<{
      repository: string;
      commitSha: string | null;
      regenerationId: string | null;
      runUrl: string | null;
      receivedAt: string;
    }>
  > {
    const rows = await this.db.query<Row>(
      'SELECT repository, commit_sha, regeneration_id, run_url, received_at FROM soc_parts WHERE soc_id = $1 ORDER BY repository',
      [socId],
    );
    return rows.map((r) => ({
      repository: r.repository as string,
      commitSha: (r.commit_sha as string | null) ?? null,
      regenerationId: (r.regeneration_id as string | null) ?? null,
      runUrl: (r.run_url as string | null) ?? null,
      receivedAt: iso(r.received_at) ?? '',
    }));
  }
}
