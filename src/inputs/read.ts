import { InputError } from '../errors.js';
import { commandNames, inputsFor, isCommandName, type CommandName } from './manifest.js';

/** Reads one input by its action.yml name; '' or undefined means "not given". */
export type InputSource = (name: string) => string | undefined;

/** Defaults written as workflow expressions, and what stands for them outside a runner. */
const expressionFallbacks: Record<string, string> = {
  'github.token': 'GITHUB_TOKEN',
};

export interface RawInputs {
  command: CommandName;
  /** Every input of the command, with action.yml's default applied. */
  values: Record<string, string>;
}

export function readCommand(get: InputSource): CommandName {
  const command = (get('command') ?? '').trim();
  if (command === '') {
    throw new InputError('command', `Input 'command' is required: one of ${commandNames.join(', ')}.`);
  }
  if (!isCommandName(command)) {
    throw new InputError(
      'command',
      `Input 'command' is '${command}', which is not a command: use one of ${commandNames.join(', ')}.`,
      'COMMAND_UNKNOWN',
    );
  }
  return command;
}

/**
 * The one input layer: the action passes core.getInput, the CLI passes its flags. Defaults come from
 * action.yml (through the generated manifest) so both sources agree. Pure apart from `env`, which is passed in.
 */
export function readInputs(get: InputSource, env: Record<string, string | undefined> = {}): RawInputs {
  const command = readCommand(get);
  const values: Record<string, string> = {};
  for (const spec of inputsFor(command)) {
    let value = get(spec.name);
    if (value === undefined || value === '') {
      const expression = /^\$\{\{\s*([\w.-]+)\s*\}\}$/.exec(spec.default);
      value = expression ? (env[expressionFallbacks[expression[1] ?? ''] ?? ''] ?? '') : spec.default;
    }
    if (spec.required && value === '') {
      throw new InputError(spec.name, `Input '${spec.name}' is required for ${command}.`);
    }
    values[spec.name] = value;
  }
  return { command, values };
}
