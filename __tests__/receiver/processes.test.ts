import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../receiver/src/storage/db.js';
import { MIGRATIONS } from '../../receiver/src/storage/migrations.js';
import { removeDir, tempDir } from '../helpers/git-repo.js';
import { TestEndpoint } from '../helpers/http-endpoint.js';

// Real receiver processes from the built bundle (dist/receiver), as `npx dardocs-receiver` runs them.
const bin = new URL('../../bin/dardocs-receiver.js', import.meta.url).pathname;
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

function start(env: NodeJS.ProcessEnv, args: string[]): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--port', '0', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => reject(new Error(`receiver exited ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg: string; url?: string };
      if (entry.msg === 'receiver listening' && entry.url) resolve({ child, url: entry.url });
    });
  });
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(err))));
  });
}

const keyFrom = (output: string) => output.split('\n')[0]?.trim() ?? '';
const auth = (key: string) => ({ authorization: `Bearer ${key}`, 'content-type': 'application/json' });

describe.skipIf(!process.env.TEST_DATABASE_URL)('two receiver processes on one PostgreSQL', () => {
  const dbName = `t_${randomBytes(6).toString('hex')}`;
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const env = { DATABASE_URL: url.toString(), REGENERATION_MIN_INTERVAL_S: '300' };

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
    const admin = await openDatabase({ databaseUrl: adminUrl });
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.close();
  });

  it('migrate once when started together, and answer 20 concurrent regenerate requests with exactly one 202', async () => {
    const admin = await openDatabase({ databaseUrl: adminUrl });
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.close();
    const [a, b] = await Promise.all([start(env, []), start(env, [])]);
    const key = keyFrom(await run(['keys', 'create', '--workspace', 'acme', '--name', 'k', '--scopes', 'admin'], env));
    const soc = (await (
      await fetch(`${a.url}/api/socs`, {
        method: 'POST',
        headers: auth(key),
        body: JSON.stringify({ name: 'p', repositories: ['acme/api'] }),
      })
    ).json()) as { id: string };
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetch(`${(i % 2 ? a : b).url}/api/socs/${soc.id}/regenerate`, { method: 'POST', headers: auth(key) }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(1);
    expect(statuses.filter((s) => s === 429)).toHaveLength(19);
    const accepted = (await answers.find((r) => r.status === 202)!.json()) as { regenerationId: string };
    for (const r of answers.filter((x) => x.status === 429)) {
      expect(
        ((await r.json()) as { error: { details: { regenerationId: string } } }).error.details.regenerationId,
      ).toBe(accepted.regenerationId);
    }
    const check = await openDatabase({ databaseUrl: url.toString() });
    try {
      expect(await check.query('SELECT version FROM schema_migrations ORDER BY version')).toHaveLength(
        MIGRATIONS.length,
      );
    } finally {
      await check.close();
    }
  });
});

describe('a receiver process with a GitHub webhook', () => {
  const dataDir = tempDir('receiver-hook-');
  afterAll(() => removeDir(dataDir));

  it('starts a regeneration deferred by a push once the window ends, from its own sweep', async () => {
    const github = new TestEndpoint(() => ({ status: 204 }));
    await github.start();
    try {
      const env = {
        DARDOCS_DATA_DIR: dataDir,
        DARDOCS_WEBHOOK_SECRET: 'hook-secret',
        DARDOCS_GITHUB_TOKEN: 'ghs_fake',
        DARDOCS_GITHUB_API_URL: github.url,
        REGENERATION_MIN_INTERVAL_S: '2',
        DARDOCS_SWEEP_INTERVAL_MS: '200',
      };
      const key = keyFrom(
        await run(['keys', 'create', '--workspace', 'acme', '--name', 'k', '--scopes', 'admin'], env),
      );
      const receiver = await start(env, []);
      await fetch(`${receiver.url}/api/socs`, {
        method: 'POST',
        headers: auth(key),
        body: JSON.stringify({ name: 'p', repositories: ['acme/api'] }),
      });
      const pushed = async () => {
        const body = JSON.stringify({
          ref: 'refs/heads/main',
          repository: { full_name: 'acme/api', default_branch: 'main' },
        });
        const signature = `sha256=${createHmac('sha256', 'hook-secret').update(body).digest('hex')}`;
        const response = await fetch(`${receiver.url}/api/github/webhook`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', 'x-github-event': 'push', 'x-hub-signature-256': signature },
        });
        const answer = (await response.json()) as { socs?: Array<{ action: string }> };
        if (!answer.socs) throw new Error(`webhook answered ${response.status}: ${JSON.stringify(answer)}`);
        return answer.socs[0]?.action;
      };
      expect(await pushed()).toBe('started');
      for (let i = 0; i < 400 && github.requests.length < 1; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await pushed()).toBe('deferred');
      for (let i = 0; i < 400 && github.requests.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
      expect(github.requests.map((r) => r.url)).toEqual(['/repos/acme/api/dispatches', '/repos/acme/api/dispatches']);
      receiver.child.kill('SIGTERM');
      await new Promise((r) => receiver.child.once('exit', r));
    } finally {
      await github.stop();
    }
  }, 60_000);
});

describe('a receiver stopped with SIGTERM', () => {
  const dataDir = tempDir('receiver-term-');
  afterAll(() => removeDir(dataDir));

  it('finishes the request in flight, then exits 0', async () => {
    const env = { DARDOCS_DATA_DIR: dataDir };
    const key = keyFrom(
      await run(['keys', 'create', '--workspace', 'acme', '--name', 'k', '--scopes', 'snapshots:write'], env),
    );
    const receiver = await start(env, []);
    const files = Array.from({ length: 20_000 }, (_, j) => ({
      path: `dir${j % 100}/f${j}.txt`,
      type: 'file',
      sha: `sha${j}`,
      size: 40,
      content: 'x'.repeat(40),
    }));
    const payload = {
      event: 'initial_snapshot',
      snapshot_id: 'big',
      repository: { repository_id: '1', github_url: '', owner: 'acme', name: 'big' },
      snapshot: { commit_sha: 'c1', branch: 'main', scanned_at: new Date().toISOString(), files },
    };
    const exited = new Promise<number | null>((resolve) => receiver.child.once('exit', (code) => resolve(code)));
    const pending = fetch(`${receiver.url}/api/snapshots`, {
      method: 'POST',
      headers: auth(key),
      body: JSON.stringify(payload),
    });
    await new Promise((r) => setTimeout(r, 50));
    receiver.child.kill('SIGTERM');
    const response = await pending;
    expect(response.status).toBe(201);
    expect(await exited).toBe(0);
    const db = await openDatabase({ dataDir: `${dataDir}/pglite` });
    const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM snapshot_files');
    await db.close();
    expect(rows[0]?.n).toBe(20_000);
  }, 60_000);
});

describe('a receiver killed with SIGKILL during a stream of writes', () => {
  const dataDir = tempDir('receiver-kill-');
  afterAll(() => removeDir(dataDir));

  it('keeps every acknowledged write on restart, and nothing half-written', async () => {
    const env = { DARDOCS_DATA_DIR: dataDir };
    const key = keyFrom(
      await run(['keys', 'create', '--workspace', 'acme', '--name', 'k', '--scopes', 'snapshots:write'], env),
    );
    const first = await start(env, []);
    const acknowledged: string[] = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        const files = Array.from({ length: 50 }, (_, j) => ({
          path: `f${j}.txt`,
          type: 'file',
          sha: `${i}-${j}`,
          size: 1,
          content: String(j),
        }));
        const payload = {
          event: 'initial_snapshot',
          snapshot_id: `s${i}`,
          repository: { repository_id: '1', github_url: '', owner: 'acme', name: `repo${i % 5}` },
          snapshot: { commit_sha: `c${i}`, branch: 'main', scanned_at: new Date().toISOString(), files },
        };
        try {
          const response = await fetch(`${first.url}/api/snapshots`, {
            method: 'POST',
            headers: auth(key),
            body: JSON.stringify(payload),
          });
          if (response.status === 201) acknowledged.push(`s${i}`);
        } catch {
          return; // the process is gone
        }
      }
    })();
    while (acknowledged.length < 25) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    stop = true;
    await writer;
    await new Promise((r) => first.child.once('exit', r));

    // The lock file names a dead process, so a restart takes the data directory over.
    const second = await start(env, []);
    const served = await (async () => {
      // Read through the restarted receiver's API: every acknowledged snapshot is there, whole.
      const found: Record<string, number> = {};
      for (let r = 0; r < 5; r++) {
        const latest = await fetch(`${second.url}/api/repos/acme/repo${r}/snapshots/latest`, { headers: auth(key) });
        if (latest.status === 200) {
          const body = (await latest.json()) as { snapshot_id: string; file_count: number; files: unknown[] };
          found[body.snapshot_id] = body.files.length;
          expect(body.files).toHaveLength(body.file_count);
        }
      }
      return found;
    })();
    // The newest acknowledged snapshot of each repository is the one served (or a later, unacknowledged one).
    for (let r = 0; r < 5; r++) {
      const mine = acknowledged.filter((id) => Number(id.slice(1)) % 5 === r);
      const newest = mine.at(-1);
      if (!newest) continue;
      const servedId = Object.keys(served).find((id) => Number(id.slice(1)) % 5 === r);
      expect(servedId, `repo${r}`).toBeDefined();
      expect(Number(servedId!.slice(1))).toBeGreaterThanOrEqual(Number(newest.slice(1)));
    }
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
    // Offline: every acknowledged snapshot row exists with all 50 of its files.
    const offline = await openDatabase({ dataDir: `${dataDir}/pglite` });
    const rows = await offline.query<{ snapshot_id: string; n: number }>(
      `SELECT s.snapshot_id, count(f.path)::int AS n FROM snapshots s LEFT JOIN snapshot_files f ON f.snapshot_pk = s.id GROUP BY s.snapshot_id`,
    );
    await offline.close();
    const counts = new Map(rows.map((r) => [r.snapshot_id, r.n]));
    for (const id of acknowledged) expect(counts.get(id), id).toBe(50);
    for (const n of counts.values()) expect(n).toBe(50);
  }, 120_000);
});
