import { createTwoFilesPatch } from 'diff';
import { createRoute, z } from '@hono/zod-openapi';
import { ApiError, notFound } from '../errors.js';
import { requireScope } from '../middleware/auth.js';
import { newRouter } from './router.js';
const repositoryName = z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name');
const socSchema = z
    .object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string(),
    type: z.literal('overview'),
    repositories: z.array(z.string()),
    options: z.record(z.string(), z.unknown()),
    lastGeneratedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
})
    .openapi('Soc');
const createBody = z.object({
    name: z.string().min(1).max(200),
    type: z.literal('overview').default('overview'),
    repositories: z.array(repositoryName).max(500),
    options: z.record(z.string(), z.unknown()).optional(),
});
const patchBody = z
    .object({
    name: z.string().min(1).max(200).optional(),
    repositories: z.array(repositoryName).max(500).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
})
    .refine((b) => Object.keys(b).length > 0, { message: 'send at least one of name, repositories, options' });
const graph = z.object({
    nodes: z.array(z.object({
        id: z.string().min(1),
        label: z.string(),
        kind: z.enum(['service', 'datastore', 'queue', 'external', 'client']),
    })),
    edges: z.array(z.object({ from: z.string(), to: z.string(), label: z.string().optional() })),
});
const partBody = z
    .object({
    analysis: z.record(z.string(), z.unknown()).and(z.object({ graph: graph.optional() })),
    markdown: z.string().max(2_000_000),
    commitSha: z.string().nullable().optional(),
    regenerationId: z.string().nullable().optional(),
    runUrl: z.url().nullable().optional(),
})
    .openapi('SocPart');
const idParam = z.object({ id: z.string() });
const json = (schema, description) => ({
    description,
    content: { 'application/json': { schema } },
});
export function socRoutes(socs, now, runs) {
    const app = newRouter();
    const mustGet = async (workspaceId, id) => {
        const soc = await socs.get(workspaceId, id);
        if (!soc)
            throw notFound(`SOC ${id}`);
        return soc;
    };
    app.openapi(createRoute({
        method: 'get',
        path: '/socs',
        middleware: [requireScope('soc:read')],
        responses: { 200: json(z.object({ socs: z.array(socSchema) }), 'The SOCs of this workspace.') },
    }), async (c) => c.json({ socs: await socs.list(c.get('auth').workspaceId) }, 200));
    app.openapi(createRoute({
        method: 'post',
        path: '/socs',
        middleware: [requireScope('soc:write')],
        request: { body: { content: { 'application/json': { schema: createBody } }, required: true } },
        responses: { 201: json(socSchema, 'Created.') },
    }), async (c) => {
        const body = c.req.valid('json');
        return c.json(await socs.create(c.get('auth').workspaceId, body), 201);
    });
    app.openapi(createRoute({
        method: 'get',
        path: '/socs/{id}',
        middleware: [requireScope('soc:read')],
        request: { params: idParam },
        responses: { 200: json(socSchema, 'The SOC.'), 404: { description: 'No such SOC here.' } },
    }), async (c) => c.json(await mustGet(c.get('auth').workspaceId, c.req.valid('param').id), 200));
    app.openapi(createRoute({
        method: 'patch',
        path: '/socs/{id}',
        middleware: [requireScope('soc:write')],
        request: { params: idParam, body: { content: { 'application/json': { schema: patchBody } }, required: true } },
        responses: { 200: json(socSchema, 'Updated.'), 404: { description: 'No such SOC here.' } },
    }), async (c) => {
        const soc = await socs.update(c.get('auth').workspaceId, c.req.valid('param').id, c.req.valid('json'), now());
        if (!soc)
            throw notFound(`SOC ${c.req.valid('param').id}`);
        return c.json(soc, 200);
    });
    app.openapi(createRoute({
        method: 'delete',
        path: '/socs/{id}',
        middleware: [requireScope('soc:write')],
        request: { params: idParam },
        responses: {
            204: { description: 'Deleted with its parts and versions.' },
            404: { description: 'No such SOC here.' },
        },
    }), async (c) => {
        if (!(await socs.remove(c.get('auth').workspaceId, c.req.valid('param').id)))
            throw notFound(`SOC ${c.req.valid('param').id}`);
        return c.body(null, 204);
    });
    app.openapi(createRoute({
        method: 'put',
        path: '/socs/{id}/parts/{owner}/{repo}',
        middleware: [requireScope('soc:write')],
        request: {
            params: z.object({ id: z.string(), owner: z.string(), repo: z.string() }),
            body: { content: { 'application/json': { schema: partBody } }, required: true },
        },
        responses: {
            200: json(z.object({ version: z.number().nullable(), changed: z.boolean() }), 'Stored; `changed` says whether a new version was written.'),
            404: { description: 'No such SOC here.' },
            422: { description: 'The repository is not one the SOC covers.' },
        },
    }), async (c) => {
        const { id, owner, repo } = c.req.valid('param');
        const workspaceId = c.get('auth').workspaceId;
        const repository = `${owner}/${repo}`;
        const soc = await mustGet(workspaceId, id);
        if (!soc.repositories.includes(repository)) {
            throw new ApiError(422, 'UNKNOWN_REPOSITORY', `${repository} is not one of the repositories of SOC ${soc.name}; add it with PATCH /api/socs/${id}.`, {
                repositories: soc.repositories,
            });
        }
        const body = c.req.valid('json');
        const result = await socs.putPart(workspaceId, id, repository, body, now());
        if (!result)
            throw notFound(`SOC ${id}`);
        if (body.regenerationId)
            await runs.recordPart(id, body.regenerationId, repository, body.runUrl ?? null, now());
        return c.json({ version: result.version, changed: result.changed }, 200);
    });
    app.openapi(createRoute({
        method: 'get',
        path: '/socs/{id}/document',
        middleware: [requireScope('soc:read')],
        request: { params: idParam, query: z.object({ format: z.enum(['markdown', 'json']).default('markdown') }) },
        responses: {
            200: { description: 'The latest version, as Markdown or (format=json) JSON.' },
            404: { description: 'No SOC, or no part received yet.' },
        },
    }), async (c) => {
        const soc = await mustGet(c.get('auth').workspaceId, c.req.valid('param').id);
        const latest = await socs.version(soc.id);
        if (!latest)
            throw notFound(`A document for SOC ${soc.name} (no repository has reported yet)`);
        c.header('x-soc-version', String(latest.version));
        if (c.req.valid('query').format === 'json')
            return c.json({ version: latest.version, createdAt: latest.createdAt, document: latest.document }, 200);
        return c.body(latest.markdown, 200, { 'content-type': 'text/markdown; charset=utf-8' });
    });
    app.openapi(createRoute({
        method: 'get',
        path: '/socs/{id}/versions',
        middleware: [requireScope('soc:read')],
        request: { params: idParam },
        responses: {
            200: json(z.object({
                versions: z.array(z.object({ version: z.number(), contentHash: z.string(), createdAt: z.string() })),
            }), 'Newest first.'),
        },
    }), async (c) => {
        const soc = await mustGet(c.get('auth').workspaceId, c.req.valid('param').id);
        return c.json({ versions: await socs.versions(soc.id) }, 200);
    });
    const versionParams = z.object({ id: z.string(), n: z.coerce.number().int().min(1) });
    app.openapi(createRoute({
        method: 'get',
        path: '/socs/{id}/versions/{n}',
        middleware: [requireScope('soc:read')],
        request: { params: versionParams },
        responses: {
            200: json(z.object({
                version: z.number(),
                markdown: z.string(),
                document: z.unknown(),
                contentHash: z.string(),
                createdAt: z.string(),
            }), 'One version.'),
            404: { description: 'No such version.' },
        },
    }), async (c) => {
        const { id, n } = c.req.valid('param');
        const soc = await mustGet(c.get('auth').workspaceId, id);
        const version = await socs.version(soc.id, n);
        if (!version)
            throw notFound(`Version ${n} of SOC ${soc.name}`);
        return c.json(version, 200);
    });
    app.openapi(createRoute({
        method: 'get',
        path: '/socs/{id}/versions/{n}/diff',
        middleware: [requireScope('soc:read')],
        request: { params: versionParams, query: z.object({ against: z.coerce.number().int().min(1).optional() }) },
        responses: {
            200: { description: 'A unified diff from version `against` (default n-1) to n, as text/x-diff.' },
            404: { description: 'No such version.' },
        },
    }), async (c) => {
        const { id, n } = c.req.valid('param');
        const against = c.req.valid('query').against ?? n - 1;
        const soc = await mustGet(c.get('auth').workspaceId, id);
        const [to, from] = await Promise.all([
            socs.version(soc.id, n),
            against >= 1 ? socs.version(soc.id, against) : undefined,
        ]);
        if (!to)
            throw notFound(`Version ${n} of SOC ${soc.name}`);
        if (against >= 1 && !from)
            throw notFound(`Version ${against} of SOC ${soc.name}`);
        const patch = createTwoFilesPatch(`v${against}`, `v${n}`, from?.markdown ?? '', to.markdown, undefined, undefined, { context: 3 });
        return c.body(patch, 200, { 'content-type': 'text/x-diff; charset=utf-8' });
    });
    return app;
}
