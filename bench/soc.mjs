// npm run bench:soc [-- --files 50000 --runs 3]
// soc on the synthetic repository (the same one bench:snapshot builds): wall time and peak RSS of
// the whole process, against a snapshot of the same repository in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildRepo, git } from './synthetic-repo.mjs';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '50000' }, runs: { type: 'string', default: '3' } },
});
const runs = Number(values.runs);
const here = new URL('.', import.meta.url).pathname;
const cli = join(here, '..', 'bin', 'dardocs.js');
const work = mkdtempSync(join(tmpdir(), 'dardocs-soc-bench-'));
const usageFile = join(work, 'usage.json');

function timed(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', join(here, 'report-usage.mjs'), cli, ...args], {
    env: { ...process.env, BENCH_USAGE_FILE: usageFile, GITHUB_ACTIONS: '' },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return { ms, rssMiB: JSON.parse(readFileSync(usageFile, 'utf8')).maxRssKiB / 1024 };
}
function best(label, args) {
  timed(args);
  const samples = Array.from({ length: runs }, () => timed(args));
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b)[Math.floor(runs / 2)];
  const rss = Math.max(...samples.map((s) => s.rssMiB));
  console.log(`  ${label.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms   peak RSS ${rss.toFixed(0)} MiB`);
  return { ms, rss };
}

try {
  const repo = join(work, 'repo');
  buildRepo(repo, { files: Number(values.files) });
  const tracked = git(repo, 'ls-files').split('\n').length - 1;
  console.log(
    `synthetic repository: ${tracked} tracked files; node ${process.version}; median of ${runs} runs after a warm-up`,
  );
  const snapshot = best('snapshot to a file (baseline)', [
    'snapshot',
    '--cwd',
    repo,
    '--output',
    join(work, 'snap.json'),
  ]);
  const soc = best('soc to a file', ['soc', '--cwd', repo, '--output', join(work, 'soc.json')]);
  const part = JSON.parse(readFileSync(join(work, 'soc.json'), 'utf8'));
  console.log('');
  console.log(
    `  soc: ${soc.ms.toFixed(0)} ms (${(soc.ms / snapshot.ms).toFixed(2)}x the snapshot), target < 10000 ms: ${soc.ms < 10_000 ? 'ok' : 'MISSED'}`,
  );
  console.log(
    `  peak RSS ${soc.rss.toFixed(0)} MiB (snapshot ${snapshot.rss.toFixed(0)} MiB); ${part.files} files, ${part.routes.routes.length} routes, ${part.stack.technologies.length} technologies`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
