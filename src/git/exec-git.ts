import { spawn } from 'node:child_process';
import { DardocsError } from '../errors.js';

export interface GitRun {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface ExecGitOptions {
  cwd: string;
  /** Written to git's stdin, then closed. */
  input?: string | Buffer;
  /** Return a non-zero exit instead of throwing. */
  allowFailure?: boolean;
  /** Extra environment (a temporary index, an author, configuration through GIT_CONFIG_*). */
  env?: Record<string, string>;
  /** Text to hide in an error message (a token in configuration). */
  redact?: string[];
}

/**
 * Every git process runs through here. It is spawned directly rather than through @actions/exec
 * because the scanner reads large NUL-separated listings as raw bytes (no line splitting, no
 * echoing of the command line), and tests need identical behaviour on a runner and a terminal.
 * GIT_OPTIONAL_LOCKS=0 keeps read-only commands from rewriting the index under a user's feet.
 */
export function execGit(args: string[], options: ExecGitOptions): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotePath=false', ...args], {
      cwd: options.cwd,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      reject(
        new DardocsError(
          'GIT_FAILED',
          `Could not run git (${error.message}). Install git and make sure it is on PATH.`,
          {
            cause: error,
          },
        ),
      );
    });
    child.on('close', (code) => {
      const run = { code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() };
      if (run.code !== 0 && !options.allowFailure) {
        reject(
          new DardocsError(
            'GIT_FAILED',
            redactAll(
              `git ${args.join(' ')} failed in ${options.cwd}: ${run.stderr || `exit ${run.code}`}`,
              options.redact,
            ),
          ),
        );
        return;
      }
      resolve(run);
    });
    child.stdin.on('error', () => {
      // git may exit before reading all of stdin; its exit code tells what happened.
    });
    child.stdin.end(options.input ?? '');
  });
}

function redactAll(text: string, secrets: string[] = []): string {
  return secrets.filter((s) => s !== '').reduce((t, s) => t.split(s).join('***'), text);
}

/** Splits NUL-terminated output (`-z`) into strings. */
export function splitNul(buffer: Buffer): string[] {
  const parts = buffer.toString('utf8').split('\0');
  if (parts.at(-1) === '') parts.pop();
  return parts;
}
