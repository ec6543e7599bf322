import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execGit } from '../../git/exec-git.js';
import { AtomicFile } from '../../output/atomic-file.js';
import type { CommandResult } from '../../runtime/summary.js';
import type { DocsContext } from './index.js';

/** Git hooks that run `dardocs docs` in the background after commits, merges and rewrites (seed 004 §4.8). */
export const HOOKS = ['post-commit', 'post-merge', 'post-rewrite'] as const;
const MARK = '# dardocs-hook';
const BACKUP = '.dardocs-backup';

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

async function hooksDir(ctx: DocsContext): Promise<string> {
  const run = await execGit(['rev-parse', '--git-path', 'hooks'], { cwd: ctx.root });
  return resolve(ctx.root, run.stdout.toString('utf8').trim());
}

/** The command a hook runs: this CLI as it was started, unless DARDOCS_HOOK_COMMAND says otherwise. */
function cliCommand(ctx: DocsContext): string {
  return (
    ctx.deps.env.DARDOCS_HOOK_COMMAND ??
    `${shellQuote(process.execPath)} ${shellQuote(resolve(process.argv[1] ?? 'dardocs'))}`
  );
}

export function hookScript(hook: string, command: string, mode: string): string {
  return [
    '#!/bin/sh',
    MARK,
    '# Installed by `dardocs docs enable-hook`; `dardocs docs disable-hook` removes it and restores the earlier hook.',
    `backup="$(dirname "$0")/${hook}${BACKUP}"`,
    'if [ -x "$backup" ]; then "$backup" "$@" || exit $?; fi',
    '# A run already under way holds the lock; the new one exits at once. Output goes to .git/dardocs/hook.log.',
    'log="$(git rev-parse --absolute-git-dir)/dardocs/hook.log"',
    'mkdir -p "$(dirname "$log")"',
    `(${command} docs --mode ${mode} >>"$log" 2>&1 &)`,
    'exit 0',
    '',
  ].join('\n');
}

export async function enableHooks(ctx: DocsContext): Promise<CommandResult> {
  const dir = await hooksDir(ctx);
  mkdirSync(dir, { recursive: true });
  const mode = ctx.settings.mode === 'pr' ? 'commit' : ctx.settings.mode;
  const rows: string[][] = [];
  for (const hook of HOOKS) {
    const path = join(dir, hook);
    let note = 'installed';
    if (existsSync(path) && !readFileSync(path, 'utf8').includes(MARK)) {
      renameSync(path, `${path}${BACKUP}`);
      note = `installed; the earlier hook was kept as ${hook}${BACKUP} and still runs first`;
    }
    const file = new AtomicFile(path);
    file.write(hookScript(hook, cliCommand(ctx), mode));
    file.commit();
    chmodSync(path, 0o755);
    rows.push([hook, note]);
    ctx.deps.log.info(`${hook}: ${note}`);
  }
  return {
    outputs: {},
    summary: {
      title: 'dardocs docs enable-hook',
      facts: [
        ['Hooks', dir],
        ['Runs', `dardocs docs --mode ${mode} in the background`],
      ],
      tables: [{ caption: 'Hooks', headers: ['Hook', 'Result'], rows }],
    },
  };
}

export async function disableHooks(ctx: DocsContext): Promise<CommandResult> {
  const dir = await hooksDir(ctx);
  const rows: string[][] = [];
  for (const hook of HOOKS) {
    const path = join(dir, hook);
    const ours = existsSync(path) && readFileSync(path, 'utf8').includes(MARK);
    let note = 'not installed';
    if (ours) {
      rmSync(path);
      note = 'removed';
      if (existsSync(`${path}${BACKUP}`)) {
        renameSync(`${path}${BACKUP}`, path);
        note = 'removed; the earlier hook is restored';
      }
    } else if (existsSync(path)) note = 'left alone (not installed by dardocs)';
    rows.push([hook, note]);
    ctx.deps.log.info(`${hook}: ${note}`);
  }
  return {
    outputs: {},
    summary: {
      title: 'dardocs docs disable-hook',
      facts: [['Hooks', dir]],
      tables: [{ caption: 'Hooks', headers: ['Hook', 'Result'], rows }],
    },
  };
}
