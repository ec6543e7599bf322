import { execGit } from './exec-git.js';

/**
 * Pushing and fetching single refs. A token travels as an HTTP header set through GIT_CONFIG_*
 * environment variables, never on the command line or in the remote URL, and replaces any header
 * actions/checkout persisted (an empty value resets git's list of extra headers).
 */
export interface RemoteAuth {
  token?: string;
}

function authEnv(remoteUrl: string | undefined, auth: RemoteAuth): Record<string, string> {
  if (!auth.token || !remoteUrl || !/^https?:\/\//.test(remoteUrl)) return {};
  const origin = new URL(remoteUrl);
  const key = `http.${origin.protocol}//${origin.host}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}

async function remoteUrl(cwd: string, remote: string): Promise<string | undefined> {
  const run = await execGit(['remote', 'get-url', remote], { cwd, allowFailure: true });
  return run.code === 0 ? run.stdout.toString('utf8').trim() : undefined;
}

export type PushOutcome =
  { ok: true } | { ok: false; reason: 'non-fast-forward' | 'protected' | 'other'; message: string };

export async function pushRef(
  cwd: string,
  options: { remote?: string; source: string; ref: string; force?: boolean; auth?: RemoteAuth },
): Promise<PushOutcome> {
  const remote = options.remote ?? 'origin';
  const env = authEnv(await remoteUrl(cwd, remote), options.auth ?? {});
  const spec = `${options.force ? '+' : ''}${options.source}:${options.ref}`;
  const run = await execGit(['push', '--porcelain', remote, spec], {
    cwd,
    env,
    allowFailure: true,
    redact: [options.auth?.token ?? ''],
  });
  if (run.code === 0) return { ok: true };
  const output = `${run.stdout.toString('utf8')}\n${run.stderr}`.split(options.auth?.token || '\0').join('***');
  if (/non-fast-forward|fetch first|\[rejected\].*\(stale info\)/i.test(output))
    return { ok: false, reason: 'non-fast-forward', message: output.trim() };
  if (/protected branch|GH006|pre-receive hook declined|refusing to update/i.test(output))
    return { ok: false, reason: 'protected', message: output.trim() };
  return { ok: false, reason: 'other', message: output.trim() };
}

/** Fetches one ref into a private ref and answers its commit, or undefined when the remote has no such ref. */
export async function fetchRef(
  cwd: string,
  options: { remote?: string; ref: string; into: string; auth?: RemoteAuth },
): Promise<string | undefined> {
  const remote = options.remote ?? 'origin';
  const env = authEnv(await remoteUrl(cwd, remote), options.auth ?? {});
  const run = await execGit(['fetch', '--no-tags', '--quiet', remote, `+${options.ref}:${options.into}`], {
    cwd,
    env,
    allowFailure: true,
    redact: [options.auth?.token ?? ''],
  });
  if (run.code !== 0) {
    if (/couldn't find remote ref|no such ref|not our ref/i.test(run.stderr)) return undefined;
    throw new Error(`git fetch ${options.ref} failed: ${run.stderr.split(options.auth?.token || '\0').join('***')}`);
  }
  const sha = await execGit(['rev-parse', '--verify', '-q', options.into], { cwd, allowFailure: true });
  return sha.code === 0 ? sha.stdout.toString('utf8').trim() : undefined;
}

export async function deleteRemoteRef(
  cwd: string,
  options: { remote?: string; ref: string; auth?: RemoteAuth },
): Promise<void> {
  const remote = options.remote ?? 'origin';
  const env = authEnv(await remoteUrl(cwd, remote), options.auth ?? {});
  await execGit(['push', '--quiet', remote, `:${options.ref}`], {
    cwd,
    env,
    allowFailure: true,
    redact: [options.auth?.token ?? ''],
  });
}

export async function hasRemote(cwd: string, remote = 'origin'): Promise<boolean> {
  return (await remoteUrl(cwd, remote)) !== undefined;
}
