import * as core from '@actions/core';
import { getErrorMessage } from './errors.js';
import { version } from './inputs/manifest.js';
import { readInputs } from './inputs/read.js';
import { executeCommand, registerSecrets } from './run-command.js';
import { createActionsLog } from './runtime/actions-log.js';
import { Redactor } from './runtime/redact.js';
import { renderSummaryMarkdown } from './runtime/summary.js';

/**
 * The action's entry point: the only place that sets outputs, writes the job summary and calls
 * core.setFailed. Importing this module has no side effects; src/index.ts calls run().
 */
export async function run(): Promise<void> {
  const log = createActionsLog();
  // The runner masks its log, but the job summary is a file we write: redact it ourselves.
  const redactor = new Redactor();
  try {
    const raw = readInputs((name) => core.getInput(name), process.env);
    for (const secret of registerSecrets(raw, log)) redactor.add(secret);
    const result = await executeCommand(raw, {
      log,
      env: process.env,
      workdir: process.cwd(),
      now: () => new Date(),
      version,
    });
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(redactor.redact(renderSummaryMarkdown(result.summary))).write();
    }
    if (result.failure) core.setFailed(getErrorMessage(result.failure));
  } catch (error) {
    core.setFailed(getErrorMessage(error));
  }
}
