import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ApiError, notFound } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Dispatcher } from '../services/github-dispatch.js';
import { progressOf, requestRegeneration, type RegenerationConfig } from '../services/regeneration.js';
import type { Regeneration, RegenerationStore } from '../storage/regeneration-store.js';
import type { SocStore } from '../storage/soc-store.js';
import type { AppEnv } from '../types.js';
import { newRouter } from './router.js';

const statusSchema = z
  .object({
    regenerationId: z.string(),
    socId: z.string(),
    status: z.enum(['queued', 'running', 'completed', 'failed', 'timed_out']),
    trigger: z.string(),
    createdAt: z.string(),
    deadlineAt: z.string(),
    completedAt: z.string().nullable(),
    error: z.string().nullable(),
    progress: z.object({
      phase: z.string(),
      percent: z.number(),
      reposDone: z.number(),
      reposTotal: z.number(),
      repos: z.array(
        z.object({ repo: z.string(), status: z.string(), error: z.string().nullable(), runUrl: z.string().nullable() }),
      ),
    }),
  })
  .openapi('RegenerationStatus');

export const regenerationView = (run: Regeneration) => ({
  regenerationId: run.id,
  socId: run.socId,
  status: run.status,
  trigger: run.trigger,
  createdAt: run.createdAt,
  deadlineAt: run.deadlineAt,
  completedAt: run.completedAt,
  error: run.error,
  progress: progressOf(run),
});

/** soc:regenerate may both start and poll; soc:read may poll. */
const canPoll: MiddlewareHandler<AppEnv> = async (c, next) => {
  const scopes = c.get('auth').scopes;
  if (!scopes.some((s) => s === 'soc:read' || s === 'soc:regenerate' || s === 'admin')) {
    throw new ApiError(403, 'FORBIDDEN', "This API key lacks the 'soc:read' or 'soc:regenerate' scope.");
  }
  await next();
};
const canStart: MiddlewareHandler<AppEnv> = async (c, next) => {
  const scopes = c.get('auth').scopes;
  if (!scopes.includes('soc:regenerate') && !scopes.includes('admin')) {
    throw new ApiError(403, 'FORBIDDEN', "This API key lacks the 'soc:regenerate' scope.", {
      required: 'soc:regenerate',
    });
  }
  await next();
};

export interface RegenerationDeps {
  socs: SocStore;
  runs: RegenerationStore;
  dispatcher: Dispatcher;
  config: RegenerationConfig;
  now: () => Date;
  logger: Logger;
}

export function regenerationRoutes(deps: RegenerationDeps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/socs/{id}/regenerate',
      middleware: [canStart] as const,
      request: {
        params: z.object({ id: z.string() }),
        headers: z.object({ 'idempotency-key': z.string().max(200).optional() }),
      },
      responses: {
        202: {
          description: 'Queued; poll GET /api/socs/{id}/regenerate/{regenerationId}.',
          content: { 'application/json': { schema: z.object({ regenerationId: z.string(), status: z.string() }) } },
        },
        429: {
          description:
            'A regeneration of this SOC ran within the minimum interval; Retry-After and details.regenerationId say which and when.',
        },
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const workspaceId = c.get('auth').workspaceId;
      const soc = await deps.socs.get(workspaceId, id);
      if (!soc) throw notFound(`SOC ${id}`);
      if (soc.repositories.length === 0)
        throw new ApiError(
          422,
          'NO_REPOSITORIES',
          `SOC ${soc.name} covers no repositories; add some with PATCH /api/socs/${id}.`,
        );
      const result = await requestRegeneration(deps, {
        workspaceId,
        soc,
        idempotencyKey: c.req.valid('header')['idempotency-key'],
        trigger: 'api',
      });
      if (!result) throw notFound(`SOC ${id}`);
      if (result.kind === 'limited') {
        throw new ApiError(
          429,
          'REGENERATION_RATE_LIMITED',
          `SOC ${soc.name} was regenerated less than ${deps.config.minIntervalS} s ago (run ${result.run.id}, ${result.run.status}); try again in ${result.retryAfterS} s or follow that run.`,
          { regenerationId: result.run.id, status: result.run.status, retryAfterS: result.retryAfterS },
          { 'retry-after': String(result.retryAfterS) },
        );
      }
      return c.json({ regenerationId: result.run.id, status: result.run.status }, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/socs/{id}/regenerate/{regenerationId}',
      middleware: [canPoll] as const,
      request: { params: z.object({ id: z.string(), regenerationId: z.string() }) },
      responses: {
        200: {
          description: 'Status and per-repository progress.',
          content: { 'application/json': { schema: statusSchema } },
        },
        404: { description: 'No such run here.' },
      },
    }),
    async (c) => {
      const { id, regenerationId } = c.req.valid('param');
      const run = await deps.runs.get(c.get('auth').workspaceId, id, regenerationId, deps.now());
      if (!run) throw notFound(`Regeneration ${regenerationId}`);
      return c.json(regenerationView(run), 200);
    },
  );
  return app;
}
