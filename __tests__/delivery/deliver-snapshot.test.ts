import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverSnapshot, type DeliveryOptions } from '../../src/delivery/deliver-snapshot.js';
import type { HttpDeps } from '../../src/delivery/http-post.js';
import { Spool } from '../../src/delivery/spool.js';
import type { PayloadMeta } from '../../src/commands/snapshot/payload.js';
import { DardocsError } from '../../src/errors.js';
import type { InitialSnapshotPayload } from '../../src/wire/snapshot.js';
import { TestEndpoint } from '../helpers/http-endpoint.js';

const meta: PayloadMeta = {
  event: 'initial_snapshot',
  repository: { repository_id: '1', github_url: 'https://github.com/o/r', owner: 'o', name: 'r' },
  commitSha: 'a'.repeat(40),
  branch: 'main',
  scannedAt: '2026-01-01T00:00:00.000Z',
};

let endpoint: TestEndpoint;
let spool: Spool;
let sleeps: number[];
let warnings: string[];
const deps = (): HttpDeps => ({
  fetch: globalThis.fetch,
  sleep: async (ms) => {
    sleeps.push(ms);
  },
  now: () => Date.parse('2026-01-01T00:00:00Z'),
  log: { info: () => {}, warning: (m) => warnings.push(m) },
});
const options = (overrides: Partial<DeliveryOptions> = {}): DeliveryOptions => ({
  url: overrides.url ?? endpoint.url,
  maxPayloadBytes: 10 * 1024 * 1024,
  userAgent: 'test',
  maxRetries: 5,
  baseDelayMs: 1000,
  timeoutMs: 5000,
  ...overrides,
});

function fill(count: number, size = 100): void {
  for (let i = 0; i < count; i++) {
    const path = `file-${String(i).padStart(4, '0')}.txt`;
    spool.append('files', JSON.stringify({ path, type: 'file', sha: 'b'.repeat(40), size, content: 'x'.repeat(size) }));
  }
}

beforeEach(async () => {
  endpoint = new TestEndpoint();
  await endpoint.start();
  spool = new Spool();
  sleeps = [];
  warnings = [];
});
afterEach(async () => {
  spool.dispose();
  await endpoint.stop();
});

describe('deliverSnapshot', () => {
  it('sends one gzip JSON body in the Docora shape with a verifiable HMAC signature', async () => {
    fill(3);
    const report = await deliverSnapshot(meta, spool, options({ signingSecret: 's3cret' }), deps());
    expect(report).toMatchObject({ parts: 1, attempts: 1, splits: 0 });
    const [request] = endpoint.requests;
    expect(request?.headers['content-encoding']).toBe('gzip');
    expect(request?.headers['x-dardocs-signature']).toBe(
      `sha256=${createHmac('sha256', 's3cret').update(request!.raw).digest('hex')}`,
    );
    const body = request?.json() as InitialSnapshotPayload;
    expect(body).toMatchObject({ event: 'initial_snapshot', part: 1, parts: 1, repository: meta.repository });
    expect(body.snapshot.files.map((f) => f.path)).toEqual(['file-0000.txt', 'file-0001.txt', 'file-0002.txt']);
    expect(request?.headers.authorization).toBeUndefined();
  });

  it('retries 5xx with exponential backoff 1, 2, 4, 8 s and succeeds', async () => {
    fill(1);
    endpoint.respond((_, i) => (i < 4 ? { status: 503, body: 'busy' } : { status: 202 }));
    const report = await deliverSnapshot(meta, spool, options(), deps());
    expect(report.attempts).toBe(5);
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
  });

  it('gives up after max-attempts retries (1, 2, 4, 8, 16 s) naming the endpoint and the last error', async () => {
    fill(1);
    endpoint.respond(() => ({ status: 500, body: 'database down' }));
    const error = await deliverSnapshot(meta, spool, options(), deps()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DardocsError);
    expect((error as DardocsError).code).toBe('DELIVERY_FAILED');
    expect((error as Error).message).toContain(endpoint.url);
    expect((error as Error).message).toContain('HTTP 500: database down');
    expect(sleeps).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(endpoint.requests).toHaveLength(6);
  });

  it('honours Retry-After on 429', async () => {
    fill(1);
    endpoint.respond((_, i) => (i === 0 ? { status: 429, headers: { 'retry-after': '7' } } : { status: 200 }));
    await deliverSnapshot(meta, spool, options(), deps());
    expect(sleeps).toEqual([7000]);
  });

  it('fails at once on a 400 with the response body in the error', async () => {
    fill(1);
    endpoint.respond(() => ({ status: 400, body: '{"error":"files[0].sha is required"}' }));
    const error = (await deliverSnapshot(meta, spool, options(), deps()).catch((e: unknown) => e)) as DardocsError;
    expect(error.code).toBe('DELIVERY_REJECTED');
    expect(error.message).toContain('files[0].sha is required');
    expect(endpoint.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('splits into numbered parts under max-payload-bytes, reassemblable by snapshot_id', async () => {
    fill(50, 1000);
    const report = await deliverSnapshot(meta, spool, options({ maxPayloadBytes: 8 * 1024 }), deps());
    expect(report.parts).toBeGreaterThan(5);
    const bodies = endpoint.requests.map((r) => r.json() as InitialSnapshotPayload);
    expect(new Set(bodies.map((b) => b.snapshot_id)).size).toBe(1);
    expect(bodies.map((b) => b.part)).toEqual(bodies.map((_, i) => i + 1));
    expect(bodies.every((b) => b.parts === bodies.length)).toBe(true);
    for (const request of endpoint.requests) expect(request.body.length).toBeLessThanOrEqual(8 * 1024);
    expect(bodies.flatMap((b) => b.snapshot.files.map((f) => f.path))).toHaveLength(50);
  });

  it('answers a 413 by halving the part size and starting again under a new snapshot_id', async () => {
    fill(40, 1000);
    endpoint.respond((request) => (request.body.length > 12 * 1024 ? { status: 413 } : { status: 200 }));
    const report = await deliverSnapshot(meta, spool, options({ maxPayloadBytes: 64 * 1024 }), deps());
    expect(report.splits).toBe(3);
    const accepted = endpoint.requests
      .filter((r) => r.body.length <= 12 * 1024)
      .map((r) => r.json() as InitialSnapshotPayload);
    const finalId = report.snapshotId;
    const finalParts = accepted.filter((b) => b.snapshot_id === finalId);
    expect(finalParts.flatMap((b) => b.snapshot.files)).toHaveLength(40);
    expect(warnings.filter((w) => w.includes('413'))).toHaveLength(3);
  });

  it('names the file when a part holding only that file is still too large', async () => {
    fill(1, 50_000);
    endpoint.respond(() => ({ status: 413 }));
    const error = (await deliverSnapshot(meta, spool, options(), deps()).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('file-0000.txt');
    expect(error.message).toContain('max-file-size');
  });

  it('retries connection errors and timeouts, then fails naming the endpoint', async () => {
    fill(1);
    endpoint.respond((_, i) => (i === 0 ? 'destroy' : 'hang'));
    const error = (await deliverSnapshot(meta, spool, options({ maxRetries: 2, timeoutMs: 200 }), deps()).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toContain(endpoint.url);
    expect(error.message).toContain('no answer within 200 ms');
    expect(endpoint.requests).toHaveLength(3);
  });

  it('fails on a closed port after its retries with the connection error', async () => {
    fill(1);
    const url = endpoint.url;
    await endpoint.stop();
    const error = (await deliverSnapshot(meta, spool, options({ url, maxRetries: 1 }), deps()).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(sleeps).toEqual([1000]);
  });
});
