import { createHmac, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { PayloadWriter, type PayloadMeta } from '../commands/snapshot/payload.js';
import { DardocsError } from '../errors.js';
import { postWithRetry, PayloadTooLargeError, type HttpDeps, type RetryPolicy } from './http-post.js';
import { planParts, type Spool } from './spool.js';

export interface DeliveryOptions extends RetryPolicy {
  url: string;
  maxPayloadBytes: number;
  signingSecret?: string;
  /** Sent as a bearer token: only set when the endpoint is the configured receiver. */
  apiKey?: string;
  userAgent: string;
}

export interface DeliveryReport {
  snapshotId: string;
  parts: number;
  attempts: number;
  /** Compressed bytes sent in the final, successful round. */
  sentBytes: number;
  /** How many times a 413 made the parts smaller. */
  splits: number;
}

/** Smallest part size a 413 may push us down to; below it the endpoint cannot take the snapshot at all. */
const MIN_PART_BYTES = 4 * 1024;

export function signBody(body: Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Builds one part's JSON: the envelope with this part's number and its slice of the entries. */
export function renderPart(
  meta: PayloadMeta,
  spool: Spool,
  snapshotId: string,
  range: [number, number],
  part: number,
  parts: number,
): Buffer {
  const chunks: string[] = [];
  const writer = new PayloadWriter(meta, { snapshot_id: snapshotId, part, parts }, (c) => chunks.push(c));
  writer.begin();
  for (const { list, json } of spool.read(range[0], range[1])) writer.entry(list, json);
  writer.end();
  return Buffer.from(chunks.join(''));
}

function envelopeBytes(meta: PayloadMeta): number {
  const writer = new PayloadWriter(meta, { snapshot_id: randomUUID(), part: 999_999, parts: 999_999 }, () => {});
  writer.begin();
  writer.end();
  return writer.bytes;
}

/**
 * Delivers the spooled snapshot: gzip, numbered parts under `maxPayloadBytes`, each retried on its
 * own. A 413 halves the part size and starts again under a new snapshot_id (the receiver discards an
 * incomplete set), until a part holding a single entry is still too large, which is reported by name.
 */
export async function deliverSnapshot(
  meta: PayloadMeta,
  spool: Spool,
  options: DeliveryOptions,
  deps: HttpDeps,
): Promise<DeliveryReport> {
  let limit = options.maxPayloadBytes;
  let splits = 0;
  let attempts = 0;
  const overhead = envelopeBytes(meta);
  for (;;) {
    const snapshotId = randomUUID();
    const plan = planParts(spool.lengths, limit, overhead);
    let sentBytes = 0;
    let current: [number, number] = [0, 0];
    try {
      for (const [index, range] of plan.entries()) {
        current = range;
        const json = renderPart(meta, spool, snapshotId, range, index + 1, plan.length);
        const body = gzipSync(json);
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'user-agent': options.userAgent,
          'x-dardocs-event': meta.event,
          'x-dardocs-snapshot-id': snapshotId,
          'x-dardocs-part': `${index + 1}/${plan.length}`,
          'idempotency-key': `${snapshotId}:${index + 1}`,
        };
        if (options.signingSecret) headers['x-dardocs-signature'] = signBody(body, options.signingSecret);
        if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
        if (plan.length > 1)
          deps.log.info(
            `  part ${index + 1}/${plan.length}: ${range[1] - range[0]} entries, ${body.length} bytes gzip`,
          );
        const sent = await postWithRetry(options.url, body, headers, options, deps);
        attempts += sent.attempts;
        sentBytes += body.length;
      }
      return { snapshotId, parts: plan.length, attempts, sentBytes, splits };
    } catch (error) {
      if (!(error instanceof PayloadTooLargeError)) throw error;
      attempts += 1;
      if (current[1] - current[0] <= 1 || limit / 2 < MIN_PART_BYTES) {
        const only = current[1] - current[0] === 1 ? spool.read(current[0], current[1])[0] : undefined;
        const what = only
          ? `a part holding only ${(JSON.parse(only.json) as { path: string }).path}`
          : `parts of ${limit} bytes`;
        throw new DardocsError(
          'DELIVERY_REJECTED',
          `${options.url} answered 413 Payload Too Large even for ${what}. Lower max-file-size so single files are smaller, or raise the endpoint's request body limit.`,
        );
      }
      limit = Math.floor(limit / 2);
      splits++;
      deps.log.warning(`${options.url} answered 413 Payload Too Large; splitting into parts of at most ${limit} bytes`);
    }
  }
}
