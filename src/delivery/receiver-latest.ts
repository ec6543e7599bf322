import type { HttpDeps } from './http-post.js';

/**
 * Asks the receiver which commit the repository's last stored snapshot was taken at
 * (`GET /api/repos/:owner/:repo/snapshots/latest`). Undefined when it has none (404).
 */
export async function fetchLatestSnapshotCommit(
  receiverUrl: string,
  apiKey: string | undefined,
  repository: { owner: string; name: string },
  http: Pick<HttpDeps, 'fetch'>,
): Promise<string | undefined> {
  const url = new URL(
    `api/repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.name)}/snapshots/latest`,
    receiverUrl.endsWith('/') ? receiverUrl : `${receiverUrl}/`,
  );
  const response = await http.fetch(url, {
    headers: { accept: 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
    signal: AbortSignal.timeout(30_000),
  });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  const body = (await response.json()) as { commit_sha?: unknown };
  return typeof body.commit_sha === 'string' && /^[0-9a-f]{40,64}$/.test(body.commit_sha) ? body.commit_sha : undefined;
}
