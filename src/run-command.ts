import { commandLoaders, type CommandDeps } from './commands/registry.js';
import { inputsFor } from './inputs/manifest.js';
import type { RawInputs } from './inputs/read.js';
import type { Log } from './runtime/log.js';
import type { CommandResult } from './runtime/summary.js';

/** Masks every secret input the moment it has been read, before anything else can print it; returns the values. */
export function registerSecrets(raw: RawInputs, log: Log): string[] {
  const secrets: string[] = [];
  for (const spec of inputsFor(raw.command)) {
    const value = raw.values[spec.name];
    if (spec.secret && value) {
      log.setSecret(value);
      secrets.push(value);
    }
  }
  return secrets;
}

/** The one code path both the action and the CLI take: load the command, parse its settings, run it. */
export async function executeCommand(raw: RawInputs, deps: CommandDeps): Promise<CommandResult> {
  const command = await commandLoaders[raw.command]();
  const settings = command.parseSettings(raw.values);
  return command.run(settings as never, deps);
}
