import { receiverJson } from './json-request.js';
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

  private call(method: string, path: string, body?: unknown): Promise<unknown> {
    return receiverJson({
      fetchImpl: this.fetchImpl,
      apiKey: this.apiKey,
      method,
      url: `${this.base}${path}`,
      body,
      what: `/api/secrets${path}`,
      codes: { unreachable: 'DELIVERY_FAILED', rejected: 'DELIVERY_REJECTED' },
      // Deleting a mapping that is already gone is fine.
      allow404: method === 'DELETE',
    });
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
