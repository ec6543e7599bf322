import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../receiver/src/app.js';
import { silentLogger } from '../../receiver/src/logger.js';
import { openDatabase, type Db } from '../../receiver/src/storage/db.js';
import { migrate } from '../../receiver/src/storage/migrations.js';
import { SocStore } from '../../receiver/src/storage/soc-store.js';
import { SqlStorage } from '../../receiver/src/storage/sql-storage.js';
import type { SocGraphNode } from '../../src/wire/soc.js';

const CHROMIUM = '/usr/bin/chromium';
const artifacts = new URL('../artifacts/', import.meta.url).pathname;

let db: Db;
let server: Server;
let base: string;
let admin: string;
let socId: string;

beforeAll(async () => {
  db = await openDatabase({});
  await migrate(db);
  const storage = new SqlStorage(db);
  const ws = await storage.ensureWorkspace('acme');
  admin = (await storage.createApiKey({ workspaceId: ws.id, name: 'admin', scopes: ['admin'] })).key;
  const socs = new SocStore(db);
  const soc = await socs.create(ws.id, { name: 'Platform', repositories: ['acme/api', 'acme/web'] });
  socId = soc.id;
  const graph = (nodes: Array<[string, string, string]>, edges: Array<[string, string]>) => ({
    nodes: nodes.map(([id, label, kind]) => ({ id, label, kind: kind as SocGraphNode['kind'] })),
    edges: edges.map(([from, to]) => ({ from, to })),
  });
  await socs.putPart(
    ws.id,
    soc.id,
    'acme/api',
    {
      analysis: {
        graph: graph(
          [
            ['api', 'api (Express)', 'service'],
            ['db', 'PostgreSQL', 'datastore'],
          ],
          [['api', 'db']],
        ),
      },
      markdown: '# API\n\nRoutes: `GET /health`.\n\n<script>alert(1)</script>',
    },
    new Date(),
  );
  await socs.putPart(
    ws.id,
    soc.id,
    'acme/web',
    { analysis: { graph: graph([['web', 'web (Next.js)', 'service']], [['web', 'api']]) }, markdown: '# Web' },
    new Date(),
  );
  await socs.putPart(
    ws.id,
    soc.id,
    'acme/web',
    {
      analysis: { graph: graph([['web', 'web (Next.js)', 'service']], [['web', 'api']]) },
      markdown: '# Web\n\nNow with a cache.',
    },
    new Date(),
  );
  const app = buildApp({ db, logger: silentLogger });
  server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await db?.close();
});

describe('dashboard over HTTP', () => {
  it('sends a strict Content-Security-Policy and redirects to sign-in without a session', async () => {
    const response = await fetch(`${base}/`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login');
    const login = await fetch(`${base}/login`);
    expect(login.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(login.headers.get('content-security-policy')).not.toContain('unsafe-eval');
  });

  it('refuses a form without the session CSRF token, and a sign-in from another origin', async () => {
    const signIn = await fetch(`${base}/login`, {
      method: 'POST',
      body: new URLSearchParams({ key: admin }),
      redirect: 'manual',
    });
    const cookie = signIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = cookie.split(';')[0] ?? '';
    const forged = await fetch(`${base}/keys`, {
      method: 'POST',
      headers: { cookie: session },
      body: new URLSearchParams({ name: 'x', scopes: 'admin' }),
    });
    expect(forged.status).toBe(403);
    const crossSite = await fetch(`${base}/login`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: new URLSearchParams({ key: admin }),
    });
    expect(crossSite.status).toBe(403);
  });

  it('drops raw HTML from documents', async () => {
    const signIn = await fetch(`${base}/login`, {
      method: 'POST',
      body: new URLSearchParams({ key: admin }),
      redirect: 'manual',
    });
    const session = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const page = await (await fetch(`${base}/socs/${socId}`, { headers: { cookie: session } })).text();
    expect(page).toContain('<pre class="mermaid">');
    expect(page).not.toContain('<script>alert(1)</script>');
  });
});

describe.skipIf(!existsSync(CHROMIUM))('dashboard in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => browser?.close());

  it('signs in, draws the SOC diagram, shows a diff, creates and revokes a key, and follows a run live', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    page.on('dialog', (dialog) => void dialog.accept());

    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('input[name=key]', admin);
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/`);
    await page.getByRole('link', { name: 'Platform' }).click();
    await page.waitForSelector('body[data-mermaid=drawn]', { timeout: 30_000 });
    const svg = page.locator('article.document svg');
    expect(await svg.count()).toBe(1);
    expect(await svg.locator('.node').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('article.document').innerText()).toContain('Now with a cache.');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}dashboard-soc.png`, fullPage: true });

    await page.getByRole('link', { name: 'version 3', exact: true }).click();
    expect((await page.locator('pre.diff .add').allInnerTexts()).join('')).toContain('+Now with a cache.');
    expect((await page.locator('pre.diff .del').allInnerTexts()).join('')).not.toContain('Now with a cache.');

    await page.click('header >> text=API keys');
    await page.fill('input[name=name]', 'CI key');
    await page.check('input[value="snapshots:write"]');
    await page.click('text=Create key');
    const created = (await page.locator('[data-created-key]').innerText()).trim();
    expect(created).toMatch(/^dardocs_[0-9A-Za-z]{49}$/);
    expect(
      (await fetch(`${base}/api/repos/acme/x/snapshots/latest`, { headers: { authorization: `Bearer ${created}` } }))
        .status,
    ).toBe(404);
    await page.locator('tr', { hasText: 'CI key' }).locator('button', { hasText: 'Revoke' }).click();
    await page.waitForURL(`${base}/keys`);
    expect(await page.locator('tr', { hasText: 'CI key' }).innerText()).toContain('revoked');
    expect(
      (await fetch(`${base}/api/repos/acme/x/snapshots/latest`, { headers: { authorization: `Bearer ${created}` } }))
        .status,
    ).toBe(401);
    await page.screenshot({ path: `${artifacts}dashboard-keys.png`, fullPage: true });

    // No GitHub token is configured here, so every dispatch fails and the live status says so.
    await page.goto(`${base}/socs/${socId}`);
    await page.click('text=Regenerate now');
    await page.waitForSelector('[data-field=status]:text("failed")', { timeout: 30_000 });
    expect(await page.locator('[data-field=error]').innerText()).toContain('DARDOCS_GITHUB_TOKEN');
    expect(violations.filter((v) => /Content Security Policy|Refused/.test(v))).toEqual([]);
  }, 90_000);
});
