import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { DardocsError, InputError, getErrorMessage } from '../../errors.js';
import { execGit } from '../../git/exec-git.js';
import { currentBranch, locateRepository, originUrl } from '../../git/repository.js';
import { resolveRepository } from '../../runtime/repository-identity.js';
import type { CommandResult } from '../../runtime/summary.js';
import type { CommandDeps } from '../registry.js';
import { EMPTY_CONFIG, parseDocsConfig, type DocsConfig } from './config.js';
import { disableHooks, enableHooks } from './hooks.js';
import { initConfig } from './init.js';
import { acquireLock } from './lock.js';
import { revertCommit } from './revert.js';
import type { DocsSettings } from './settings.js';
import { GitNotesStore, ReceiverStateStore, type DocsStateStore } from './state.js';
import { renderStatus } from './status.js';
import { runCheck, runUpdate } from './update.js';

export { parseDocsSettings as parseSettings } from './settings.js';

export interface DocsDeps extends CommandDeps {
  fetch?: typeof fetch;
}

export const DEFAULT_DOC_FILES = ['README.md', 'docs/**/*.md'];

/** Everything a docs subcommand needs about the repository, resolved once. */
export interface DocsContext {
  settings: DocsSettings;
  deps: DocsDeps;
  /** The repository's top level, where paths in the plan are relative to. */
  root: string;
  gitDir: string;
  repository: string;
  owner: string;
  repo: string;
  config: DocsConfig;
  configFile: string;
  docGlobs: string[];
  store: DocsStateStore;
  inRunner: boolean;
}

async function context(settings: DocsSettings, deps: DocsDeps): Promise<DocsContext> {
  const cwd = resolve(deps.workdir, settings.cwd);
  const location = await locateRepository(cwd);
  if (!location) {
    throw new InputError(
      'cwd',
      `${cwd} is not inside a git repository; docs works on commits, so run it in a checkout.`,
    );
  }
  const root = location.topLevel;
  const gitDir = (await execGit(['rev-parse', '--absolute-git-dir'], { cwd: root })).stdout.toString('utf8').trim();
  const identity = resolveRepository({
    input: settings.repository,
    env: deps.env,
    originUrl: await originUrl(root),
    dirName: basename(root),
  });
  const configPath = resolve(cwd, settings.configPath);
  let config = EMPTY_CONFIG;
  const configFile = relative(root, configPath).split('\\').join('/');
  if (existsSync(configPath)) config = parseDocsConfig(readFileSync(configPath, 'utf8'), configFile);
  const inRunner = deps.env.GITHUB_ACTIONS === 'true';
  const auth = { token: settings.githubToken };
  const repository = `${identity.owner}/${identity.name}`;
  const store: DocsStateStore =
    settings.receiverUrl && settings.receiverApiKey
      ? new ReceiverStateStore(settings.receiverUrl, settings.receiverApiKey, repository, deps.fetch)
      : new GitNotesStore(root, { share: inRunner, auth });
  return {
    settings,
    deps,
    root,
    gitDir,
    repository,
    owner: identity.owner,
    repo: identity.name,
    config,
    configFile,
    docGlobs: settings.docFiles.length > 0 ? settings.docFiles : (config.docFiles ?? DEFAULT_DOC_FILES),
    store,
    inRunner,
  };
}

/** The base branch: the input, else the pushed branch, else the checked-out one. */
export async function baseBranch(ctx: DocsContext): Promise<string> {
  const pushed = ctx.deps.env.GITHUB_REF?.startsWith('refs/heads/') ? ctx.deps.env.GITHUB_REF_NAME : undefined;
  const base = ctx.settings.base ?? pushed ?? (await currentBranch(ctx.root));
  if (!base) {
    throw new InputError(
      'base',
      'HEAD is detached and no branch was pushed: set base to the branch the docs belong to.',
    );
  }
  return base;
}

export async function run(settings: DocsSettings, deps: DocsDeps): Promise<CommandResult> {
  const ctx = await context(settings, deps);
  switch (settings.docsCommand) {
    case 'init':
      return initConfig(ctx);
    case 'enable-hook':
      return enableHooks(ctx);
    case 'disable-hook':
      return disableHooks(ctx);
    case 'status':
      return renderStatus(ctx);
    default:
      break;
  }
  if (settings.mode === 'check') return runCheck(ctx);
  const release = acquireLock(join(ctx.gitDir, 'dardocs', 'run.lock'));
  try {
    if (settings.docsCommand === 'revert') return await revertCommit(ctx, settings.commit as string);
    return await runUpdate(ctx);
  } catch (error) {
    if (error instanceof DardocsError) throw error;
    throw new DardocsError('GIT_FAILED', getErrorMessage(error), { cause: error });
  } finally {
    release();
  }
}
