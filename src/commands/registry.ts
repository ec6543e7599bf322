import type { CommandName } from '../inputs/manifest.js';
import type { Log } from '../runtime/log.js';
import type { CommandResult } from '../runtime/summary.js';

/** What every command gets from the edge (the action or the CLI). */
export interface CommandDeps {
  log: Log;
  env: Record<string, string | undefined>;
  workdir: string;
  now: () => Date;
  version: string;
}

export interface CommandModule {
  parseSettings(values: Record<string, string>): unknown;
  run(settings: never, deps: CommandDeps): Promise<CommandResult>;
}

/**
 * Each command is loaded only when it runs (a separate chunk in dist/), so `snapshot` does not
 * pay start-up time for the LLM client, Octokit or libsodium that other commands use.
 */
export const commandLoaders: Record<CommandName, () => Promise<CommandModule>> = {
  snapshot: () => import('./snapshot/index.js'),
  soc: () => import('./soc/index.js'),
  regenerate: () => import('./regenerate/index.js'),
  docs: () => import('./docs/index.js'),
  'secrets-sync': () => import('./secrets-sync/index.js'),
  'secrets-validate': () => import('./secrets-validate/index.js'),
  environments: () => import('./environments/index.js'),
};
