import { describe, expect, it } from 'vitest';
import { helpText, parseCliArgs } from '../../src/cli/args.js';
import { InputError } from '../../src/errors.js';
import { inputsFor } from '../../src/inputs/manifest.js';
import { manifest } from '../../src/inputs/manifest.generated.js';

describe('parseCliArgs', () => {
  it("takes the action's input names as flags, in both --name value and --name=value forms", () => {
    expect(parseCliArgs(['snapshot', '--cwd', '.', '--output=snap.json', '--max-file-size', '10'])).toEqual({
      kind: 'run',
      command: 'snapshot',
      values: { cwd: '.', output: 'snap.json', 'max-file-size': '10' },
    });
  });

  it('treats boolean inputs as switches, with --no- to turn one off', () => {
    expect(parseCliArgs(['snapshot', '--redact', '--no-full'])).toMatchObject({
      values: { redact: 'true', full: 'false' },
    });
  });

  it('joins a repeated list flag', () => {
    expect(parseCliArgs(['snapshot', '--exclude', 'a/', '--exclude', 'b/'])).toMatchObject({
      values: { exclude: 'a/\nb/' },
    });
  });

  it.each([
    [['snapshot', '--bogus'], /unknown flag --bogus for snapshot/],
    [['snapshot', '--output'], /flag --output needs a value/],
    [['snapshot', 'stray'], /unexpected argument 'stray'/],
    [['snapshot', '--cwd', 'a', '--cwd', 'b'], /flag --cwd is given twice/],
    [['snapshots'], /unknown command 'snapshots'; commands: snapshot/],
  ])('rejects %j with a one-line error', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(InputError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('answers --help and --version', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['snapshot', '--help'])).toEqual({ kind: 'help', command: 'snapshot' });
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' });
  });
});

describe('helpText', () => {
  it('lists every input of the command with its default, straight from action.yml', () => {
    for (const command of ['snapshot', 'soc', 'regenerate'] as const) {
      const text = helpText(command);
      const mine = inputsFor(command).map((i) => i.name);
      for (const input of manifest.inputs.filter((i) => i.name !== 'command')) {
        const flag = new RegExp(`^  --${input.name}( |$)`, 'm');
        if (mine.includes(input.name)) expect(text).toMatch(flag);
        else expect(text).not.toMatch(flag);
      }
    }
    expect(helpText('snapshot').replace(/\s+/g, ' ')).toContain('(default: 1048576)');
    expect(helpText('regenerate')).toContain('--soc-id <value>');
  });
});
