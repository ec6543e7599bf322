import { readFileSync } from 'node:fs';

/** What a `repository_dispatch` from the receiver (event type dardocs-soc-regenerate) asks for. */
export interface DispatchRequest {
  socId?: string;
  regenerationId?: string;
}

/** Reads the dispatch payload from GITHUB_EVENT_PATH when the run was started by one; {} otherwise. */
export function readDispatchRequest(
  env: Record<string, string | undefined>,
  read: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): DispatchRequest {
  if (env.GITHUB_EVENT_NAME !== 'repository_dispatch' || !env.GITHUB_EVENT_PATH) return {};
  try {
    const event = JSON.parse(read(env.GITHUB_EVENT_PATH)) as {
      action?: string;
      client_payload?: Record<string, unknown>;
    };
    if (event.action !== 'dardocs-soc-regenerate') return {};
    const payload = event.client_payload ?? {};
    return {
      ...(typeof payload.socId === 'string' ? { socId: payload.socId } : {}),
      ...(typeof payload.regenerationId === 'string' ? { regenerationId: payload.regenerationId } : {}),
    };
  } catch {
    return {};
  }
}
