import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { Hono, type Context } from 'hono';
import sodium from 'libsodium-wrappers';
import { serveApp } from './serve-app.js';

/**
 * A local stand-in for GitHub's REST API for secrets and environments, reached through the real
 * Octokit (GITHUB_API_URL). It holds real libsodium key pairs, so a test can open every stored
 * sealed box; it checks every request against GitHub's published OpenAPI description; it sends
 * x-ratelimit-* headers and can enforce the secondary limits (points per minute, concurrent writes).
 */

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>>;
  components: unknown;
}

let spec: { routes: Array<{ template: string; regex: RegExp; ops: OpenApi['paths'][string] }>; ajv: Ajv } | undefined;

function openApi() {
  if (spec) return spec;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApi;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'https://schemas.test/github', components: doc.components });
  const routes = Object.entries(doc.paths).map(([template, ops]) => ({
    template,
    regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    ops,
  }));
  spec = { routes, ajv };
  return spec;
}

/** Problems with one request against the OpenAPI description: unknown path or method, or a body that does not match. */
export function checkAgainstOpenApi(method: string, path: string, body: unknown): string[] {
  const { routes, ajv } = openApi();
  const matches = routes.filter((r) => r.regex.test(path));
  // The most specific template: the one with the fewest parameters.
  const route = matches.sort(
    (a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0),
  )[0];
  if (!route) return [`${method} ${path}: no such path in GitHub's OpenAPI description`];
  const op = route.ops[method.toLowerCase()];
  if (!op) return [`${method} ${path}: ${route.template} has no ${method}`];
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (!schema || body === undefined) return [];
  const label = `${method} ${route.template}`;
  const key = `https://schemas.test/op/${encodeURIComponent(label)}`;
  let validate = ajv.getSchema(key);
  if (!validate) {
    ajv.addSchema(
      JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"https://schemas.test/github#/components/')),
      key,
    );
    validate = ajv.getSchema(key);
  }
  if (validate?.(body)) return [];
  return (validate?.errors ?? []).map((e) => `${label}: body${e.instancePath} ${e.message}`);
}

interface KeyPair {
  keyId: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

interface StoredSecret {
  encrypted: string;
  keyId: string;
  visibility?: string;
  selected?: number[];
}

interface Environment {
  wait_timer: number;
  prevent_self_review: boolean;
  reviewers: Array<{ type: string; id: number }>;
  deployment_branch_policy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  policies: Array<{ id: number; name: string }>;
  variables: Map<string, string>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  status: number;
  at: number;
}

export class FakeGitHubApi {
  readonly keys = new Map<string, KeyPair>();
  readonly secrets = new Map<string, Map<string, StoredSecret>>();
  readonly environments = new Map<string, Environment>();
  readonly repositoryIds = new Map<string, number>([
    ['acme/shop', 101],
    ['acme/web', 102],
    ['acme/api', 103],
  ]);
  readonly users = new Set<number>([1, 2, 3]);
  readonly teams = new Set<number>([7]);
  readonly requests: RecordedRequest[] = [];
  readonly openApiProblems: string[] = [];
  latencyMs = 0;
  rateRemaining = 5000;
  /** GitHub's secondary limits, when set: points in a sliding minute (reads 1, writes 5) and writes in flight. */
  secondary: { pointsPerMinute: number; maxConcurrentWrites: number; windowMs: number } | undefined;
  secondaryHits = 0;
  /** Answer 500 (or 403) for requests whose path matches. */
  failPath: RegExp | undefined;
  forbidPath: RegExp | undefined;
  private points: Array<{ at: number; points: number }> = [];
  private inFlightWrites = 0;
  maxInFlightWrites = 0;
  private nextId = 1000;
  private server: Awaited<ReturnType<typeof serveApp>> | undefined;

  async start(): Promise<string> {
    await sodium.ready;
    const app = new Hono();
    app.use(async (c, next) => {
      const method = c.req.method;
      const path = new URL(c.req.url).pathname;
      const body =
        method === 'GET' || method === 'DELETE'
          ? undefined
          : await c.req.raw
              .clone()
              .json()
              .catch(() => undefined);
      this.openApiProblems.push(...checkAgainstOpenApi(method, path, body));
      const write = method !== 'GET';
      const record: RecordedRequest = { method, path, body, status: 0, at: Date.now() };
      this.requests.push(record);
      if (write) {
        this.inFlightWrites++;
        this.maxInFlightWrites = Math.max(this.maxInFlightWrites, this.inFlightWrites);
      }
      try {
        const limited = this.secondaryLimit(write);
        if (limited) {
          this.secondaryHits++;
          record.status = 403;
          return c.json(
            { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
            403,
            { 'retry-after': String(limited), ...this.rateHeaders() },
          );
        }
        if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
        if (this.forbidPath?.test(path)) {
          record.status = 403;
          return c.json({ message: 'Resource not accessible by integration' }, 403, this.rateHeaders());
        }
        if (this.failPath?.test(path)) {
          record.status = 500;
          return c.json({ message: 'Server Error' }, 500, this.rateHeaders());
        }
        this.rateRemaining = Math.max(0, this.rateRemaining - 1);
        await next();
        record.status = c.res.status;
        for (const [k, v] of Object.entries(this.rateHeaders())) c.res.headers.set(k, v);
      } finally {
        if (write) this.inFlightWrites--;
      }
    });
    this.routes(app);
    this.server = await serveApp(app);
    return this.server.url;
  }

  async stop(): Promise<void> {
    await this.server?.close();
  }

  private rateHeaders(): Record<string, string> {
    return {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.rateRemaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
    };
  }

  /** Seconds to wait when this request breaks a secondary limit, else 0. */
  private secondaryLimit(write: boolean): number {
    if (!this.secondary) return 0;
    const now = Date.now();
    this.points = this.points.filter((p) => now - p.at < (this.secondary?.windowMs ?? 60_000));
    const used = this.points.reduce((s, p) => s + p.points, 0);
    const cost = write ? 5 : 1;
    if (write && this.inFlightWrites > this.secondary.maxConcurrentWrites) return 1;
    if (used + cost > this.secondary.pointsPerMinute) {
      const oldest = this.points[0]?.at ?? now;
      return Math.max(1, Math.ceil((this.secondary.windowMs - (now - oldest)) / 1000));
    }
    this.points.push({ at: now, points: cost });
    return 0;
  }

  private keyFor(scope: string): KeyPair {
    let pair = this.keys.get(scope);
    if (!pair) {
      const kp = sodium.crypto_box_keypair();
      pair = { keyId: `key-${this.keys.size + 1}`, publicKey: kp.publicKey, privateKey: kp.privateKey };
      this.keys.set(scope, pair);
    }
    return pair;
  }

  private store(scope: string): Map<string, StoredSecret> {
    let s = this.secrets.get(scope);
    if (!s) this.secrets.set(scope, (s = new Map()));
    return s;
  }

  /** Opens a stored sealed box with the scope's private key. */
  open(scope: string, name: string): string | undefined {
    const secret = this.secrets.get(scope)?.get(name);
    const pair = this.keys.get(scope);
    if (!secret || !pair) return undefined;
    const sealed = sodium.from_base64(secret.encrypted, sodium.base64_variants.ORIGINAL);
    return sodium.to_string(sodium.crypto_box_seal_open(sealed, pair.publicKey, pair.privateKey));
  }

  /** Creates an environment with no rules, as if someone had made it by hand. */
  addEnvironment(key: string): void {
    this.environments.set(key, {
      wait_timer: 0,
      prevent_self_review: false,
      reviewers: [],
      deployment_branch_policy: null,
      policies: [],
      variables: new Map(),
    });
  }

  /** Puts a secret there directly, as if someone had set it by hand. */
  preset(scope: string, name: string, extra: Partial<StoredSecret> = {}): void {
    this.keyFor(scope);
    this.store(scope).set(name, { encrypted: 'AAAA', keyId: 'key-x', ...extra });
  }

  private routes(app: Hono): void {
    const secretRoutes = (prefix: string, scopeOf: (c: Context) => string) => {
      app.get(`${prefix}/public-key`, (c) => {
        const pair = this.keyFor(scopeOf(c));
        return c.json({ key_id: pair.keyId, key: sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL) });
      });
      app.get(prefix, (c) => {
        const all = [...this.store(scopeOf(c)).keys()].sort();
        const perPage = Number(c.req.query('per_page') ?? 30);
        const page = Number(c.req.query('page') ?? 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        return c.json({
          total_count: all.length,
          secrets: slice.map((name) => ({
            name,
            created_at: '2026-01-01T00:00:00Z',
            updated_at: '2026-01-01T00:00:00Z',
          })),
        });
      });
      app.get(`${prefix}/:name`, (c) => {
        const secret = this.store(scopeOf(c)).get(c.req.param('name'));
        if (!secret) return c.json({ message: 'Not Found' }, 404);
        return c.json({
          name: c.req.param('name'),
          visibility: secret.visibility ?? 'private',
          created_at: '',
          updated_at: '',
        });
      });
      app.get(`${prefix}/:name/repositories`, (c) => {
        const ids = this.store(scopeOf(c)).get(c.req.param('name'))?.selected ?? [];
        return c.json({ total_count: ids.length, repositories: ids.map((id) => ({ id, full_name: `acme/${id}` })) });
      });
      app.put(`${prefix}/:name`, async (c) => {
        const body = (await c.req.json()) as {
          encrypted_value: string;
          key_id: string;
          visibility?: string;
          selected_repository_ids?: number[];
        };
        const scope = scopeOf(c);
        const pair = this.keyFor(scope);
        if (body.key_id !== pair.keyId) return c.json({ message: 'Bad key_id' }, 422);
        try {
          sodium.crypto_box_seal_open(
            sodium.from_base64(body.encrypted_value, sodium.base64_variants.ORIGINAL),
            pair.publicKey,
            pair.privateKey,
          );
        } catch {
          return c.json({ message: 'encrypted_value could not be decrypted' }, 422);
        }
        const store = this.store(scope);
        const existing = store.get(c.req.param('name'));
        store.set(c.req.param('name'), {
          encrypted: body.encrypted_value,
          keyId: body.key_id,
          visibility: body.visibility ?? existing?.visibility,
          selected: body.selected_repository_ids ?? (body.visibility ? undefined : existing?.selected),
        });
        return existing ? c.body(null, 204) : c.json({}, 201);
      });
      app.delete(`${prefix}/:name`, (c) => {
        const deleted = this.store(scopeOf(c)).delete(c.req.param('name'));
        return deleted ? c.body(null, 204) : c.json({ message: 'Not Found' }, 404);
      });
    };
    // Like GitHub, an environment's secrets answer 404 until the environment exists.
    app.use('/repos/:owner/:repo/environments/:env/secrets/*', async (c, next) => {
      if (!this.environments.has(`${c.req.param('owner')}/${c.req.param('repo')}:${c.req.param('env')}`)) {
        return c.json({ message: 'Not Found' }, 404);
      }
      await next();
    });
    app.use('/repos/:owner/:repo/environments/:env/secrets', async (c, next) => {
      if (!this.environments.has(`${c.req.param('owner')}/${c.req.param('repo')}:${c.req.param('env')}`)) {
        return c.json({ message: 'Not Found' }, 404);
      }
      await next();
    });
    secretRoutes(
      '/repos/:owner/:repo/environments/:env/secrets',
      (c) => `env:${c.req.param('owner')}/${c.req.param('repo')}:${c.req.param('env')}`,
    );
    for (const kind of ['codespaces', 'dependabot', 'actions']) {
      secretRoutes(
        `/repos/:owner/:repo/${kind}/secrets`,
        (c) => `repo:${c.req.param('owner')}/${c.req.param('repo')}:${kind}`,
      );
      secretRoutes(`/orgs/:org/${kind}/secrets`, (c) => `org:${c.req.param('org')}:${kind}`);
    }
    app.get('/repos/:owner/:repo', (c) => {
      const id = this.repositoryIds.get(`${c.req.param('owner')}/${c.req.param('repo')}`);
      return id
        ? c.json({ id, full_name: `${c.req.param('owner')}/${c.req.param('repo')}` })
        : c.json({ message: 'Not Found' }, 404);
    });

    const envKey = (c: Context) => `${c.req.param('owner')}/${c.req.param('repo')}:${c.req.param('env')}`;
    app.get('/repos/:owner/:repo/environments/:env', (c) => {
      const e = this.environments.get(envKey(c));
      if (!e) return c.json({ message: 'Not Found' }, 404);
      const rules: unknown[] = [];
      if (e.wait_timer) rules.push({ id: 1, node_id: 'x', type: 'wait_timer', wait_timer: e.wait_timer });
      if (e.reviewers.length)
        rules.push({
          id: 2,
          node_id: 'y',
          type: 'required_reviewers',
          prevent_self_review: e.prevent_self_review,
          reviewers: e.reviewers.map((r) => ({ type: r.type, reviewer: { id: r.id } })),
        });
      return c.json({
        id: 1,
        name: c.req.param('env'),
        protection_rules: rules,
        deployment_branch_policy: e.deployment_branch_policy,
      });
    });
    app.put('/repos/:owner/:repo/environments/:env', async (c) => {
      const body = (await c.req.json()) as Partial<Environment>;
      for (const r of body.reviewers ?? []) {
        if (!(r.type === 'User' ? this.users : this.teams).has(r.id))
          return c.json({ message: `Reviewer ${r.type} ${r.id} is not a valid user or team` }, 422);
      }
      const existing = this.environments.get(envKey(c));
      this.environments.set(envKey(c), {
        wait_timer: body.wait_timer ?? 0,
        prevent_self_review: body.prevent_self_review ?? false,
        reviewers: body.reviewers ?? [],
        deployment_branch_policy: body.deployment_branch_policy ?? null,
        policies: body.deployment_branch_policy?.custom_branch_policies ? (existing?.policies ?? []) : [],
        variables: existing?.variables ?? new Map(),
      });
      return c.json({ id: 1, name: c.req.param('env') });
    });
    app.get('/repos/:owner/:repo/environments/:env/deployment-branch-policies', (c) => {
      const e = this.environments.get(envKey(c));
      return c.json({ total_count: e?.policies.length ?? 0, branch_policies: e?.policies ?? [] });
    });
    app.post('/repos/:owner/:repo/environments/:env/deployment-branch-policies', async (c) => {
      const e = this.environments.get(envKey(c));
      if (!e) return c.json({ message: 'Not Found' }, 404);
      const body = (await c.req.json()) as { name: string };
      const policy = { id: this.nextId++, name: body.name };
      e.policies.push(policy);
      return c.json(policy);
    });
    app.delete('/repos/:owner/:repo/environments/:env/deployment-branch-policies/:id', (c) => {
      const e = this.environments.get(envKey(c));
      if (e) e.policies = e.policies.filter((p) => p.id !== Number(c.req.param('id')));
      return c.body(null, 204);
    });
    app.get('/repos/:owner/:repo/environments/:env/variables', (c) => {
      const e = this.environments.get(envKey(c));
      const list = [...(e?.variables ?? new Map()).entries()].map(([name, value]) => ({
        name,
        value,
        created_at: '',
        updated_at: '',
      }));
      const perPage = Math.min(30, Number(c.req.query('per_page') ?? 10));
      const page = Number(c.req.query('page') ?? 1);
      return c.json({ total_count: list.length, variables: list.slice((page - 1) * perPage, page * perPage) });
    });
    app.post('/repos/:owner/:repo/environments/:env/variables', async (c) => {
      const body = (await c.req.json()) as { name: string; value: string };
      this.environments.get(envKey(c))?.variables.set(body.name, body.value);
      return c.json({}, 201);
    });
    app.patch('/repos/:owner/:repo/environments/:env/variables/:name', async (c) => {
      const body = (await c.req.json()) as { value: string };
      this.environments.get(envKey(c))?.variables.set(c.req.param('name'), body.value);
      return c.body(null, 204);
    });
    app.all('*', (c) => c.json({ message: 'Not Found' }, 404));
  }
}
