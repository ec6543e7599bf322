import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../errors.js';
import { requireScope } from '../middleware/auth.js';
import type { DeliveryStore } from '../storage/delivery-store.js';
import { newRouter } from './router.js';

const endpointSchema = z
  .object({ id: z.string(), name: z.string(), url: z.string(), hasSigningSecret: z.boolean(), createdAt: z.string() })
  .openapi('AppEndpoint');

/** App endpoints that stored snapshots are forwarded to, and the state of each delivery. */
export function appRoutes(deliveries: DeliveryStore, now: () => Date) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/apps',
      middleware: [requireScope('admin')] as const,
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({
                name: z.string().min(1).max(200),
                url: z.url({ protocol: /^https?$/ }),
                signingSecret: z.string().min(16).nullable().optional(),
              }),
            },
          },
          required: true,
        },
      },
      responses: {
        201: {
          description: 'Registered; every snapshot stored from now on is forwarded to it.',
          content: { 'application/json': { schema: endpointSchema } },
        },
      },
    }),
    async (c) => c.json(await deliveries.addEndpoint(c.get('auth').workspaceId, c.req.valid('json'), now()), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/apps',
      middleware: [requireScope('admin')] as const,
      responses: { 200: { description: 'Registered endpoints (secrets never shown).' } },
    }),
    async (c) => c.json({ apps: await deliveries.endpoints(c.get('auth').workspaceId) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/apps/{id}',
      middleware: [requireScope('admin')] as const,
      request: { params: z.object({ id: z.string() }) },
      responses: {
        204: { description: 'Removed with its pending deliveries.' },
        404: { description: 'No such endpoint here.' },
      },
    }),
    async (c) => {
      if (!(await deliveries.removeEndpoint(c.get('auth').workspaceId, c.req.valid('param').id)))
        throw notFound('App endpoint');
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/deliveries',
      middleware: [requireScope('admin')] as const,
      request: {
        query: z.object({
          status: z.enum(['pending', 'delivering', 'delivered', 'failed']).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
      },
      responses: { 200: { description: 'Forwarding deliveries, newest first: status, retry_count, last_error.' } },
    }),
    async (c) => c.json({ deliveries: await deliveries.list(c.get('auth').workspaceId, c.req.valid('query')) }, 200),
  );
  return app;
}
