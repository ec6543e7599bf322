import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/**
 * The receiver's only GitHub client. It sends `repository_dispatch` events and answers in domain
 * terms: ok, or the error GitHub gave. Built once with the retry and throttling plugins, against
 * DARDOCS_GITHUB_API_URL (GitHub Enterprise, or a local fake in tests).
 */
export interface Dispatcher {
  dispatch(
    repository: string,
    eventType: string,
    payload: Record<string, unknown>,
  ): Promise<{ ok: true } | { ok: false; error: string }>;
}

export interface GithubOptions {
  token?: string;
  apiUrl?: string;
}

export function createDispatcher(options: GithubOptions, log: (message: string) => void = () => {}): Dispatcher {
  if (!options.token) {
    return {
      dispatch: async () => ({
        ok: false,
        error: 'the receiver has no DARDOCS_GITHUB_TOKEN, so it cannot send repository_dispatch events',
      }),
    };
  }
  const Client = Octokit.plugin(retry, throttling);
  const octokit = new Client({
    auth: options.token,
    baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'dardocs-receiver',
    retry: { retries: 2 },
    throttle: {
      onRateLimit: (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
        log(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        retryCount: number,
      ) => {
        log(`GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
        return retryCount < 2;
      },
    },
  });
  return {
    async dispatch(repository, eventType, payload) {
      const [owner = '', repo = ''] = repository.split('/');
      try {
        await octokit.request('POST /repos/{owner}/{repo}/dispatches', {
          owner,
          repo,
          event_type: eventType,
          client_payload: payload,
        });
        return { ok: true };
      } catch (error) {
        const e = error as { status?: number; message?: string };
        const hint =
          e.status === 404
            ? ' (the token cannot see this repository, or it does not exist)'
            : e.status === 403
              ? ' (the token lacks the Contents: write permission needed for repository_dispatch)'
              : '';
        return {
          ok: false,
          error: `GitHub answered ${e.status ?? 'no response'}: ${e.message ?? String(error)}${hint}`,
        };
      }
    },
  };
}
