import { DardocsError, getErrorMessage, type ErrorCode } from '../errors.js';

/**
 * One JSON call to the receiver with its API key: the body in, the parsed answer out, and an
 * error that names the status and, for 401/403, the scope the key needs. A 404 listed in
 * `allow` answers an empty object instead of failing.
 */
export async function receiverJson(options: {
  fetchImpl: typeof fetch;
  apiKey: string;
  method: string;
  url: string;
  body?: unknown;
  /** What the call is for, in the error message (`docs state`, `/api/secrets/mappings`). */
  what: string;
  codes: { unreachable: ErrorCode; rejected: ErrorCode };
  allow404?: boolean;
}): Promise<unknown> {
  const { method, body } = options;
  let response: Response;
  try {
    response = await options.fetchImpl(options.url, {
      method,
      headers: {
        authorization: `Bearer ${options.apiKey}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new DardocsError(
      options.codes.unreachable,
      `could not reach the receiver for ${options.what}: ${getErrorMessage(error)}`,
    );
  }
  const text = await response.text();
  if (!response.ok && !(options.allow404 && response.status === 404)) {
    const hint = response.status === 401 || response.status === 403 ? ' (the API key needs the runs:write scope)' : '';
    throw new DardocsError(
      options.codes.rejected,
      `the receiver answered ${response.status} to ${method} ${options.what}${hint}: ${text.slice(0, 300)}`,
    );
  }
  return text ? JSON.parse(text) : {};
}
