// npm run bench:secrets [-- --secrets 200 --latency-ms 50]
// secrets-sync through the built CLI against the fake GitHub API (real libsodium keys, 50 ms per
// request) enforcing GitHub's secondary limits: 900 points in any 60 s (reads 1, writes 5) and
// at most 10 writes in flight. Figures: secondary-limit hits (target 0); wall time against the
// floor the limit imposes (total points at 15 points a second; target within 1.2x); 20 secrets
// with write-concurrency 10 against the default; writes on a no-change re-run with a receiver (target 0).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FakeGitHubApi } from '../__tests__/helpers/fake-github-api.js';

const { values } = parseArgs({
  options: { secrets: { type: 'string', default: '200' }, 'latency-ms': { type: 'string', default: '50' } },
});
const count = Number(values.secrets);
const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'bin', 'dardocs.js');
const work = mkdtempSync(join(tmpdir(), 'dardocs-secrets-bench-'));

const github = new FakeGitHubApi();
const apiUrl = await github.start();
github.latencyMs = Number(values['latency-ms']);
github.secondary = { pointsPerMinute: 900, maxConcurrentWrites: 10, windowMs: 60_000 };

const { startReceiver } = await import(join(root, 'dist/receiver/receiver/src/server.js'));
const { openReceiverDatabase } = await import(join(root, 'dist/receiver/receiver/src/storage/open.js'));
const { SqlStorage } = await import(join(root, 'dist/receiver/receiver/src/storage/sql-storage.js'));
const config = { port: 0, host: '127.0.0.1', dataDir: join(work, 'receiver') };
const opened = await openReceiverDatabase(config);
const storage = new SqlStorage(opened.db);
const workspace = await storage.ensureWorkspace('bench');
const key = (await storage.createApiKey({ workspaceId: workspace.id, name: 'bench', scopes: ['runs:write'] })).key;
await opened.db.close();
opened.release();
const receiver = await startReceiver(config, { info: () => {}, error: () => {} });

const secrets = (n: number, prefix = 'SECRET') =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`${prefix}_${String(i).padStart(3, '0')}`, `value-${i}-${'x'.repeat(40)}`]),
  );

function sync(source: Record<string, string>, extra: string[]): Promise<{ ms: number; out: string }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [
        cli,
        'secrets-sync',
        '--repository',
        'acme/shop',
        '--github-token',
        'bench-token',
        '--secrets',
        JSON.stringify(source),
        ...extra,
      ],
      { env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_API_URL: apiUrl }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) reject(new Error(`secrets-sync exited ${code}: ${out.slice(-2000)}`));
      else resolve({ ms, out });
    });
  });
}

const writes = () => github.requests.filter((r) => r.method !== 'GET' && r.status < 300).length;
const points = () => github.requests.reduce((sum, r) => sum + (r.method === 'GET' ? 1 : 5), 0);
const withReceiver = ['--receiver-url', receiver.url, '--receiver-api-key', key];

try {
  console.log(
    `fake GitHub API: ${values['latency-ms']} ms a request, 900 points a minute (reads 1, writes 5), 10 writes in flight; node ${process.version}`,
  );
  const big = await sync(secrets(count), withReceiver);
  const floorMs = (points() / 15) * 1000;
  console.log(
    `  ${count} secrets x 2 scopes, default pacing: ${writes()} writes, ${github.secondaryHits} secondary-limit hits (target 0), ${(big.ms / 1000).toFixed(1)} s against a floor of ${(floorMs / 1000).toFixed(1)} s = ${(big.ms / floorMs).toFixed(2)}x (target within 1.2x)`,
  );

  github.requests.length = 0;
  const again = await sync(secrets(count), withReceiver);
  console.log(
    `  the same ${count} secrets again with the receiver's fingerprints: ${writes()} writes (target 0), ${(again.ms / 1000).toFixed(1)} s`,
  );

  // A fresh minute for the small runs, so the big run's points do not count against them.
  await new Promise((r) => setTimeout(r, 61_000));
  github.requests.length = 0;
  github.secondaryHits = 0;
  const paced = await sync(secrets(20, 'SMALL'), []);
  const pacedHits = github.secondaryHits;
  github.secrets.clear();
  github.requests.length = 0;
  const concurrent = await sync(secrets(20, 'SMALL'), ['--write-concurrency', '10']);
  console.log(
    `  20 secrets x 2 scopes: default ${(paced.ms / 1000).toFixed(1)} s (${pacedHits} hits), write-concurrency 10 ${(concurrent.ms / 1000).toFixed(1)} s (${github.secondaryHits} hits, at most ${github.maxInFlightWrites} writes in flight): ${(paced.ms / concurrent.ms).toFixed(1)}x faster`,
  );
  if (github.openApiProblems.length > 0)
    console.log(`  OpenAPI problems: ${github.openApiProblems.slice(0, 3).join('; ')}`);
} finally {
  await receiver.stop();
  await github.stop();
  rmSync(work, { recursive: true, force: true });
}
