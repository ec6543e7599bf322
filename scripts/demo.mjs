// npm run demo: runs the main job locally, with the same bundle the action runs: a snapshot of
// examples/ written to .dardocs-data/demo/, and the summary printed. Leaves nothing running.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'bin', 'dardocs.js');
const dataDir = join(root, '.dardocs-data', 'demo');
const output = join(dataDir, 'examples-snapshot.json');
if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) {
  console.error('dist/cli/index.js is missing: run npm run build first.');
  process.exit(1);
}
// A terminal run: no workflow commands, even when the demo itself runs inside CI.
const env = { ...process.env, GITHUB_ACTIONS: '' };
console.log('$ dardocs snapshot --cwd examples --output .dardocs-data/demo/examples-snapshot.json --redact\n');
const run = spawnSync(
  process.execPath,
  [cli, 'snapshot', '--cwd', join(root, 'examples'), '--output', output, '--redact'],
  {
    env,
    stdio: 'inherit',
  },
);
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(
  `\nThe snapshot is in ${relative(process.cwd(), output)} (its data directory, .dardocs-data/, is where the receiver will keep its data).`,
);
console.log('Try: node bin/dardocs.js snapshot --help');
