// npm run bench:snapshot [-- --files 50000 --large-mib 1024 --runs 3]
// Prints, from one run on this machine: our snapshot time against the floor (git ls-files + reading
// every file) and globby (gitignore: true), peak RSS for a ~1 GiB tree written to a file, and an
// incremental snapshot of 10 changed files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLargeTree, buildRepo, git } from './synthetic-repo.mjs';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '50000' },
    'large-mib': { type: 'string', default: '1024' },
    runs: { type: 'string', default: '3' },
  },
});
const files = Number(values.files);
const runs = Number(values.runs);
const here = new URL('.', import.meta.url).pathname;
const cli = join(here, '..', 'bin', 'dardocs.js');
const work = mkdtempSync(join(tmpdir(), 'dardocs-bench-'));
const usageFile = join(work, 'usage.json');

function timed(args, cwd) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', join(here, 'report-usage.mjs'), ...args], {
    cwd,
    env: { ...process.env, BENCH_USAGE_FILE: usageFile, GITHUB_ACTIONS: '' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return { ms, rssMiB: JSON.parse(readFileSync(usageFile, 'utf8')).maxRssKiB / 1024, stdout: run.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function best(label, args, cwd) {
  timed(args, cwd); // warm the page cache and the process
  const samples = Array.from({ length: runs }, () => timed(args, cwd));
  const result = {
    label,
    ms: median(samples.map((s) => s.ms)),
    rssMiB: Math.max(...samples.map((s) => s.rssMiB)),
    stdout: samples[0].stdout,
  };
  console.log(
    `  ${label.padEnd(44)} ${result.ms.toFixed(0).padStart(7)} ms   peak RSS ${result.rssMiB.toFixed(0)} MiB`,
  );
  return result;
}

try {
  const repo = join(work, 'repo');
  let t = Date.now();
  buildRepo(repo, { files });
  const tracked = git(repo, 'ls-files').split('\n').length - 1;
  console.log(
    `synthetic repository: ${tracked} tracked files + 100 untracked, nested .gitignore files, 500 binaries, 20 files over 1 MiB (built in ${((Date.now() - t) / 1000).toFixed(1)} s)`,
  );
  console.log(`node ${process.version}, ${runs} runs each after one warm-up, median wall time of a whole process:`);

  const out = join(work, 'snap.json');
  const ours = best(
    'dardocs snapshot (bundle, JSON to a file)',
    [cli, 'snapshot', '--cwd', repo, '--output', out],
    work,
  );
  const floor = best('floor: git ls-files + read every file', [join(here, 'floor.mjs'), repo], work);
  const globby = best('globby gitignore:true + read every file', [join(here, 'globby.mjs'), repo], work);
  const snapBytes = statSync(out).size;
  const tsx = join(here, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const listing = JSON.parse(
    spawnSync(process.execPath, [tsx, join(here, 'file-set.mts'), repo, String(runs)], { encoding: 'utf8' }).stdout,
  );
  console.log(
    `  ${'file set only, in process: dardocs (git)'.padEnd(44)} ${listing.ours.ms.toFixed(0).padStart(7)} ms   ${listing.ours.count} entries`,
  );
  console.log(
    `  ${'file set only, in process: globby'.padEnd(44)} ${listing.globby.ms.toFixed(0).padStart(7)} ms   ${listing.globby.count} entries`,
  );

  // Incremental: 10 files changed since the last snapshot's commit (the untracked files go into that commit).
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base');
  const base = git(repo, 'rev-parse', 'HEAD').trim();
  for (let i = 0; i < 10; i++)
    writeFileSync(join(repo, 'src', 'pkg0', 'mod0', 'leaf0', `file${i}.ts`), `changed ${i}\n`);
  git(repo, 'commit', '-qam', 'ten changes');
  const incremental = best(
    'incremental snapshot, 10 changed files',
    [cli, 'snapshot', '--cwd', repo, '--since', base, '--output', join(work, 'inc.json')],
    work,
  );
  const incFile = JSON.parse(readFileSync(join(work, 'inc.json'), 'utf8'));
  const changed = incFile.snapshot.changes.modified.length + incFile.snapshot.changes.added.length;

  rmSync(repo, { recursive: true, force: true });
  const large = join(work, 'large');
  t = Date.now();
  const largeCount = buildLargeTree(large, Number(values['large-mib']));
  console.log(
    `large tree: ${largeCount} files of 1000 KiB (${values['large-mib']} MiB), built in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  const largeOut = join(work, 'large.json');
  const largeRun = timed([cli, 'snapshot', '--cwd', large, '--output', largeOut], work);
  console.log(
    `  ${'dardocs snapshot of the large tree'.padEnd(44)} ${largeRun.ms.toFixed(0).padStart(7)} ms   peak RSS ${largeRun.rssMiB.toFixed(0)} MiB, file ${(statSync(largeOut).size / 2 ** 20).toFixed(0)} MiB`,
  );

  const ratioFloor = ours.ms / floor.ms;
  const ratioGlobby = globby.ms / ours.ms;
  const ratioListing = listing.globby.ms / listing.ours.ms;
  const check = (ok) => (ok ? 'ok' : 'MISSED');
  console.log('');
  console.log('results');
  console.log(
    `  snapshot of ${tracked + 100} entries: ${ours.ms.toFixed(0)} ms, ${(snapBytes / 2 ** 20).toFixed(1)} MiB of JSON`,
  );
  console.log(
    `  vs floor:  ${ratioFloor.toFixed(2)}x the floor's time        (target <= 2x)   ${check(ratioFloor <= 2)}`,
  );
  console.log(
    `  file set vs globby: ${ratioListing.toFixed(1)}x faster than globby (target >= 5x)   ${check(ratioListing >= 5)}`,
  );
  console.log(
    `  whole snapshot vs globby + reading every file: ${ratioGlobby.toFixed(2)}x faster (reading costs both the same)`,
  );
  console.log(
    `  peak RSS, ${values['large-mib']} MiB tree to a file: ${largeRun.rssMiB.toFixed(0)} MiB (target < 200 MiB)   ${check(largeRun.rssMiB < 200)}`,
  );
  console.log(
    `  incremental, ${changed} changed files: ${incremental.ms.toFixed(0)} ms (target < 1000 ms)   ${check(incremental.ms < 1000 && changed === 10)}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
