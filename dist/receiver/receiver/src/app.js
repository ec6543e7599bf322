import { OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { dashboardRoutes } from './dashboard/routes.js';
import { SessionStore } from './dashboard/sessions.js';
import { ApiError, errorBody, respondError } from './errors.js';
import { authenticate } from './middleware/auth.js';
import { apiKeyRoutes } from './routes/api-keys.js';
import { githubWebhookRoutes } from './routes/github-webhook.js';
import { appRoutes } from './routes/apps.js';
import { DEFAULT_FORWARDING, deliverDue } from './services/forwarding.js';
import { DeliveryStore } from './storage/delivery-store.js';
import { snapshotRoutes } from './routes/snapshots.js';
import { regenerationRoutes } from './routes/regenerations.js';
import { runRoutes } from './routes/runs.js';
import { RunStore } from './storage/run-store.js';
import { socRoutes } from './routes/socs.js';
import { createDispatcher } from './services/github-dispatch.js';
import { DEFAULT_REGENERATION } from './services/regeneration.js';
import { RegenerationStore } from './storage/regeneration-store.js';
import { SocStore } from './storage/soc-store.js';
import { pendingMigrations } from './storage/migrations.js';
import { SqlStorage } from './storage/sql-storage.js';
const errorSchema = z
    .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }) })
    .openapi('Error');
export const DEFAULT_LIMITS = { snapshotBodyBytes: 50 * 1024 * 1024, bodyBytes: 1024 * 1024 };
const WEBHOOK_BODY_BYTES = 25 * 1024 * 1024;
/**
 * Builds the receiver. It never listens (server.ts does), so tests call `app.request()` with no
 * server, and every dependency (database, clock, logger) comes in from outside.
 */
export function buildApp(deps) {
    const now = deps.now ?? (() => new Date());
    const limits = { ...DEFAULT_LIMITS, ...deps.limits };
    const storage = new SqlStorage(deps.db);
    const app = new OpenAPIHono();
    app.use('*', requestId());
    app.use('*', async (c, next) => {
        const started = performance.now();
        await next();
        deps.logger.info('request', {
            requestId: c.get('requestId'),
            method: c.req.method,
            path: c.req.path,
            status: c.res.status,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
        });
    });
    app.get('/healthz', (c) => c.json({ status: 'ok' }));
    app.get('/readyz', async (c) => {
        try {
            const pending = await pendingMigrations(deps.db);
            if (pending > 0)
                return c.json(errorBody('NOT_READY', `${pending} migration(s) not applied`), 503);
            return c.json({ status: 'ready', database: deps.db.kind });
        }
        catch (error) {
            return c.json(errorBody('NOT_READY', `database unreachable: ${error.message}`), 503);
        }
    });
    const tooLarge = (limit) => () => {
        throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `The request body is over ${limit} bytes.`, { limit });
    };
    app.use('/api/snapshots', bodyLimit({ maxSize: limits.snapshotBodyBytes, onError: tooLarge(limits.snapshotBodyBytes) }));
    app.use('/api/*', async (c, next) => {
        if (c.req.path === '/api/snapshots' || c.req.path === '/api/github/webhook')
            return next();
        return bodyLimit({ maxSize: limits.bodyBytes, onError: tooLarge(limits.bodyBytes) })(c, next);
    });
    // The GitHub webhook authenticates by signature, not API key, and carries pushes of any size.
    const socs = new SocStore(deps.db);
    const runs = new RegenerationStore(deps.db);
    const regenerationDeps = {
        runs,
        dispatcher: deps.dispatcher ?? createDispatcher({}),
        config: { ...DEFAULT_REGENERATION, ...deps.regeneration },
        now,
        logger: deps.logger,
    };
    app.use('/api/github/webhook', bodyLimit({ maxSize: WEBHOOK_BODY_BYTES, onError: tooLarge(WEBHOOK_BODY_BYTES) }));
    app.route('/api', githubWebhookRoutes(deps.webhookSecret, socs, regenerationDeps));
    app.use('/api/*', authenticate(storage, now));
    app.route('/api', apiKeyRoutes(storage, now));
    const deliveries = new DeliveryStore(deps.db);
    const forwarding = { ...DEFAULT_FORWARDING, ...deps.forwarding };
    const kick = () => {
        deliverDue({ storage, deliveries, logger: deps.logger }, now, forwarding).catch((error) => deps.logger.error('delivery pass failed', { error: String(error) }));
    };
    app.route('/api', snapshotRoutes(storage, { maxInflatedBytes: limits.snapshotBodyBytes * 4 }, { deliveries, now, kick }));
    app.route('/api', appRoutes(deliveries, now));
    const runStore = new RunStore(deps.db);
    app.route('/api', runRoutes(runStore, now));
    app.route('/api', socRoutes(socs, now, runs));
    app.route('/api', regenerationRoutes({ socs, ...regenerationDeps }));
    app.openAPIRegistry.register('Error', errorSchema);
    app.openAPIRegistry.registerPath({
        method: 'post',
        path: '/api/github/webhook',
        summary: 'GitHub push webhook (signed with DARDOCS_WEBHOOK_SECRET): a push to the default branch regenerates every SOC covering the repository.',
        responses: {
            202: { description: 'Started, folded into the run under way, or deferred to the end of the rate-limit window.' },
            401: { description: 'Unsigned or mis-signed.' },
        },
    });
    app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'dardocs receiver', version: '1' } });
    // Unknown API paths answer in the API's error shape; the dashboard below never sees them.
    app.all('/api/*', (c) => c.json(errorBody('NOT_FOUND', `No route for ${c.req.method} ${c.req.path}`), 404));
    app.route('/', dashboardRoutes({
        storage,
        socs,
        runs,
        runStore,
        sessions: new SessionStore(deps.db),
        regeneration: regenerationDeps,
        now,
    }));
    app.notFound((c) => c.json(errorBody('NOT_FOUND', `No route for ${c.req.method} ${c.req.path}`), 404));
    app.onError((error, c) => {
        if (error instanceof ApiError)
            return respondError(c, error);
        deps.logger.error('unhandled error', {
            requestId: c.get('requestId'),
            error: String(error),
            stack: error.stack,
        });
        return c.json(errorBody('INTERNAL', 'Something went wrong on the receiver; the request id is in X-Request-Id.'), 500);
    });
    return app;
}
