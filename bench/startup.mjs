// npm run bench:startup: start-up time of the bundles against a bare `node -e 0` in the same run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const runs = 30;
function median(args, env = process.env) {
  const samples = [];
  spawnSync(process.execPath, args, { env });
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
const bare = median(['-e', '0']);
const rows = [
  ['node -e 0 (baseline)', bare],
  ['dardocs --version', median([join(root, 'bin/dardocs.js'), '--version'])],
  ['dardocs snapshot --help', median([join(root, 'bin/dardocs.js'), 'snapshot', '--help'])],
  [
    'action bundle, input error (loads @actions/core)',
    median([join(root, 'dist/action/index.js')], { ...process.env, INPUT_COMMAND: 'unknown' }),
  ],
];
console.log(`node ${process.version}, median of ${runs} runs`);
for (const [label, ms] of rows)
  console.log(`  ${label.padEnd(50)} ${ms.toFixed(0).padStart(5)} ms  (+${(ms - bare).toFixed(0)} ms over bare node)`);
