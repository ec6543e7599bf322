// npm run bench:receiver [-- --seconds 5 --connections 10]
// Requests/s and p99 latency of the built receiver (a real process, loopback, autocannon) for
// PUT parts, POST /api/snapshots (1,000 files) and GET document, on PGlite and on PostgreSQL
// (when TEST_DATABASE_URL or DATABASE_URL points at one), against GET /healthz in the same run.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' } },
});
const duration = Number(values.seconds);
const connections = Number(values.connections);
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/dardocs-receiver.js');

function startReceiver(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--port', '0'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.on('exit', (code) => reject(new Error(`receiver exited ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line);
      if (entry.msg === 'receiver listening') resolve({ child, url: entry.url });
    });
  });
}

const fileList = Array.from({ length: 1000 }, (_, i) => ({
  path: `src/module${i % 40}/file${i}.ts`,
  type: 'file',
  sha: `${i}`.padStart(40, 'a'),
  size: 120,
  content: 'export const x = 1;\n'.repeat(6),
}));
const snapshotBody = JSON.stringify({
  event: 'initial_snapshot',
  snapshot_id: '__ID__',
  repository: { repository_id: '1', github_url: 'https://github.com/bench/__REPO__', owner: 'bench', name: '__REPO__' },
  snapshot: { commit_sha: '__ID__', branch: 'main', scanned_at: '2026-01-01T00:00:00Z', files: fileList },
});

async function measure(label, options) {
  const result = await autocannon({ connections, duration, ...options });
  const errors = result.errors + result.non2xx;
  return { label, rps: result.requests.average, p99: result.latency.p99, errors, total: result.requests.total };
}

async function benchDatabase(name, env) {
  const key = execFileSync(
    process.execPath,
    [bin, 'keys', 'create', '--workspace', 'bench', '--name', 'bench', '--scopes', 'admin'],
    { env: { ...process.env, ...env } },
  )
    .toString()
    .split('\n')[0]
    .trim();
  const { child, url } = await startReceiver(env);
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  try {
    const repos = Array.from({ length: 50 }, (_, i) => `bench/repo${i}`);
    const soc = await (
      await fetch(`${url}/api/socs`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'bench', repositories: repos }),
      })
    ).json();
    for (const repo of repos) {
      await fetch(`${url}/api/socs/${soc.id}/parts/${repo}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ analysis: { languages: { TypeScript: 1 } }, markdown: `# ${repo}\n\nInitial.` }),
      });
    }
    let n = 0;
    const rows = [];
    rows.push(await measure('GET /healthz (baseline, no database)', { url: `${url}/healthz` }));
    rows.push(
      await measure('PUT /api/socs/:id/parts/:owner/:repo', {
        url,
        headers,
        requests: [
          {
            method: 'PUT',
            setupRequest: (request) => {
              n++;
              const repo = repos[n % repos.length];
              return {
                ...request,
                path: `/api/socs/${soc.id}/parts/${repo}`,
                body: JSON.stringify({
                  analysis: { languages: { TypeScript: n } },
                  markdown: `# ${repo}\n\nChange ${n}.`,
                }),
              };
            },
          },
        ],
      }),
    );
    rows.push(
      await measure('POST /api/snapshots (1,000 files)', {
        url,
        headers,
        requests: [
          {
            method: 'POST',
            path: '/api/snapshots',
            setupRequest: (request) => {
              n++;
              return {
                ...request,
                body: snapshotBody.replaceAll('__ID__', `s${n}`).replaceAll('__REPO__', `r${n % 20}`),
              };
            },
          },
        ],
      }),
    );
    rows.push(await measure('GET /api/socs/:id/document', { url: `${url}/api/socs/${soc.id}/document`, headers }));
    console.log(`\n${name}: ${connections} connections, ${duration} s each`);
    const base = rows[0];
    for (const r of rows) {
      console.log(
        `  ${r.label.padEnd(40)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   ${(r.rps / base.rps).toFixed(3)}x baseline${r.errors ? `   ERRORS ${r.errors}` : ''}`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const work = mkdtempSync(join(tmpdir(), 'dardocs-receiver-bench-'));
try {
  console.log(`node ${process.version}, autocannon over loopback against the built receiver (dist/receiver)`);
  await benchDatabase('PGlite (embedded, on disk)', { DARDOCS_DATA_DIR: join(work, 'data'), DATABASE_URL: '' });
  const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (pgUrl) {
    const dbName = `bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(pgUrl);
    url.pathname = `/${dbName}`;
    try {
      await benchDatabase('PostgreSQL (127.0.0.1:5432)', { DATABASE_URL: url.toString() });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  } else {
    console.log('\nPostgreSQL: skipped (set TEST_DATABASE_URL)');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
