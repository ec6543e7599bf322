import { DardocsError, getErrorMessage } from '../errors.js';
import type { SecretMappingInput, SecretSyncEventInput } from '../wire/secrets.js';

/**
 * The action's client for the receiver's secret routes: the workspace fingerprint key, the
 * mappings (fingerprints and statuses per repository, secret and scope; never values), and the
 * audit trail.
 */
export type SecretMapping = SecretMappingInput;
export type { SecretSyncEventInput };

export class SecretsReceiver {
  private readonly base: string;
  constructor(
    receiverUrl: string,
    private readonly apiKey: string,
    private readonly fetchImpl: typeof fetch = globalThis.fetch,
  ) {
    this.base = `${receiverUrl.replace(/\/+$/, '')}/api/secrets`;
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.apiKey}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new DardocsError('DELIVERY_FAILED', `could not reach the receiver: ${getErrorMessage(error)}`);
    }
    const text = await response.text();
    if (!response.ok && !(method === 'DELETE' && response.status === 404)) {
      const hint =
        response.status === 401 || response.status === 403 ? ' (the API key needs the runs:write scope)' : '';
      throw new DardocsError(
        'DELIVERY_REJECTED',
        `the receiver answered ${response.status} to ${method} /api/secrets${path}${hint}: ${text.slice(0, 300)}`,
      );
    }
    return text ? JSON.parse(text) : {};
  }

  async fingerprintKey(): Promise<Buffer> {
    const body = (await this.call('GET', '/fingerprint-key')) as { key: string };
    return Buffer.from(body.key, 'base64');
  }

  async mappings(repository: string): Promise<SecretMapping[]> {
    const body = (await this.call('GET', `/mappings?repository=${encodeURIComponent(repository)}`)) as {
      mappings: SecretMapping[];
    };
    return body.mappings;
  }

  async putMappings(mappings: SecretMapping[]): Promise<void> {
    for (let i = 0; i < mappings.length; i += 5000)
      await this.call('PUT', '/mappings', { mappings: mappings.slice(i, i + 5000) });
  }

  async deleteMapping(repository: string, secretName: string, scope: string): Promise<void> {
    await this.call('DELETE', `/mappings/${repository}/${encodeURIComponent(secretName)}/${encodeURIComponent(scope)}`);
  }

  async postEvent(event: SecretSyncEventInput): Promise<void> {
    await this.call('POST', '/events', event);
  }
}
