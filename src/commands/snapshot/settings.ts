import { z } from 'zod';
import { bool, integer, list, optionalText, ownerRepo, parseWith, text, url } from '../../inputs/fields.js';

const schema = z
  .object({
    cwd: text(),
    'receiver-url': url(),
    'receiver-api-key': optionalText(),
    repository: ownerRepo(),
    output: optionalText(),
    endpoint: url(),
    exclude: list(),
    'max-file-size': integer({ min: 0, unit: 'bytes' }),
    'max-payload-bytes': integer({ min: 1024, unit: 'bytes' }),
    'max-attempts': integer({ min: 0, max: 20 }),
    'retry-base-delay-ms': integer({ min: 0, max: 600_000, unit: 'milliseconds' }),
    'delivery-timeout-ms': integer({ min: 1, max: 3_600_000, unit: 'milliseconds' }),
    'signing-secret': optionalText(),
    since: optionalText(),
    full: bool(),
    redact: bool(),
    'repository-id': optionalText(),
  })
  .transform((v) => ({
    cwd: v.cwd === '' ? '.' : v.cwd,
    receiverUrl: v['receiver-url'],
    receiverApiKey: v['receiver-api-key'],
    repository: v.repository,
    repositoryId: v['repository-id'],
    output: v.output,
    endpoint: v.endpoint,
    exclude: v.exclude,
    maxFileSize: v['max-file-size'],
    maxPayloadBytes: v['max-payload-bytes'],
    maxRetries: v['max-attempts'],
    retryBaseDelayMs: v['retry-base-delay-ms'],
    deliveryTimeoutMs: v['delivery-timeout-ms'],
    signingSecret: v['signing-secret'],
    since: v.since,
    full: v.full,
    redact: v.redact,
  }));

export type SnapshotSettings = z.output<typeof schema>;

export function parseSnapshotSettings(values: Record<string, string>): SnapshotSettings {
  return parseWith(schema, values);
}
