import type { RepositoryInfo } from '../wire/snapshot.js';

/** Which repository a run is about, from the input, the runner's environment, or the origin remote. Pure. */
export interface IdentitySources {
  input?: string;
  repositoryIdInput?: string;
  env: Record<string, string | undefined>;
  originUrl?: string;
  dirName: string;
}

export function parseRemoteUrl(url: string): { host: string; owner: string; name: string } | undefined {
  const match =
    /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|git@)([^/:]+)(?::\d+)?[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(
      url.trim(),
    );
  if (!match) return undefined;
  return { host: match[1] ?? '', owner: match[2] ?? '', name: match[3] ?? '' };
}

export function resolveRepository(sources: IdentitySources): RepositoryInfo {
  const serverUrl = (sources.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const fullName = sources.input || sources.env.GITHUB_REPOSITORY;
  let owner: string;
  let name: string;
  let githubUrl: string;
  if (fullName) {
    [owner = '', name = ''] = fullName.split('/');
    githubUrl = `${serverUrl}/${owner}/${name}`;
  } else {
    const remote = sources.originUrl ? parseRemoteUrl(sources.originUrl) : undefined;
    owner = remote?.owner ?? 'local';
    name = remote?.name ?? sources.dirName;
    githubUrl = remote ? `https://${remote.host}/${owner}/${name}` : '';
  }
  const repositoryId =
    sources.repositoryIdInput || (fullName ? sources.env.GITHUB_REPOSITORY_ID : undefined) || `${owner}/${name}`;
  return { repository_id: repositoryId, github_url: githubUrl, owner, name };
}

/** The branch being built: the pushed branch on a runner, the pull request's head branch, else git's. */
export function resolveBranch(env: Record<string, string | undefined>, gitBranch: string | undefined): string | null {
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF;
  if (env.GITHUB_REF?.startsWith('refs/heads/')) return env.GITHUB_REF.slice('refs/heads/'.length);
  return gitBranch ?? null;
}
