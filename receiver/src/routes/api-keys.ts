import { createRoute, z } from '@hono/zod-openapi';
import { ApiError, notFound } from '../errors.js';
import { requireScope } from '../middleware/auth.js';
import { SCOPES } from '../services/api-key.js';
import type { SqlStorage } from '../storage/sql-storage.js';
import { newRouter } from './router.js';

const apiKeySchema = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(z.enum(SCOPES)),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ApiKey');

const createBody = z.object({
  name: z.string().min(1).max(200),
  scopes: z.array(z.enum(SCOPES)).min(1),
  expiresAt: z.iso.datetime().nullable().optional(),
});

const errorResponse = (description: string) => ({ description });

export function apiKeyRoutes(storage: SqlStorage, now: () => Date) {
  const app = newRouter();
  const inWorkspace = (requested: string, own: string) => {
    // Another workspace's id answers exactly as a missing one does.
    if (requested !== own) throw notFound(`Workspace ${requested}`);
  };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/workspaces/{id}/api-keys',
      middleware: [requireScope('admin')] as const,
      request: {
        params: z.object({ id: z.string() }),
        body: { content: { 'application/json': { schema: createBody } }, required: true },
      },
      responses: {
        201: {
          description: 'The key, shown this once, and its record.',
          content: { 'application/json': { schema: z.object({ key: z.string(), apiKey: apiKeySchema }) } },
        },
        404: errorResponse('No such workspace for this key.'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      inWorkspace(id, c.get('auth').workspaceId);
      const body = c.req.valid('json');
      if (body.expiresAt && new Date(body.expiresAt) <= now()) {
        throw new ApiError(400, 'VALIDATION_FAILED', 'expiresAt must be in the future.', [
          { path: 'expiresAt', message: 'in the past' },
        ]);
      }
      const { key, record } = await storage.createApiKey({
        workspaceId: id,
        name: body.name,
        scopes: body.scopes,
        expiresAt: body.expiresAt ?? null,
      });
      return c.json({ key, apiKey: record }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/workspaces/{id}/api-keys',
      middleware: [requireScope('admin')] as const,
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: {
          description: 'Key metadata; never the keys.',
          content: { 'application/json': { schema: z.object({ apiKeys: z.array(apiKeySchema) }) } },
        },
        404: errorResponse('No such workspace for this key.'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      inWorkspace(id, c.get('auth').workspaceId);
      return c.json({ apiKeys: await storage.listApiKeys(id) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/workspaces/{id}/signing-secret',
      middleware: [requireScope('admin')] as const,
      request: {
        params: z.object({ id: z.string() }),
        body: {
          content: { 'application/json': { schema: z.object({ secret: z.string().min(16).max(256).nullable() }) } },
          required: true,
        },
      },
      responses: {
        204: { description: 'Set (snapshots must then carry X-Dardocs-Signature), or cleared with null.' },
        404: errorResponse('No such workspace for this key.'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      inWorkspace(id, c.get('auth').workspaceId);
      await storage.setSigningSecret(id, c.req.valid('json').secret);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api-keys/{id}',
      middleware: [requireScope('admin')] as const,
      request: { params: z.object({ id: z.string() }) },
      responses: {
        204: { description: 'Revoked; it fails from the next request on.' },
        404: errorResponse('No such key in this workspace.'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await storage.revokeApiKey(id, c.get('auth').workspaceId, now()))) throw notFound(`API key ${id}`);
      return c.body(null, 204);
    },
  );
  return app;
}
