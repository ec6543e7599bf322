import { randomBytes, randomUUID } from 'node:crypto';
import { apiKeyPrefix, generateApiKey, hashApiKey, type Scope } from '../services/api-key.js';
import type { Db, Queryable } from './db.js';
import type { ApiKeyRecord, NewSnapshot, SnapshotRecord, StoredFile, Workspace } from './storage.js';
import { iso, type Row } from './rows.js';

function toWorkspace(row: Row): Workspace {
  return {
    id: row.id as string,
    name: row.name as string,
    signingSecret: (row.signing_secret as string | null) ?? null,
    createdAt: iso(row.created_at) ?? '',
  };
}

function toApiKey(row: Row): ApiKeyRecord {
  return {
    id: row.id as string,
    workspaceId: row.workspace_id as string,
    name: row.name as string,
    prefix: row.key_prefix as string,
    scopes: row.scopes as Scope[],
    expiresAt: iso(row.expires_at),
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
    createdAt: iso(row.created_at) ?? '',
  };
}

function toSnapshot(row: Row): SnapshotRecord {
  return {
    id: row.id as string,
    snapshotId: row.snapshot_id as string,
    owner: row.owner as string,
    repo: row.repo as string,
    repositoryId: row.repository_id as string,
    githubUrl: row.github_url as string,
    event: row.event as SnapshotRecord['event'],
    commitSha: (row.commit_sha as string | null) ?? null,
    baseCommitSha: (row.base_commit_sha as string | null) ?? null,
    branch: (row.branch as string | null) ?? null,
    scannedAt: iso(row.scanned_at) ?? '',
    receivedAt: iso(row.received_at) ?? '',
    fileCount: Number(row.file_count),
    changeCount: Number(row.change_count),
  };
}

/**
 * The receiver's storage: plain SQL that runs unchanged on PGlite and PostgreSQL. Nothing that
 * matters is kept in process memory, so several instances on one database behave as one.
 */
export class SqlStorage {
  constructor(readonly db: Db) {}

  // ---- workspaces -------------------------------------------------------------------------

  async ensureWorkspace(name: string): Promise<Workspace> {
    const rows = await this.db.query(
      `INSERT INTO workspaces (id, name, fingerprint_key) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING *`,
      [randomUUID(), name, randomBytes(32).toString('base64')],
    );
    return toWorkspace(rows[0] as Row);
  }

  async getWorkspace(id: string): Promise<Workspace | undefined> {
    const rows = await this.db.query('SELECT * FROM workspaces WHERE id = $1', [id]);
    return rows[0] ? toWorkspace(rows[0]) : undefined;
  }

  async findWorkspaceByName(name: string): Promise<Workspace | undefined> {
    const rows = await this.db.query('SELECT * FROM workspaces WHERE name = $1', [name]);
    return rows[0] ? toWorkspace(rows[0]) : undefined;
  }

  async setSigningSecret(workspaceId: string, secret: string | null): Promise<void> {
    await this.db.query('UPDATE workspaces SET signing_secret = $2 WHERE id = $1', [workspaceId, secret]);
  }

  // ---- API keys ---------------------------------------------------------------------------

  /** Creates a key and returns it in full, the only time it exists outside its hash. */
  async createApiKey(input: {
    workspaceId: string;
    name: string;
    scopes: Scope[];
    expiresAt?: string | null;
  }): Promise<{ key: string; record: ApiKeyRecord }> {
    const key = generateApiKey();
    const rows = await this.db.query(
      `INSERT INTO api_keys (id, workspace_id, name, key_hash, key_prefix, scopes, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [
        randomUUID(),
        input.workspaceId,
        input.name,
        hashApiKey(key),
        apiKeyPrefix(key),
        input.scopes,
        input.expiresAt ?? null,
      ],
    );
    return { key, record: toApiKey(rows[0] as Row) };
  }

  async listApiKeys(workspaceId: string): Promise<ApiKeyRecord[]> {
    const rows = await this.db.query('SELECT * FROM api_keys WHERE workspace_id = $1 ORDER BY created_at, id', [
      workspaceId,
    ]);
    return rows.map(toApiKey);
  }

  /** Revokes a key of `workspaceId`; false when there is no such key in that workspace. */
  async revokeApiKey(id: string, workspaceId: string | undefined, now: Date): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $3)
       WHERE id = $1 AND ($2::text IS NULL OR workspace_id = $2) RETURNING id`,
      [id, workspaceId ?? null, now.toISOString()],
    );
    return rows.length > 0;
  }

  /** The live key with this hash (not revoked, not expired), marking it used at most once a minute. */
  async authenticate(keyHash: string, now: Date): Promise<ApiKeyRecord | undefined> {
    const rows = await this.db.query(
      `SELECT * FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
      [keyHash, now.toISOString()],
    );
    const row = rows[0];
    if (!row) return undefined;
    await this.db.query(
      `UPDATE api_keys SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '60 seconds')`,
      [row.id, now.toISOString()],
    );
    return toApiKey(row);
  }

  // ---- snapshots --------------------------------------------------------------------------

  /** Records one part of a multi-part upload (idempotent) and returns how many distinct parts are in. */
  async addSnapshotPart(
    workspaceId: string,
    snapshotId: string,
    part: number,
    parts: number,
    body: string,
  ): Promise<number> {
    // Uploads abandoned for a day (a sender that restarted under a new snapshot_id after a 413) are dropped.
    await this.db.query(`DELETE FROM snapshot_uploads WHERE received_at < now() - interval '1 day'`);
    await this.db.query(
      `INSERT INTO snapshot_uploads (workspace_id, snapshot_id, part, parts, body) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (workspace_id, snapshot_id, part) DO NOTHING`,
      [workspaceId, snapshotId, part, parts, body],
    );
    const rows = await this.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM snapshot_uploads WHERE workspace_id = $1 AND snapshot_id = $2',
      [workspaceId, snapshotId],
    );
    return rows[0]?.n ?? 0;
  }

  async snapshotParts(tx: Queryable, workspaceId: string, snapshotId: string): Promise<string[]> {
    const rows = await tx.query<{ body: string }>(
      'SELECT body FROM snapshot_uploads WHERE workspace_id = $1 AND snapshot_id = $2 ORDER BY part',
      [workspaceId, snapshotId],
    );
    return rows.map((r) => r.body);
  }

  async findSnapshot(tx: Queryable, workspaceId: string, snapshotId: string): Promise<SnapshotRecord | undefined> {
    const rows = await tx.query('SELECT * FROM snapshots WHERE workspace_id = $1 AND snapshot_id = $2', [
      workspaceId,
      snapshotId,
    ]);
    return rows[0] ? toSnapshot(rows[0]) : undefined;
  }

  async latestSnapshot(
    tx: Queryable,
    workspaceId: string,
    owner: string,
    repo: string,
  ): Promise<SnapshotRecord | undefined> {
    const rows = await tx.query(
      `SELECT * FROM snapshots WHERE workspace_id = $1 AND owner = $2 AND repo = $3 ORDER BY received_at DESC, id DESC LIMIT 1`,
      [workspaceId, owner, repo],
    );
    return rows[0] ? toSnapshot(rows[0]) : undefined;
  }

  async snapshotFiles(tx: Queryable, snapshotPk: string): Promise<StoredFile[]> {
    const rows = await tx.query<Row>(
      'SELECT path, type, sha, size, skipped FROM snapshot_files WHERE snapshot_pk = $1 ORDER BY path',
      [snapshotPk],
    );
    return rows.map((r) => ({
      path: r.path as string,
      type: r.type as string,
      sha: (r.sha as string | null) ?? null,
      size: Number(r.size),
      skipped: (r.skipped as string | null) ?? null,
    }));
  }

  /** Stores a complete snapshot, its file list and new blobs, in the caller's transaction. */
  async insertSnapshot(tx: Queryable, workspaceId: string, snapshot: NewSnapshot): Promise<SnapshotRecord> {
    const id = randomUUID();
    const rows = await tx.query(
      `INSERT INTO snapshots (id, workspace_id, snapshot_id, owner, repo, repository_id, github_url, event, commit_sha,
         base_commit_sha, branch, scanned_at, file_count, change_count)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14) RETURNING *`,
      [
        id,
        workspaceId,
        snapshot.snapshotId,
        snapshot.owner,
        snapshot.repo,
        snapshot.repositoryId,
        snapshot.githubUrl,
        snapshot.event,
        snapshot.commitSha,
        snapshot.baseCommitSha,
        snapshot.branch,
        snapshot.scannedAt,
        snapshot.fileCount,
        snapshot.changeCount,
      ],
    );
    const files = snapshot.files;
    for (let i = 0; i < files.length; i += 5000) {
      const batch = files.slice(i, i + 5000);
      await tx.query(
        `INSERT INTO snapshot_files (snapshot_pk, path, type, sha, size, skipped)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[])`,
        [
          id,
          batch.map((f) => f.path),
          batch.map((f) => f.type),
          batch.map((f) => f.sha),
          batch.map((f) => f.size),
          batch.map((f) => f.skipped),
        ],
      );
    }
    for (let i = 0; i < snapshot.blobs.length; i += 500) {
      const batch = snapshot.blobs.slice(i, i + 500);
      await tx.query(
        `INSERT INTO blobs (workspace_id, sha, size, content)
         SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::text[]) ON CONFLICT (workspace_id, sha) DO NOTHING`,
        [workspaceId, batch.map((b) => b.sha), batch.map((b) => b.size), batch.map((b) => b.content)],
      );
    }
    await tx.query('DELETE FROM snapshot_uploads WHERE workspace_id = $1 AND snapshot_id = $2', [
      workspaceId,
      snapshot.snapshotId,
    ]);
    return toSnapshot(rows[0] as Row);
  }

  /** A stored snapshot in full: its record and every file with its content where a blob holds it. */
  async snapshotWithContents(
    snapshotPk: string,
  ): Promise<{ record: SnapshotRecord; files: Array<StoredFile & { content: string | null }> } | undefined> {
    const rows = await this.db.query('SELECT * FROM snapshots WHERE id = $1', [snapshotPk]);
    if (!rows[0]) return undefined;
    const files = await this.db.query<Row>(
      `SELECT f.path, f.type, f.sha, f.size, f.skipped, b.content FROM snapshot_files f
       JOIN snapshots s ON s.id = f.snapshot_pk
       LEFT JOIN blobs b ON b.workspace_id = s.workspace_id AND b.sha = f.sha
       WHERE f.snapshot_pk = $1 ORDER BY f.path`,
      [snapshotPk],
    );
    return {
      record: toSnapshot(rows[0]),
      files: files.map((f) => ({
        path: f.path as string,
        type: f.type as string,
        sha: (f.sha as string | null) ?? null,
        size: Number(f.size),
        skipped: (f.skipped as string | null) ?? null,
        content: (f.content as string | null) ?? null,
      })),
    };
  }

  /** The latest snapshot of every repository of the workspace. */
  async latestSnapshots(workspaceId: string): Promise<SnapshotRecord[]> {
    const rows = await this.db.query(
      `SELECT DISTINCT ON (owner, repo) * FROM snapshots WHERE workspace_id = $1 ORDER BY owner, repo, received_at DESC, id DESC`,
      [workspaceId],
    );
    return rows.map(toSnapshot);
  }

  async blobCount(workspaceId: string): Promise<number> {
    const rows = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM blobs WHERE workspace_id = $1', [
      workspaceId,
    ]);
    return rows[0]?.n ?? 0;
  }

  async blob(workspaceId: string, sha: string): Promise<string | undefined> {
    const rows = await this.db.query<{ content: string }>(
      'SELECT content FROM blobs WHERE workspace_id = $1 AND sha = $2',
      [workspaceId, sha],
    );
    return rows[0]?.content;
  }
}
