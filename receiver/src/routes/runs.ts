import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../errors.js';
import { requireScope } from '../middleware/auth.js';
import type { RunStore } from '../storage/run-store.js';
import { newRouter } from './router.js';

const repoParams = z.object({ owner: z.string(), repo: z.string() });
const target = z.object({
  docFile: z.string().min(1),
  sectionId: z.string().min(1),
  strategy: z.enum(['mapping', 'marker', 'inferred']),
  status: z.enum(['planned', 'applied', 'failed', 'unchanged']),
  reason: z.string().nullable().optional(),
  provider: z.string().nullable().optional(),
  model: z.string().nullable().optional(),
  tokens: z.number().int().nonnegative().optional(),
});
const docsCommit = z
  .object({
    commitSha: z.string().regex(/^[0-9a-f]{7,64}$/, 'must be a commit id'),
    status: z.enum(['pending', 'in_progress', 'success', 'failed', 'skipped']),
    targets: z.array(target).default([]),
    docCommitSha: z.string().nullable().default(null),
    filesChanged: z.array(z.string()).default([]),
    tokens: z.number().int().nonnegative().default(0),
    provider: z.string().nullable().default(null),
    model: z.string().nullable().default(null),
    error: z.string().nullable().default(null),
  })
  .openapi('DocsCommit');

const scopeName = z
  .string()
  .regex(
    /^(codespaces|dependabot|(org|environment):.+)$/,
    'must be codespaces, dependabot, org:<name> or environment:<name>',
  );
const secretEvent = z
  .object({
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
    operation: z.enum(['create', 'update', 'delete', 'sync_all', 'validate']),
    secretName: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/)
      .nullable()
      .default(null),
    affectedScopes: z.array(z.string().min(1)).min(1),
    status: z.enum(['success', 'failure', 'partial']),
    successCount: z.number().int().nonnegative(),
    failureCount: z.number().int().nonnegative(),
    errorMessage: z.string().nullable().default(null),
    correlationId: z.uuid(),
    durationMs: z.number().int().nonnegative(),
    metadata: z.record(z.string(), z.unknown()).nullable().default(null),
  })
  // Seed 001's constraints, checked here with a readable message; the database checks them again.
  .refine((e) => e.successCount + e.failureCount === e.affectedScopes.length, {
    message: 'successCount + failureCount must equal the number of affectedScopes',
    path: ['successCount'],
  })
  .refine((e) => e.status !== 'success' || e.failureCount === 0, {
    message: 'status success needs failureCount 0',
    path: ['status'],
  })
  .refine((e) => e.status !== 'failure' || e.successCount === 0, {
    message: 'status failure needs successCount 0',
    path: ['status'],
  })
  .refine((e) => e.status !== 'partial' || (e.successCount > 0 && e.failureCount > 0), {
    message: 'status partial needs both counts above 0',
    path: ['status'],
  })
  .openapi('SecretSyncEvent');
const mapping = z
  .object({
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
    secretName: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    scope: scopeName,
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'must be an HMAC-SHA256 hex digest'),
    syncStatus: z.enum(['pending', 'synced', 'failed', 'conflict']),
    errorMessage: z.string().nullable().default(null),
    lastSyncedAt: z.iso.datetime().nullable().default(null),
  })
  .openapi('SecretMapping');
const ok = (description: string) => ({ description });

export function runRoutes(runs: RunStore, now: () => Date) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/repos/{owner}/{repo}/docs/commits',
      middleware: [requireScope('runs:write')] as const,
      request: {
        params: repoParams,
        body: {
          content: { 'application/json': { schema: z.object({ commits: z.array(docsCommit).min(1).max(1000) }) } },
          required: true,
        },
      },
      responses: { 200: ok('Stored (created or updated per commit).') },
    }),
    async (c) => {
      const { owner, repo } = c.req.valid('param');
      const { commits } = c.req.valid('json');
      await runs.upsertDocsCommits(c.get('auth').workspaceId, owner, repo, commits, now());
      return c.json({ stored: commits.length }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/repos/{owner}/{repo}/docs/commits',
      middleware: [requireScope('runs:write')] as const,
      request: {
        params: repoParams,
        query: z.object({
          status: docsCommit.shape.status.optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
      },
      responses: { 200: ok('Newest first; filter by status to resume or retry.') },
    }),
    async (c) => {
      const { owner, repo } = c.req.valid('param');
      return c.json(
        { commits: await runs.docsCommits(c.get('auth').workspaceId, owner, repo, c.req.valid('query')) },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/secrets/fingerprint-key',
      middleware: [requireScope('runs:write')] as const,
      responses: { 200: ok('The workspace key for HMAC-SHA256 fingerprints of secret values (base64).') },
    }),
    async (c) => {
      const key = await runs.fingerprintKey(c.get('auth').workspaceId);
      if (!key) throw notFound('Workspace');
      c.header('cache-control', 'no-store');
      return c.json({ algorithm: 'HMAC-SHA256', key }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/secrets/events',
      middleware: [requireScope('runs:write')] as const,
      request: { body: { content: { 'application/json': { schema: secretEvent } }, required: true } },
      responses: { 201: ok('Appended; events are never changed or deleted.') },
    }),
    async (c) => c.json(await runs.appendSecretEvent(c.get('auth').workspaceId, c.req.valid('json'), now()), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/secrets/events',
      middleware: [requireScope('runs:write')] as const,
      request: {
        query: z.object({
          repository: z.string().optional(),
          correlationId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
      },
      responses: { 200: ok('Newest first.') },
    }),
    async (c) => c.json({ events: await runs.secretEvents(c.get('auth').workspaceId, c.req.valid('query')) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/secrets/mappings',
      middleware: [requireScope('runs:write')] as const,
      request: {
        body: {
          content: { 'application/json': { schema: z.object({ mappings: z.array(mapping).min(1).max(5000) }) } },
          required: true,
        },
      },
      responses: { 200: ok('Stored.') },
    }),
    async (c) => {
      const { mappings } = c.req.valid('json');
      await runs.upsertMappings(c.get('auth').workspaceId, mappings, now());
      return c.json({ stored: mappings.length }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/secrets/mappings',
      middleware: [requireScope('runs:write')] as const,
      request: { query: z.object({ repository: z.string().optional() }) },
      responses: { 200: ok('Fingerprints and statuses; never values.') },
    }),
    async (c) =>
      c.json({ mappings: await runs.mappings(c.get('auth').workspaceId, c.req.valid('query').repository) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/secrets/mappings/{owner}/{repo}/{secretName}/{scope}',
      middleware: [requireScope('runs:write')] as const,
      request: { params: z.object({ owner: z.string(), repo: z.string(), secretName: z.string(), scope: z.string() }) },
      responses: { 204: ok('Removed (the secret was pruned).'), 404: ok('No such mapping.') },
    }),
    async (c) => {
      const p = c.req.valid('param');
      if (!(await runs.deleteMapping(c.get('auth').workspaceId, `${p.owner}/${p.repo}`, p.secretName, p.scope)))
        throw notFound('Mapping');
      return c.body(null, 204);
    },
  );
  return app;
}
