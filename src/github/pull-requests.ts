import { DardocsError } from '../errors.js';
import { requestFailure, type GithubClient } from './client.js';

/** Pull requests in domain terms: `{number, url, created}`, never raw API responses. */
export interface PullRequestRef {
  number: number;
  url: string;
  created: boolean;
}

/** The message GitHub gives when the repository or organisation setting forbids Actions to open PRs. */
const ACTIONS_MAY_NOT_CREATE = /GitHub Actions is not permitted to create or approve pull requests/i;

function translate(error: unknown, what: string, repository: string): DardocsError {
  const { status, message } = requestFailure(error);
  if (ACTIONS_MAY_NOT_CREATE.test(message)) {
    return new DardocsError(
      'GITHUB_PR_NOT_PERMITTED',
      `GitHub refused to let this workflow ${what}: turn on "Allow GitHub Actions to create and approve pull requests" in ${repository}'s Settings > Actions > General > Workflow permissions (and in the organisation's settings if it is greyed out), or pass a github-token of a user or app that may open pull requests.`,
    );
  }
  if (status === 403 || status === 404) {
    return new DardocsError(
      'GITHUB_PERMISSION_DENIED',
      `GitHub answered ${status} when trying to ${what} in ${repository}: ${message}. The token needs "Pull requests: write" and "Contents: write" on this repository (workflow: permissions: { contents: write, pull-requests: write }).`,
    );
  }
  return new DardocsError(
    'GITHUB_REQUEST_FAILED',
    `Could not ${what} in ${repository}: GitHub answered ${status ?? 'no response'}: ${message}`,
  );
}

export class PullRequests {
  constructor(
    private readonly octokit: GithubClient,
    private readonly owner: string,
    private readonly repo: string,
  ) {}

  private get repository(): string {
    return `${this.owner}/${this.repo}`;
  }

  async findOpen(head: string, base: string): Promise<{ number: number; url: string } | undefined> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls', {
        owner: this.owner,
        repo: this.repo,
        state: 'open',
        head: `${this.owner}:${head}`,
        base,
        per_page: 10,
      });
      const pr = data[0];
      return pr ? { number: pr.number, url: pr.html_url } : undefined;
    } catch (error) {
      throw translate(error, 'list pull requests', this.repository);
    }
  }

  /** Creates the pull request, or updates the open one from the same branch ("already exists" turns into an update). */
  async createOrUpdate(options: { head: string; base: string; title: string; body: string }): Promise<PullRequestRef> {
    const existing = await this.findOpen(options.head, options.base);
    if (existing) return this.update(existing.number, options.title, options.body);
    try {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/pulls', {
        owner: this.owner,
        repo: this.repo,
        head: options.head,
        base: options.base,
        title: options.title,
        body: options.body,
        maintainer_can_modify: false,
      });
      return { number: data.number, url: data.html_url, created: true };
    } catch (error) {
      const { status, message } = requestFailure(error);
      if (status === 422 && /already exists/i.test(message)) {
        const raced = await this.findOpen(options.head, options.base);
        if (raced) return this.update(raced.number, options.title, options.body);
      }
      throw translate(error, 'create a pull request', this.repository);
    }
  }

  private async update(number: number, title: string, body: string): Promise<PullRequestRef> {
    try {
      const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
        title,
        body,
      });
      return { number: data.number, url: data.html_url, created: false };
    } catch (error) {
      throw translate(error, `update pull request #${number}`, this.repository);
    }
  }

  async close(number: number, comment: string): Promise<void> {
    try {
      await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: this.owner,
        repo: this.repo,
        issue_number: number,
        body: comment,
      });
      await this.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
        state: 'closed',
      });
    } catch (error) {
      throw translate(error, `close pull request #${number}`, this.repository);
    }
  }
}
