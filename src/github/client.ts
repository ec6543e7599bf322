import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { Log } from '../runtime/log.js';

/**
 * The action's only Octokit. Built once with the retry and throttling plugins applied as plugins,
 * against GITHUB_API_URL (GitHub Enterprise Server, or a local fake in tests). Rate-limited
 * requests are retried a bounded number of times after the wait GitHub asks for.
 */
const Client = Octokit.plugin(retry, throttling);
export type GithubClient = InstanceType<typeof Client>;

export interface GithubClientOptions {
  token: string;
  apiUrl?: string;
  userAgent?: string;
  log: Log;
  /** Retries of a rate-limited request (primary or secondary limit). */
  rateLimitRetries?: number;
  /** Retries of a 5xx or a network error (plugin-retry). */
  retries?: number;
  /**
   * Writes (POST, PUT, PATCH, DELETE) in flight at once. 1 (default): serial and paced below GitHub's
   * secondary limit of 900 points a minute at 5 points a write, one every 353 ms, never a burst.
   * More: up to that many at once, within the same budget of 170 writes a minute.
   */
  writeConcurrency?: number;
}

/**
 * Writes a minute: GitHub's secondary limit is 900 points a minute, 5 points a write (180 writes),
 * and reads cost a point each, so 10 writes' worth is left for the reads of the same run.
 */
export const WRITES_PER_MINUTE = 170;

function writeLimiter(concurrency: number): Bottleneck.Group {
  if (concurrency <= 1)
    return new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.ceil(60_000 / WRITES_PER_MINUTE) });
  return new Bottleneck.Group({
    maxConcurrent: concurrency,
    reservoir: WRITES_PER_MINUTE,
    reservoirRefreshAmount: WRITES_PER_MINUTE,
    reservoirRefreshInterval: 60_000,
  });
}

export function createGithubClient(options: GithubClientOptions): GithubClient {
  const limit = options.rateLimitRetries ?? 3;
  return new Client({
    auth: options.token,
    baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'dardocs-action',
    retry: { retries: options.retries ?? 2, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
    throttle: {
      write: writeLimiter(options.writeConcurrency ?? 1),
      onRateLimit: (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
        options.log.warning(
          `GitHub rate limit on ${request.method} ${request.url}: ${count < limit ? `retrying in ${retryAfter} s` : 'giving up'}`,
        );
        return count < limit;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        count: number,
      ) => {
        options.log.warning(
          `GitHub secondary rate limit on ${request.method} ${request.url}: ${count < limit ? `retrying in ${retryAfter} s` : 'giving up'}`,
        );
        return count < limit;
      },
    },
  });
}

/** Status and message of an Octokit RequestError (or anything else thrown). */
export function requestFailure(error: unknown): { status: number | undefined; message: string } {
  const e = error as { status?: number; message?: string; response?: { data?: { message?: string } } };
  return { status: e.status, message: e.response?.data?.message ?? e.message ?? String(error) };
}
