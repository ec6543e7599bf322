import { jsx as _jsx } from "hono/jsx/jsx-runtime";
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createTwoFilesPatch } from 'diff';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { regenerationView } from '../routes/regenerations.js';
import { hashApiKey, isWellFormedApiKey, parseScopes } from '../services/api-key.js';
import { requestRegeneration } from '../services/regeneration.js';
import { DASHBOARD_CSS, DASHBOARD_JS } from './assets.js';
import { renderMarkdown } from './markdown.js';
import { DocsRunsPage, KeysPage, LoginPage, RunPage, SecretEventsPage, SnapshotsPage, SocListPage, SocPage, VersionPage, } from './pages.js';
import { SESSION_HOURS, sameToken } from './sessions.js';
const COOKIE = 'dardocs_session';
/** Scripts from this origin only; Mermaid writes <style> into its SVGs, hence inline styles. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
let mermaidSource;
function mermaidScript() {
    mermaidSource ??= readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'utf8');
    return mermaidSource;
}
const isHttps = (c) => c.req.url.startsWith('https:') || c.req.header('x-forwarded-proto') === 'https';
/** A form post must come from this origin (when the browser says where it comes from) and carry the session's token. */
function sameOrigin(c) {
    const origin = c.req.header('origin');
    if (!origin)
        return true;
    return (origin === new URL(c.req.url).origin ||
        origin === `${c.req.header('x-forwarded-proto') ?? 'http'}://${c.req.header('host')}`);
}
export function dashboardRoutes(deps) {
    const app = new Hono();
    app.use('*', async (c, next) => {
        await next();
        c.header('content-security-policy', CONTENT_SECURITY_POLICY);
        c.header('x-content-type-options', 'nosniff');
        c.header('referrer-policy', 'same-origin');
        c.header('x-frame-options', 'DENY');
    });
    const asset = (body, type) => (c) => c.body(body(), 200, { 'content-type': type, 'cache-control': 'public, max-age=3600' });
    app.get('/assets/dashboard.js', asset(() => DASHBOARD_JS, 'text/javascript; charset=utf-8'));
    app.get('/assets/dashboard.css', asset(() => DASHBOARD_CSS, 'text/css; charset=utf-8'));
    app.get('/assets/mermaid.min.js', asset(mermaidScript, 'text/javascript; charset=utf-8'));
    app.get('/login', (c) => c.html(_jsx(LoginPage, {})));
    app.post('/login', async (c) => {
        if (!sameOrigin(c))
            return c.html(_jsx(LoginPage, { error: "The form came from another site." }), 403);
        const form = await c.req.parseBody();
        const key = typeof form.key === 'string' ? form.key.trim() : '';
        const record = isWellFormedApiKey(key) ? await deps.storage.authenticate(hashApiKey(key), deps.now()) : undefined;
        if (!record)
            return c.html(_jsx(LoginPage, { error: "That key is not a live dardocs API key." }), 401);
        if (!record.scopes.includes('admin'))
            return c.html(_jsx(LoginPage, { error: "That key lacks the admin scope." }), 403);
        const { token } = await deps.sessions.create(record.workspaceId, record.id, deps.now());
        setCookie(c, COOKIE, token, {
            httpOnly: true,
            sameSite: 'Strict',
            secure: isHttps(c),
            path: '/',
            maxAge: SESSION_HOURS * 3600,
        });
        return c.redirect('/', 303);
    });
    // Everything below needs a session; every POST below needs the session's CSRF token too.
    app.use('*', async (c, next) => {
        const token = getCookie(c, COOKIE);
        const session = token ? await deps.sessions.find(token, deps.now()) : undefined;
        if (!session)
            return c.req.method === 'GET' ? c.redirect('/login', 303) : c.text('Sign in first.', 401);
        if (c.req.method === 'POST') {
            const form = await c.req.parseBody();
            if (!sameOrigin(c) || typeof form._csrf !== 'string' || !sameToken(form._csrf, session.csrfToken)) {
                return c.text('This form has expired or came from another site; reload the page and try again.', 403);
            }
        }
        c.set('session', session);
        await next();
    });
    app.post('/logout', async (c) => {
        const token = getCookie(c, COOKIE);
        if (token)
            await deps.sessions.remove(token);
        deleteCookie(c, COOKIE, { path: '/' });
        return c.redirect('/login', 303);
    });
    app.get('/', async (c) => {
        const { workspaceId, csrfToken } = c.get('session');
        return c.html(_jsx(SocListPage, { csrf: csrfToken, socs: await deps.socs.list(workspaceId) }));
    });
    app.get('/socs/:id', async (c) => {
        const { workspaceId, csrfToken } = c.get('session');
        const soc = await deps.socs.get(workspaceId, c.req.param('id'));
        if (!soc)
            return c.notFound();
        const [latest, versions, runs] = await Promise.all([
            deps.socs.version(soc.id),
            deps.socs.versions(soc.id),
            deps.runs.list(workspaceId, soc.id),
        ]);
        const notice = c.req.query('notice');
        return c.html(_jsx(SocPage, { csrf: csrfToken, soc: soc, latest: latest, html: latest ? renderMarkdown(latest.markdown) : undefined, versions: versions, runs: runs, notice: notice }));
    });
    app.post('/socs/:id/regenerate', async (c) => {
        const { workspaceId } = c.get('session');
        const soc = await deps.socs.get(workspaceId, c.req.param('id'));
        if (!soc)
            return c.notFound();
        if (soc.repositories.length === 0)
            return c.redirect(`/socs/${soc.id}?notice=${encodeURIComponent('This SOC covers no repositories.')}`, 303);
        const result = await requestRegeneration(deps.regeneration, { workspaceId, soc, trigger: 'dashboard' });
        if (!result)
            return c.notFound();
        // Within the rate limit the button leads to the run already under way.
        return c.redirect(`/socs/${soc.id}/runs/${result.run.id}`, 303);
    });
    app.get('/socs/:id/versions/:n', async (c) => {
        const { workspaceId, csrfToken } = c.get('session');
        const soc = await deps.socs.get(workspaceId, c.req.param('id'));
        const n = Number(c.req.param('n'));
        const version = soc && Number.isInteger(n) ? await deps.socs.version(soc.id, n) : undefined;
        if (!soc || !version)
            return c.notFound();
        const previous = n > 1 ? await deps.socs.version(soc.id, n - 1) : undefined;
        const diff = createTwoFilesPatch(`v${n - 1}`, `v${n}`, previous?.markdown ?? '', version.markdown, undefined, undefined, { context: 3 });
        return c.html(_jsx(VersionPage, { csrf: csrfToken, soc: soc, version: version, html: renderMarkdown(version.markdown), diff: diff }));
    });
    app.get('/socs/:id/runs/:rid', async (c) => {
        const { workspaceId, csrfToken } = c.get('session');
        const soc = await deps.socs.get(workspaceId, c.req.param('id'));
        const run = soc ? await deps.runs.get(workspaceId, soc.id, c.req.param('rid'), deps.now()) : undefined;
        if (!soc || !run)
            return c.notFound();
        return c.html(_jsx(RunPage, { csrf: csrfToken, soc: soc, run: run }));
    });
    app.get('/socs/:id/runs/:rid/status', async (c) => {
        const run = await deps.runs.get(c.get('session').workspaceId, c.req.param('id'), c.req.param('rid'), deps.now());
        if (!run)
            return c.json({ error: { code: 'NOT_FOUND', message: 'No such run', details: null } }, 404);
        return c.json(regenerationView(run));
    });
    app.get('/snapshots', async (c) => {
        const { workspaceId, csrfToken } = c.get('session');
        return c.html(_jsx(SnapshotsPage, { csrf: csrfToken, snapshots: await deps.storage.latestSnapshots(workspaceId) }));
    });
    app.get('/docs', async (c) => {
        const { workspaceId, csrfToken } = c.get('session');
        return c.html(_jsx(DocsRunsPage, { csrf: csrfToken, commits: await deps.runStore.docsCommits(workspaceId, undefined, undefined, { limit: 200 }) }));
    });
    app.get('/secrets', async (c) => {
        const { workspaceId, csrfToken } = c.get('session');
        return c.html(_jsx(SecretEventsPage, { csrf: csrfToken, events: await deps.runStore.secretEvents(workspaceId, { limit: 200 }) }));
    });
    app.get('/keys', async (c) => {
        const { workspaceId, csrfToken } = c.get('session');
        return c.html(_jsx(KeysPage, { csrf: csrfToken, keys: await deps.storage.listApiKeys(workspaceId) }));
    });
    app.post('/keys', async (c) => {
        const { workspaceId, csrfToken } = c.get('session');
        const form = await c.req.parseBody({ all: true });
        const name = typeof form.name === 'string' ? form.name.trim() : '';
        const scopes = [].concat(form.scopes ?? []).filter((s) => typeof s === 'string');
        const expires = typeof form.expires === 'string' && form.expires !== '' ? new Date(`${form.expires}T00:00:00Z`) : undefined;
        const keys = () => deps.storage.listApiKeys(workspaceId);
        let error;
        let parsed = [];
        try {
            parsed = parseScopes(scopes.join(','));
        }
        catch (e) {
            error = e.message;
        }
        if (!error && (name === '' || parsed.length === 0))
            error = 'Give the key a name and at least one scope.';
        if (!error && expires && (Number.isNaN(expires.getTime()) || expires <= deps.now()))
            error = 'The expiry date must be in the future.';
        if (error)
            return c.html(_jsx(KeysPage, { csrf: csrfToken, keys: await keys(), error: error }), 400);
        const { key, record } = await deps.storage.createApiKey({
            workspaceId,
            name,
            scopes: parsed,
            expiresAt: expires?.toISOString() ?? null,
        });
        c.header('cache-control', 'no-store');
        return c.html(_jsx(KeysPage, { csrf: csrfToken, keys: await keys(), created: { key, name: record.name } }), 201);
    });
    app.post('/keys/:id/revoke', async (c) => {
        await deps.storage.revokeApiKey(c.req.param('id'), c.get('session').workspaceId, deps.now());
        return c.redirect('/keys', 303);
    });
    return app;
}
