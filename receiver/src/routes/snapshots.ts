import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { createRoute, z } from '@hono/zod-openapi';
import { ApiError, notFound } from '../errors.js';
import { requireScope } from '../middleware/auth.js';
import { latestSnapshotSchema, snapshotPayloadSchema, type SnapshotPayloadInput } from '../schemas/snapshot.js';
import { applyChanges, blobsOf, changedFiles, mergeParts } from '../services/snapshot-ingest.js';
import type { DeliveryStore } from '../storage/delivery-store.js';
import type { SqlStorage } from '../storage/sql-storage.js';
import type { StoredFile } from '../storage/storage.js';
import { newRouter } from './router.js';

export interface SnapshotLimits {
  /** Largest decompressed body accepted. */
  maxInflatedBytes: number;
}

export interface SnapshotForwarding {
  deliveries: DeliveryStore;
  now: () => Date;
  /** Called after a snapshot is stored with deliveries queued: starts a delivery pass. */
  kick: () => void;
}

function inflate(raw: Buffer, encoding: string | undefined, limit: number): string {
  if (!encoding || encoding === 'identity') return raw.toString('utf8');
  if (encoding !== 'gzip')
    throw new ApiError(
      415,
      'UNSUPPORTED_ENCODING',
      `Content-Encoding '${encoding}' is not supported; send gzip or nothing.`,
    );
  try {
    return gunzipSync(raw, { maxOutputLength: limit }).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ApiError(
        413,
        'PAYLOAD_TOO_LARGE',
        `The body inflates to more than ${limit} bytes; send smaller parts.`,
      );
    }
    throw new ApiError(400, 'BAD_GZIP', 'The body is not valid gzip.');
  }
}

function verifySignature(raw: Buffer, header: string | undefined, secret: string): void {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
  const given = Buffer.from(header ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ApiError(
      401,
      'BAD_SIGNATURE',
      'X-Dardocs-Signature is missing or does not match the body; check the signing secret.',
    );
  }
}

function parsePayload(text: string): SnapshotPayloadInput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'BAD_JSON', 'The body is not valid JSON.');
  }
  const parsed = snapshotPayloadSchema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      400,
      'VALIDATION_FAILED',
      'The snapshot does not match the schema; see details for each field.',
      parsed.error.issues.slice(0, 50).map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return parsed.data;
}

export function snapshotRoutes(storage: SqlStorage, limits: SnapshotLimits, forwarding: SnapshotForwarding) {
  const app = newRouter();

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/snapshots',
    summary: 'Receive a snapshot from the action (gzip allowed; multi-part uploads reassembled by snapshot_id).',
    request: { body: { content: { 'application/json': { schema: snapshotPayloadSchema } } } },
    responses: {
      201: { description: 'Stored (for a multi-part upload: its last part arrived).' },
      202: { description: 'A part of a multi-part upload was stored; more are expected.' },
      409: { description: 'An incremental snapshot whose base is not the latest stored snapshot.' },
    },
  });
  app.post('/snapshots', requireScope('snapshots:write'), async (c) => {
    const workspace = await storage.getWorkspace(c.get('auth').workspaceId);
    if (!workspace) throw notFound('Workspace');
    const raw = Buffer.from(await c.req.arrayBuffer());
    if (workspace.signingSecret) verifySignature(raw, c.req.header('x-dardocs-signature'), workspace.signingSecret);
    const payload = parsePayload(inflate(raw, c.req.header('content-encoding'), limits.maxInflatedBytes));
    const snapshotId = payload.snapshot_id ?? randomUUID();

    const stored = await storage.findSnapshot(storage.db, workspace.id, snapshotId);
    if (stored) {
      // A retried request for an upload that is already in: answer as before, store nothing twice.
      return c.json(
        { status: 'duplicate', snapshot_id: snapshotId, file_count: stored.fileCount, commit_sha: stored.commitSha },
        200,
      );
    }
    let payloads = [payload];
    if (payload.parts > 1) {
      const received = await storage.addSnapshotPart(
        workspace.id,
        snapshotId,
        payload.part,
        payload.parts,
        JSON.stringify(payload),
      );
      if (received < payload.parts) {
        return c.json({ status: 'partial', snapshot_id: snapshotId, received, parts: payload.parts }, 202);
      }
    }
    const result = await storage.db.transaction(async (tx) => {
      // One assembly per upload, even when its last parts arrive at two instances at once.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${workspace.id}/${snapshotId}`]);
      const existing = await storage.findSnapshot(tx, workspace.id, snapshotId);
      if (existing) return { record: existing, duplicate: true };
      if (payload.parts > 1)
        payloads = (await storage.snapshotParts(tx, workspace.id, snapshotId)).map((b) => JSON.parse(b));
      const merged = mergeParts(payloads);
      const { owner, name } = merged.repository;
      let files: StoredFile[];
      let baseCommitSha: string | null = null;
      if (merged.event === 'initial_snapshot') {
        files = merged.snapshot.files.map((f) => ({
          path: f.path,
          type: f.type,
          sha: f.sha,
          size: f.size,
          skipped: f.skipped ?? null,
        }));
      } else {
        baseCommitSha = merged.snapshot.base_commit_sha;
        const base = await storage.latestSnapshot(tx, workspace.id, owner, name);
        if (!base || base.commitSha !== baseCommitSha) {
          throw new ApiError(
            409,
            'BASE_MISMATCH',
            `The incremental snapshot is based on ${baseCommitSha}, but the latest stored snapshot of ${owner}/${name} is ${base?.commitSha ?? 'none'}; send a full snapshot.`,
            { latest: base?.commitSha ?? null },
          );
        }
        files = applyChanges(await storage.snapshotFiles(tx, base.id), merged.snapshot.changes);
      }
      const changed = changedFiles(merged);
      const record = await storage.insertSnapshot(tx, workspace.id, {
        snapshotId,
        owner,
        repo: name,
        repositoryId: merged.repository.repository_id,
        githubUrl: merged.repository.github_url,
        event: merged.event,
        commitSha: merged.snapshot.commit_sha,
        baseCommitSha,
        branch: merged.snapshot.branch,
        scannedAt: merged.snapshot.scanned_at,
        fileCount: files.length,
        changeCount:
          merged.event === 'initial_snapshot' ? files.length : changed.length + merged.snapshot.changes.deleted.length,
        files,
        blobs: blobsOf(changed),
      });
      const queued = await forwarding.deliveries.enqueue(tx, workspace.id, record.id, forwarding.now());
      return { record, duplicate: false, queued };
    });
    if (!result.duplicate && (result.queued ?? 0) > 0) forwarding.kick();
    return c.json(
      {
        status: result.duplicate ? 'duplicate' : 'stored',
        snapshot_id: snapshotId,
        file_count: result.record.fileCount,
        commit_sha: result.record.commitSha,
      },
      result.duplicate ? 200 : 201,
    );
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/repos/{owner}/{repo}/snapshots/latest',
      middleware: [requireScope('snapshots:write')] as const,
      request: { params: z.object({ owner: z.string(), repo: z.string() }) },
      responses: {
        200: {
          description: 'The latest snapshot: its commit and complete file list.',
          content: { 'application/json': { schema: latestSnapshotSchema } },
        },
        404: { description: 'No snapshot of this repository yet.' },
      },
    }),
    async (c) => {
      const { owner, repo } = c.req.valid('param');
      const workspaceId = c.get('auth').workspaceId;
      const latest = await storage.latestSnapshot(storage.db, workspaceId, owner, repo);
      if (!latest) throw notFound(`A snapshot of ${owner}/${repo}`);
      const files = await storage.snapshotFiles(storage.db, latest.id);
      return c.json(
        {
          snapshot_id: latest.snapshotId,
          event: latest.event,
          commit_sha: latest.commitSha,
          branch: latest.branch,
          scanned_at: latest.scannedAt,
          received_at: latest.receivedAt,
          file_count: latest.fileCount,
          files,
        },
        200,
      );
    },
  );
  return app;
}
