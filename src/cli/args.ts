import { InputError } from '../errors.js';
import {
  commandNames,
  inputsFor,
  isCommandName,
  outputsFor,
  type CommandName,
  type InputSpec,
} from '../inputs/manifest.js';

export type CliRequest =
  | { kind: 'version' }
  | { kind: 'help'; command?: CommandName }
  | { kind: 'run'; command: CommandName; values: Record<string, string> };

const isBooleanInput = (spec: InputSpec) => spec.default === 'true' || spec.default === 'false';

/** Inputs a command takes as plain words after its name, in order. */
const POSITIONALS: Partial<Record<CommandName, string[]>> = { docs: ['docs-command', 'commit'] };

/**
 * `dardocs <command> [--input-name value]...`: flags are exactly the action's input names, so a
 * workflow's `with:` block and a command line read the same. Pure: argv in, a request out, or an
 * InputError naming the flag.
 */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic !== undefined && !isCommandName(topic)) throw unknownCommand(topic);
    return { kind: 'help', ...(topic ? { command: topic } : {}) };
  }
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first.startsWith('-')) {
    throw new InputError('command', `'${first}' is not a command; run dardocs --help`, 'INPUT_UNKNOWN');
  }
  if (!isCommandName(first)) throw unknownCommand(first);
  const command = first;
  const specs = new Map(inputsFor(command).map((s) => [s.name, s]));
  const values: Record<string, string> = {};
  let positionals = 0;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help', command };
    const positional = POSITIONALS[command]?.[positionals];
    if (!arg.startsWith('--') && positional !== undefined) {
      // `dardocs docs status`, `dardocs docs revert SHA`: words in place of the first flags.
      values[positional] = arg;
      positionals++;
      continue;
    }
    if (!arg.startsWith('--')) {
      throw new InputError(
        'argument',
        `unexpected argument '${arg}' for ${command}; flags look like --name value`,
        'INPUT_UNKNOWN',
      );
    }
    const eq = arg.indexOf('=');
    let name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    let value: string | undefined = eq < 0 ? undefined : arg.slice(eq + 1);
    let negated = false;
    if (!specs.has(name) && name.startsWith('no-') && specs.has(name.slice(3))) {
      name = name.slice(3);
      negated = true;
    }
    const spec = specs.get(name);
    if (!spec) {
      throw new InputError(
        name,
        `unknown flag --${name} for ${command}; run dardocs ${command} --help for the flags`,
        'INPUT_UNKNOWN',
      );
    }
    if (isBooleanInput(spec)) {
      if (negated) value = 'false';
      else if (value === undefined) {
        const next = rest[i + 1];
        if (next !== undefined && /^(true|false)$/i.test(next)) {
          value = next;
          i++;
        } else value = 'true';
      }
    } else if (value === undefined) {
      const next = rest[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new InputError(name, `flag --${name} needs a value`);
      }
      value = next;
      i++;
    }
    if (name in values && spec.name !== 'exclude') {
      throw new InputError(name, `flag --${name} is given twice`);
    }
    // A list input may be given several times; the values are joined as lines.
    values[name] = name in values ? `${values[name]}\n${value}` : value;
  }
  return { kind: 'run', command, values };
}

function unknownCommand(name: string): InputError {
  return new InputError(
    'command',
    `unknown command '${name}'; commands: ${commandNames.join(', ')}`,
    'COMMAND_UNKNOWN',
  );
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

/** Help generated from action.yml (through the manifest), so flags and defaults never drift from the action. */
export function helpText(command?: CommandName): string {
  if (!command) {
    return [
      'dardocs: run dardocs-action commands locally, with the same code as the GitHub Action.',
      '',
      'Usage: dardocs <command> [--input value]...',
      '       dardocs <command> --help',
      '       dardocs --version',
      '',
      `Commands: ${commandNames.join(', ')}`,
      '',
      "Flags are the action's input names (see action.yml). Exit codes: 0 done, 1 failed, 2 bad flag or value.",
      '',
    ].join('\n');
  }
  const words = POSITIONALS[command];
  const usage = words
    ? `Usage: dardocs ${command} [${words.join('] [')}] [flags]`
    : `Usage: dardocs ${command} [flags]`;
  const lines = [usage, '', "Flags (the action's inputs):"];
  for (const spec of inputsFor(command)) {
    const flag = isBooleanInput(spec) ? `--${spec.name}` : `--${spec.name} <value>`;
    const def = spec.default === '' ? '' : ` (default: ${spec.default})`;
    lines.push(`  ${flag}`, `      ${wrap(spec.description + def, 74, '      ')}`);
  }
  const outputs = outputsFor(command);
  if (outputs.length > 0) {
    lines.push('', 'Outputs (printed after the summary):');
    for (const o of outputs) lines.push(`  ${o.name}: ${o.description}`);
  }
  return `${lines.join('\n')}\n`;
}
