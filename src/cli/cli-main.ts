import { getErrorMessage, InputError } from '../errors.js';
import { version } from '../inputs/manifest.js';
import { readInputs } from '../inputs/read.js';
import { executeCommand, registerSecrets } from '../run-command.js';
import { createConsoleLog, type Log } from '../runtime/log.js';
import { Redactor } from '../runtime/redact.js';
import { renderSummaryText } from '../runtime/summary.js';
import { helpText, parseCliArgs } from './args.js';

export interface CliIo {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * Runs one CLI invocation and returns its exit code: 0 done, 1 the command failed, 2 a bad flag or
 * value. On a runner (GITHUB_ACTIONS=true) it logs through @actions/core; anywhere else it prints
 * plain text and never a workflow command.
 */
export async function runCli(io: CliIo): Promise<number> {
  // Everything printed passes through the redactor, including the summary and error text,
  // which may quote what a server echoed back.
  const redactor = new Redactor();
  const stdout = (text: string) => io.stdout(redactor.redact(text));
  const stderr = (text: string) => io.stderr(redactor.redact(text));
  let log: Log | undefined;
  try {
    const request = parseCliArgs(io.argv);
    if (request.kind === 'version') {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (request.kind === 'help') {
      io.stdout(helpText(request.command));
      return 0;
    }
    const values = request.values;
    const raw = readInputs((name) => (name === 'command' ? request.command : values[name]), io.env);
    log =
      io.env.GITHUB_ACTIONS === 'true'
        ? (await import('../runtime/actions-log.js')).createActionsLog()
        : createConsoleLog({ out: (l) => stderr(`${l}\n`), err: (l) => stderr(`${l}\n`) });
    for (const secret of registerSecrets(raw, log)) redactor.add(secret);
    const result = await executeCommand(raw, { log, env: io.env, workdir: io.cwd, now: () => new Date(), version });
    const outputs = Object.entries(result.outputs).map(([k, v]) => `${k}=${v}`);
    stdout(`${renderSummaryText(result.summary)}\nOutputs:\n${outputs.map((l) => `  ${l}`).join('\n')}\n`);
    if (result.failure) {
      stderr(`dardocs: ${getErrorMessage(result.failure)}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    stderr(`dardocs: ${getErrorMessage(error)}\n`);
    return error instanceof InputError ? 2 : 1;
  }
}
