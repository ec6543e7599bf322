import { Redactor } from './redact.js';

/**
 * Where a command's progress goes. In a runner it is @actions/core (workflow commands, masking);
 * on a terminal it is plain text with no workflow commands at all, because `::add-mask::VALUE`
 * printed to a terminal shows the very secret it was meant to hide.
 */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible group (runner) or under a heading line (terminal). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value to be masked in every later line. Prints nothing on a terminal. */
  setSecret(value: string): void;
  /** A finding about a line of a file: an annotation on the pull request in a runner, `file:line:` on a terminal. */
  annotate(level: 'error' | 'warning', message: string, where: { file: string; line: number }): void;
}

export interface ConsoleLogOptions {
  verbose?: boolean;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

/** The terminal log: headings instead of groups, warnings on stderr, and secrets redacted from every line. */
export function createConsoleLog(options: ConsoleLogOptions = {}, redactor = new Redactor()): Log {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = options.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const redact = (text: string) => redactor.redact(text);
  return {
    info: (message) => out(redact(message)),
    warning: (message) => err(redact(`warning: ${message}`)),
    debug: (message) => {
      if (options.verbose) err(redact(`debug: ${message}`));
    },
    async group(name, fn) {
      out(redact(`== ${name}`));
      return fn();
    },
    setSecret: (value) => redactor.add(value),
    annotate: (level, message, where) => err(redact(`${where.file}:${where.line}: ${level}: ${message}`)),
  };
}

/** A log that keeps every line, for tests. */
export function createMemoryLog(): Log & { lines: string[]; secrets: string[] } {
  const lines: string[] = [];
  const secrets: string[] = [];
  return {
    lines,
    secrets,
    info: (message) => lines.push(message),
    warning: (message) => lines.push(`warning: ${message}`),
    debug: (message) => lines.push(`debug: ${message}`),
    async group(name, fn) {
      lines.push(`== ${name}`);
      return fn();
    },
    setSecret: (value) => secrets.push(value),
    annotate: (level, message, where) => lines.push(`${where.file}:${where.line}: ${level}: ${message}`),
  };
}
