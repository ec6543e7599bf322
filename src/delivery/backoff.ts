/** Delay before retry number `retry` (1-based): base, 2×base, 4×base, ... (seed 003's 1, 2, 4, 8, 16 s). */
export function retryDelayMs(retry: number, baseDelayMs: number): number {
  return baseDelayMs * 2 ** (retry - 1);
}

/** The longest wait a Retry-After header may impose before we give up waiting on it. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** Parses Retry-After (seconds, or an HTTP date) into milliseconds from `now`; undefined when absent or bad. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
