import { DardocsError, getErrorMessage } from '../errors.js';
import type { Log } from '../runtime/log.js';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, retryDelayMs } from './backoff.js';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  baseDelayMs: number;
  timeoutMs: number;
}

export interface HttpDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  log: Pick<Log, 'info' | 'warning'>;
}

export const defaultHttpDeps = (log: HttpDeps['log']): HttpDeps => ({
  fetch: globalThis.fetch,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  log,
});

export class PayloadTooLargeError extends DardocsError {
  constructor(url: string) {
    super('DELIVERY_REJECTED', `${url} answered 413 Payload Too Large`);
    this.name = 'PayloadTooLargeError';
  }
}

const BODY_EXCERPT = 500;

/**
 * POSTs `body`, retrying 5xx, 429, timeouts and connection errors with exponential backoff
 * (honouring Retry-After); another 4xx fails at once with the response body in the error, and a
 * 413 is raised as PayloadTooLargeError so the caller can split smaller.
 */
export async function postWithRetry(
  url: string,
  body: Buffer,
  headers: Record<string, string>,
  policy: RetryPolicy,
  deps: HttpDeps,
): Promise<{ status: number; attempts: number; body: string }> {
  let lastError = '';
  for (let attempt = 1; attempt <= policy.maxRetries + 1; attempt++) {
    let waitMs: number | undefined;
    try {
      const response = await deps.fetch(url, {
        method: 'POST',
        headers,
        body: body as Uint8Array<ArrayBuffer>,
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      const text = await response.text();
      if (response.ok) return { status: response.status, attempts: attempt, body: text };
      if (response.status === 413) throw new PayloadTooLargeError(url);
      lastError = `HTTP ${response.status}${text ? `: ${text.slice(0, BODY_EXCERPT)}` : ''}`;
      if (response.status !== 429 && response.status < 500) {
        throw new DardocsError(
          'DELIVERY_REJECTED',
          `${url} rejected the snapshot with ${lastError}. This is not retried: fix the request (endpoint URL, API key, signing secret) and run again.`,
          { details: { status: response.status } },
        );
      }
      waitMs = parseRetryAfter(response.headers.get('retry-after'), deps.now());
    } catch (error) {
      if (error instanceof DardocsError) throw error;
      lastError = describeFetchError(error, policy.timeoutMs);
    }
    if (attempt > policy.maxRetries) break;
    let delay = retryDelayMs(attempt, policy.baseDelayMs);
    if (waitMs !== undefined) {
      if (waitMs > MAX_RETRY_AFTER_MS) {
        deps.log.warning(
          `${url} asked to wait ${Math.round(waitMs / 1000)} s; waiting ${MAX_RETRY_AFTER_MS / 1000} s instead`,
        );
      }
      delay = Math.min(Math.max(delay, waitMs), MAX_RETRY_AFTER_MS);
    }
    deps.log.info(`  attempt ${attempt} failed (${lastError}); retrying in ${(delay / 1000).toFixed(1)} s`);
    await deps.sleep(delay);
  }
  throw new DardocsError(
    'DELIVERY_FAILED',
    `Could not deliver the snapshot to ${url} after ${policy.maxRetries + 1} attempts; last error: ${lastError}.`,
    { details: { attempts: policy.maxRetries + 1 } },
  );
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  return getErrorMessage(error);
}
