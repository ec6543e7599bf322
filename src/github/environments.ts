import { DardocsError } from '../errors.js';
import { requestFailure, type GithubClient } from './client.js';

/** Deployment environments through the GitHub REST API, in domain terms. */
export interface EnvironmentSettings {
  waitTimer: number;
  preventSelfReview: boolean;
  reviewers: Array<{ type: 'User' | 'Team'; id: number }>;
  /** 'all' (no policy), 'protected' (protected branches), or custom branch name patterns. */
  branches: 'all' | 'protected' | string[];
}

export class EnvironmentsApi {
  constructor(
    private readonly octokit: GithubClient,
    private readonly owner: string,
    private readonly repo: string,
  ) {}

  private fail(env: string, what: string, error: unknown): DardocsError {
    const { status, message } = requestFailure(error);
    if (status === 422 && /reviewer|user|team/i.test(message)) {
      return new DardocsError(
        'GITHUB_ENV_REVIEWER_NOT_FOUND',
        `${env}: a reviewer was not found or may not review in ${this.owner}/${this.repo} (${message}); check the user and team ids`,
      );
    }
    if (status === 409) {
      return new DardocsError(
        'GITHUB_ENV_PROTECTION_RULE_CONFLICT',
        `${env}: cannot ${what} (${message}); the environment may have deployments waiting on its rules`,
      );
    }
    if (status === 403 || status === 404) {
      return new DardocsError(
        'GITHUB_PERMISSION_DENIED',
        `${env}: GitHub answered ${status} to ${what} (${message}). The token needs the repository permissions "Administration: Read and write" (environments), "Environments: Read and write" (variables) and "Secrets: Read and write"; the workflow's GITHUB_TOKEN cannot manage environments.`,
      );
    }
    return new DardocsError(
      'GITHUB_ENV_FAILED',
      `${env}: GitHub answered ${status ?? 'no response'} to ${what}: ${message}`,
    );
  }

  private async req<T>(env: string, what: string, route: string, params: Record<string, unknown> = {}): Promise<T> {
    try {
      const response = await this.octokit.request(route, {
        owner: this.owner,
        repo: this.repo,
        environment_name: env,
        ...params,
      });
      return response.data as T;
    } catch (error) {
      throw this.fail(env, what, error);
    }
  }

  async get(env: string): Promise<EnvironmentSettings | undefined> {
    let data: {
      protection_rules?: Array<{
        type: string;
        wait_timer?: number;
        prevent_self_review?: boolean;
        reviewers?: Array<{ type: 'User' | 'Team'; reviewer: { id: number } }>;
      }>;
      deployment_branch_policy?: { protected_branches: boolean; custom_branch_policies: boolean } | null;
    };
    try {
      data = (
        await this.octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}', {
          owner: this.owner,
          repo: this.repo,
          environment_name: env,
        })
      ).data as typeof data;
    } catch (error) {
      if (requestFailure(error).status === 404) return undefined;
      throw this.fail(env, 'reading the environment', error);
    }
    const rules = data.protection_rules ?? [];
    const wait = rules.find((r) => r.type === 'wait_timer');
    const review = rules.find((r) => r.type === 'required_reviewers');
    const policy = data.deployment_branch_policy;
    let branches: EnvironmentSettings['branches'] = 'all';
    if (policy?.protected_branches) branches = 'protected';
    else if (policy?.custom_branch_policies) branches = (await this.branchPolicies(env)).map((p) => p.name).sort();
    return {
      waitTimer: wait?.wait_timer ?? 0,
      preventSelfReview: review?.prevent_self_review ?? false,
      reviewers: (review?.reviewers ?? []).map((r) => ({ type: r.type, id: r.reviewer.id })),
      branches,
    };
  }

  async put(env: string, s: EnvironmentSettings): Promise<void> {
    await this.req(
      env,
      'create or update the environment',
      'PUT /repos/{owner}/{repo}/environments/{environment_name}',
      {
        wait_timer: s.waitTimer,
        prevent_self_review: s.preventSelfReview,
        reviewers: s.reviewers,
        deployment_branch_policy:
          s.branches === 'all'
            ? null
            : { protected_branches: s.branches === 'protected', custom_branch_policies: s.branches !== 'protected' },
      },
    );
  }

  async branchPolicies(env: string): Promise<Array<{ id: number; name: string }>> {
    const data = await this.req<{ branch_policies: Array<{ id: number; name: string }> }>(
      env,
      'listing deployment branch policies',
      'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
      { per_page: 100 },
    );
    return data.branch_policies;
  }

  async addBranchPolicy(env: string, name: string): Promise<void> {
    await this.req(
      env,
      `adding branch policy ${name}`,
      'POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
      { name, type: 'branch' },
    );
  }

  async removeBranchPolicy(env: string, id: number): Promise<void> {
    await this.req(
      env,
      'removing a branch policy',
      'DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}',
      { branch_policy_id: id },
    );
  }

  /** Every variable of the environment (30 a page, GitHub's maximum for this list). */
  async variables(env: string): Promise<Map<string, string>> {
    const all = new Map<string, string>();
    for (let page = 1; ; page++) {
      const data = await this.req<{ total_count: number; variables: Array<{ name: string; value: string }> }>(
        env,
        'listing variables',
        'GET /repos/{owner}/{repo}/environments/{environment_name}/variables',
        { per_page: 30, page },
      );
      for (const v of data.variables) all.set(v.name, v.value);
      if (data.variables.length < 30 || all.size >= data.total_count) return all;
    }
  }

  async setVariable(env: string, name: string, value: string, exists: boolean): Promise<void> {
    if (exists) {
      await this.req(
        env,
        `updating variable ${name}`,
        'PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}',
        { name, value },
      );
    } else {
      await this.req(
        env,
        `creating variable ${name}`,
        'POST /repos/{owner}/{repo}/environments/{environment_name}/variables',
        { name, value },
      );
    }
  }
}
