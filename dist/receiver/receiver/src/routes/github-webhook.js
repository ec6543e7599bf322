import { Webhooks } from '@octokit/webhooks';
import { Hono } from 'hono';
import { ApiError } from '../errors.js';
import { regenerateForPush } from '../services/push-trigger.js';
/**
 * GitHub `push` webhooks (an organisation or repository webhook) at POST /api/github/webhook,
 * authenticated by their signature (X-Hub-Signature-256) under DARDOCS_WEBHOOK_SECRET, not by an
 * API key: one webhook keeps every SOC fresh without the action in every repository.
 */
export function githubWebhookRoutes(secret, socs, deps) {
    const app = new Hono();
    const webhooks = secret ? new Webhooks({ secret }) : undefined;
    app.post('/github/webhook', async (c) => {
        if (!webhooks)
            throw new ApiError(503, 'WEBHOOK_NOT_CONFIGURED', 'This receiver has no DARDOCS_WEBHOOK_SECRET, so it cannot verify GitHub webhooks.');
        const body = await c.req.text();
        const signature = c.req.header('x-hub-signature-256') ?? '';
        if (!signature || !(await webhooks.verify(body, signature).catch(() => false))) {
            throw new ApiError(401, 'BAD_SIGNATURE', 'The webhook is unsigned or its X-Hub-Signature-256 does not match; check the webhook secret.');
        }
        const event = c.req.header('x-github-event');
        if (event === 'ping')
            return c.json({ ok: true }, 200);
        if (event !== 'push')
            return c.json({ ignored: `event ${event ?? 'unknown'}` }, 202);
        let payload;
        try {
            payload = JSON.parse(body);
        }
        catch {
            throw new ApiError(400, 'BAD_JSON', 'The webhook body is not JSON; set the webhook content type to application/json.');
        }
        const repository = payload.repository?.full_name;
        const defaultBranch = payload.repository?.default_branch;
        if (!repository || !defaultBranch)
            throw new ApiError(400, 'VALIDATION_FAILED', 'A push payload needs repository.full_name and repository.default_branch.');
        if (payload.deleted || payload.ref !== `refs/heads/${defaultBranch}`)
            return c.json({ ignored: `not a push to ${defaultBranch}` }, 202);
        const outcomes = await regenerateForPush(socs, deps, { repository, deliveryId: c.req.header('x-github-delivery') });
        return c.json({ repository, socs: outcomes }, 202);
    });
    return app;
}
