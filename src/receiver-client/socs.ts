import { DardocsError } from '../errors.js';
import type { SocPartInput } from '../wire/soc.js';

/**
 * The action's client for the receiver's SOC routes. It answers in domain terms and turns the
 * receiver's errors into messages that say what to change.
 */
export interface RegenerationStatus {
  regenerationId: string;
  status: 'queued' | 'running' | 'completed' | 'failed' | 'timed_out';
  error: string | null;
  progress: {
    phase: string;
    percent: number;
    reposDone: number;
    reposTotal: number;
    repos: Array<{ repo: string; status: string; error: string | null; runUrl: string | null }>;
  };
}

export type StartAnswer =
  | { kind: 'started'; regenerationId: string }
  | { kind: 'in-progress'; regenerationId: string; retryAfterS: number; message: string };

export class SocClient {
  private readonly base: string;
  constructor(
    receiverUrl: string,
    private readonly apiKey: string,
    private readonly fetchImpl: typeof fetch = globalThis.fetch,
  ) {
    this.base = receiverUrl.endsWith('/') ? receiverUrl : `${receiverUrl}/`;
  }

  url(path: string): string {
    return new URL(path.replace(/^\//, ''), this.base).toString();
  }

  private async request(
    method: string,
    path: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: unknown; headers: Headers }> {
    const response = await this.fetchImpl(this.url(path), {
      method,
      headers: { authorization: `Bearer ${this.apiKey}`, accept: 'application/json', ...headers },
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text for the error message
    }
    return { status: response.status, body, headers: response.headers };
  }

  private fail(status: number, body: unknown, what: string): never {
    const message =
      (body as { error?: { message?: string } })?.error?.message ??
      (typeof body === 'string' ? body.slice(0, 300) : '');
    const hint =
      status === 401
        ? ' Check receiver-api-key: it must be a live dardocs_ key of this receiver.'
        : status === 403
          ? ' The key needs the soc:regenerate scope (soc:read is enough to follow a run).'
          : status === 404
            ? ' Check soc-id: GET /api/socs on the receiver lists the SOCs this key can see.'
            : '';
    throw new DardocsError(
      'DELIVERY_REJECTED',
      `${what}: the receiver answered ${status}${message ? ` (${message})` : ''}.${hint}`,
      { details: { status } },
    );
  }

  async startRegeneration(socId: string, idempotencyKey?: string): Promise<StartAnswer> {
    const { status, body, headers } = await this.request(
      'POST',
      `api/socs/${encodeURIComponent(socId)}/regenerate`,
      idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
    );
    if (status === 202) return { kind: 'started', regenerationId: (body as { regenerationId: string }).regenerationId };
    if (status === 429) {
      const error = (body as { error: { message: string; details: { regenerationId: string; retryAfterS: number } } })
        .error;
      return {
        kind: 'in-progress',
        regenerationId: error.details.regenerationId,
        retryAfterS: Number(headers.get('retry-after') ?? error.details.retryAfterS),
        message: error.message,
      };
    }
    return this.fail(status, body, `Starting a regeneration of SOC ${socId}`);
  }

  async status(socId: string, regenerationId: string): Promise<RegenerationStatus> {
    const { status, body } = await this.request(
      'GET',
      `api/socs/${encodeURIComponent(socId)}/regenerate/${encodeURIComponent(regenerationId)}`,
    );
    if (status !== 200) return this.fail(status, body, `Reading regeneration ${regenerationId}`);
    return body as RegenerationStatus;
  }

  /** Sends this repository's part; the receiver recomposes the document and answers its version. */
  async putPart(
    socId: string,
    repository: string,
    part: SocPartInput,
  ): Promise<{ version: number | null; changed: boolean }> {
    const [owner = '', name = ''] = repository.split('/');
    const response = await this.fetchImpl(
      this.url(`api/socs/${encodeURIComponent(socId)}/parts/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`),
      {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${this.apiKey}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify(part),
        signal: AbortSignal.timeout(60_000),
      },
    );
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // keep the text for the error message
    }
    if (response.status !== 200)
      return this.fail(response.status, body, `Sending the part of ${repository} to SOC ${socId}`);
    return body as { version: number | null; changed: boolean };
  }

  /** The document's current version, or undefined when no repository has reported yet. */
  async documentVersion(socId: string): Promise<number | undefined> {
    const { status, body } = await this.request('GET', `api/socs/${encodeURIComponent(socId)}/document?format=json`);
    if (status === 404) return undefined;
    if (status !== 200) return this.fail(status, body, `Reading the document of SOC ${socId}`);
    return (body as { version: number }).version;
  }
}
