import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
export function createDispatcher(options, log = () => { }) {
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
            onRateLimit: (retryAfter, request, _o, retryCount) => {
                log(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
                return retryCount < 2;
            },
            onSecondaryRateLimit: (retryAfter, request, _o, retryCount) => {
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
            }
            catch (error) {
                const e = error;
                const hint = e.status === 404
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
