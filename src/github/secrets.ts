import { DardocsError } from '../errors.js';
import type { Target } from '../secrets/targets.js';
import { targetLabel } from '../secrets/targets.js';
import { requestFailure, type GithubClient } from './client.js';

/**
 * Secrets through the GitHub REST API in domain terms: public keys, names (never values, which the
 * API does not give), writes and deletes for every target kind, and the rate-limit quota seen in
 * response headers.
 */
export interface PublicKey {
  keyId: string;
  key: string;
}

export interface OrgAccess {
  visibility: 'all' | 'private' | 'selected';
  selectedRepositoryIds: number[];
}

export interface Quota {
  remaining: number;
  limit: number;
  resetAt: Date;
}

/** The permission a fine-grained token needs to write secrets of a target. */
export function permissionFor(t: Target): string {
  if (t.kind === 'repo' && t.scope === 'codespaces')
    return 'repository permission "Codespaces secrets: Read and write" (and Codespaces secrets need a token of a repository admin)';
  if (t.kind === 'repo' && t.scope === 'actions') return 'repository permission "Secrets: Read-only" (to list names)';
  if (t.kind === 'repo') return 'repository permission "Dependabot secrets: Read and write"';
  if (t.kind === 'environment')
    return 'repository permissions "Secrets: Read and write" and "Environments: Read and write"';
  if (t.scope === 'codespaces') return 'organization permission "Codespaces secrets: Read and write"';
  if (t.scope === 'dependabot') return 'organization permission "Dependabot secrets: Read and write"';
  return 'organization permission "Secrets: Read and write"';
}

function base(t: Target): string {
  if (t.kind === 'repo') return `/repos/${t.owner}/${t.repo}/${t.scope}/secrets`;
  if (t.kind === 'environment')
    return `/repos/${t.owner}/${t.repo}/environments/${encodeURIComponent(t.environment)}/secrets`;
  return `/orgs/${t.org}/${t.scope}/secrets`;
}

/** A GitHub failure for one target, with what to do about a 403 or 404. */
export function secretsFailure(t: Target, what: string, error: unknown): DardocsError {
  const { status, message } = requestFailure(error);
  if (status === 403 || status === 404) {
    const missing =
      status === 404 && t.kind === 'environment'
        ? ` Either environment ${t.environment} does not exist (create it with the environments command) or the token cannot see it.`
        : status === 404 && t.kind === 'org'
          ? ` Either organisation ${t.org} does not exist or the token cannot see it.`
          : '';
    return new DardocsError(
      'GITHUB_PERMISSION_DENIED',
      `${targetLabel(t)}: GitHub answered ${status} to ${what} (${message}).${missing} The token needs the ${permissionFor(t)}. The workflow's default GITHUB_TOKEN cannot write secrets: pass a fine-grained personal access token or a GitHub App token as github-token.`,
      { details: { status } },
    );
  }
  return new DardocsError(
    'GITHUB_REQUEST_FAILED',
    `${targetLabel(t)}: GitHub answered ${status ?? 'no response'} to ${what}: ${message}`,
    {
      details: { status },
    },
  );
}

export class SecretsApi {
  /** The lowest core quota seen in any response so far. */
  quota: Quota | undefined;
  constructor(private readonly octokit: GithubClient) {}

  private track(headers: Record<string, string | number | undefined>): void {
    const remaining = Number(headers['x-ratelimit-remaining']);
    const limit = Number(headers['x-ratelimit-limit']);
    const reset = Number(headers['x-ratelimit-reset']);
    if (!Number.isFinite(remaining) || !Number.isFinite(reset)) return;
    if (!this.quota || remaining < this.quota.remaining) {
      this.quota = { remaining, limit: Number.isFinite(limit) ? limit : 0, resetAt: new Date(reset * 1000) };
    }
  }

  private async call<T>(
    t: Target,
    what: string,
    route: string,
    params: Record<string, unknown>,
  ): Promise<{ data: T; status: number }> {
    try {
      const response = await this.octokit.request(route, params);
      this.track(response.headers as Record<string, string | number | undefined>);
      return { data: response.data as T, status: response.status };
    } catch (error) {
      const e = error as { response?: { headers?: Record<string, string> } };
      if (e.response?.headers) this.track(e.response.headers);
      throw secretsFailure(t, what, error);
    }
  }

  async publicKey(t: Target): Promise<PublicKey> {
    const { data } = await this.call<{ key_id: string; key: string }>(
      t,
      'reading the public key',
      `GET ${base(t)}/public-key`,
      {},
    );
    return { keyId: data.key_id, key: data.key };
  }

  /** Every secret name of the target (paginated). */
  async names(t: Target): Promise<string[]> {
    const names: string[] = [];
    for (let page = 1; ; page++) {
      const { data } = await this.call<{ total_count: number; secrets: Array<{ name: string }> }>(
        t,
        'listing secrets',
        `GET ${base(t)}`,
        {
          per_page: 100,
          page,
        },
      );
      names.push(...data.secrets.map((s) => s.name));
      if (data.secrets.length < 100 || names.length >= data.total_count) return names;
    }
  }

  /** An organisation secret's current visibility and selected repositories; undefined for a new one. */
  async orgAccess(t: Extract<Target, { kind: 'org' }>, name: string): Promise<OrgAccess | undefined> {
    let visibility: OrgAccess['visibility'];
    try {
      const { data } = await this.octokit.request(`GET ${base(t)}/{secret_name}`, { secret_name: name });
      visibility = (data as { visibility: OrgAccess['visibility'] }).visibility;
    } catch (error) {
      if (requestFailure(error).status === 404) return undefined;
      throw secretsFailure(t, `reading ${name}`, error);
    }
    if (visibility !== 'selected') return { visibility, selectedRepositoryIds: [] };
    const ids: number[] = [];
    for (let page = 1; ; page++) {
      const { data } = await this.call<{ total_count: number; repositories: Array<{ id: number }> }>(
        t,
        `listing the repositories of ${name}`,
        `GET ${base(t)}/{secret_name}/repositories`,
        { secret_name: name, per_page: 100, page },
      );
      ids.push(...data.repositories.map((r) => r.id));
      if (data.repositories.length < 100 || ids.length >= data.total_count) break;
    }
    return { visibility, selectedRepositoryIds: ids };
  }

  async repositoryId(t: Target, fullName: string): Promise<number> {
    const [owner, repo] = fullName.split('/');
    const { data } = await this.call<{ id: number }>(t, `reading ${fullName}`, 'GET /repos/{owner}/{repo}', {
      owner,
      repo,
    });
    return data.id;
  }

  /** Creates or updates a secret; answers whether it was created. */
  async put(
    t: Target,
    name: string,
    sealed: string,
    keyId: string,
    access?: OrgAccess,
  ): Promise<'created' | 'updated'> {
    const body: Record<string, unknown> = { secret_name: name, encrypted_value: sealed, key_id: keyId };
    if (t.kind === 'org' && access) {
      body.visibility = access.visibility;
      if (access.visibility === 'selected') body.selected_repository_ids = access.selectedRepositoryIds;
    }
    const { status } = await this.call(t, `writing ${name}`, `PUT ${base(t)}/{secret_name}`, body);
    return status === 201 ? 'created' : 'updated';
  }

  async remove(t: Target, name: string): Promise<void> {
    await this.call(t, `deleting ${name}`, `DELETE ${base(t)}/{secret_name}`, { secret_name: name });
  }
}
