import { manifest, version } from './manifest.generated.js';

export { version };

export type CommandName = (typeof manifest.commands)[number];
export interface InputSpec {
  name: string;
  description: string;
  default: string;
  required: boolean;
  secret: boolean;
  commands: readonly string[];
}

export const commandNames: readonly CommandName[] = manifest.commands;
const inputs: readonly InputSpec[] = manifest.inputs;

export function isCommandName(name: string): name is CommandName {
  return (commandNames as readonly string[]).includes(name);
}

/** The inputs a command reads: its own plus the untagged ones that apply to every command. */
export function inputsFor(command: string): InputSpec[] {
  return inputs.filter((i) => i.name !== 'command' && (i.commands.length === 0 || i.commands.includes(command)));
}

export function outputsFor(command: string): Array<{ name: string; description: string }> {
  return manifest.outputs.filter((o) => {
    const commands: readonly string[] = o.commands;
    return commands.length === 0 || commands.includes(command);
  });
}
