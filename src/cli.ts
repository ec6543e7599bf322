// The `dardocs` CLI. `--version` answers from the small generated manifest alone; everything else
// is loaded on demand, so the common fast paths do not pay for modules they do not use.
import { version } from './inputs/manifest.generated.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${version}\n`);
} else {
  const { runCli } = await import('./cli/cli-main.js');
  process.exitCode = await runCli({
    argv,
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
