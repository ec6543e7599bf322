import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PayloadWriter, type PayloadMeta } from '../../src/commands/snapshot/payload.js';
import { createRedactSecrets, redactText } from '../../src/commands/snapshot/plugins/redact-secrets.js';
import { snapshotSummary } from '../../src/commands/snapshot/summary.js';
import { renderSummaryMarkdown, renderSummaryText } from '../../src/runtime/summary.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);
/** Golden files: compare, or write them when UPDATE_GOLDEN=1. */
function golden(name: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(fixture(name), actual);
  expect(actual).toBe(readFileSync(fixture(name), 'utf8'));
}

const meta: PayloadMeta = {
  event: 'incremental_snapshot',
  repository: { repository_id: '7', github_url: 'https://github.com/o/r', owner: 'o', name: 'r' },
  commitSha: 'c'.repeat(40),
  baseCommitSha: 'b'.repeat(40),
  branch: 'main',
  scannedAt: '2026-01-01T00:00:00.000Z',
};

describe('PayloadWriter', () => {
  it('streams valid JSON with every list present, in order, and counts its bytes', () => {
    let text = '';
    const writer = new PayloadWriter(meta, { snapshot_id: 'id', part: 1, parts: 1 }, (c) => (text += c));
    writer.begin();
    writer.entry('modified', '{"path":"m"}');
    writer.entry('renamed', '{"path":"n","from":"o"}');
    writer.end();
    const parsed = JSON.parse(text);
    expect(parsed.snapshot.changes).toEqual({
      added: [],
      modified: [{ path: 'm' }],
      deleted: [],
      renamed: [{ path: 'n', from: 'o' }],
    });
    expect(parsed.snapshot.base_commit_sha).toBe('b'.repeat(40));
    expect(writer.bytes).toBe(Buffer.byteLength(text));
  });

  it('refuses lists out of order rather than writing broken JSON', () => {
    const writer = new PayloadWriter(meta, { snapshot_id: 'id', part: 1, parts: 1 }, () => {});
    writer.begin();
    writer.entry('deleted', '{}');
    expect(() => writer.entry('added', '{}')).toThrow(/out of order/);
  });
});

describe('redact-secrets', () => {
  it('masks each credential format and keeps the surrounding text', () => {
    const input = [
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'token: ghp_0123456789abcdefghijABCDEFGHIJ012345',
      'pat=github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz',
      'slack=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
      'hook=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'DB_PASSWORD="correct horse"',
      'password: s3cr3t-value',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
      'password = "***"',
      'no secrets on this line',
    ].join('\n');
    const { text, counts } = redactText(input);
    golden('redacted.txt', text);
    expect(counts).toEqual({
      'aws-access-key-id': 1,
      'aws-secret-access-key': 1,
      'github-token': 1,
      'github-fine-grained-token': 1,
      'slack-token': 1,
      'slack-webhook': 1,
      'password-assignment': 2,
      'private-key': 1,
    });
  });

  it('passes binary entries through and marks masked ones', () => {
    const plugin = createRedactSecrets();
    const binary = { path: 'b', type: 'file' as const, sha: 'x', size: 1, content: null, skipped: 'binary' as const };
    expect(plugin.transform(binary)).toBe(binary);
    const masked = plugin.transform({ path: 'a', type: 'file', sha: 'x', size: 1, content: 'password=hunter22' });
    expect(masked).toMatchObject({ content: 'password=[REDACTED:password-assignment]', redacted: 1 });
    expect(plugin.report()).toBe('redact-secrets: masked 1 value(s) in 1 file(s): password-assignment 1');
  });
});

describe('snapshot summary', () => {
  const summary = snapshotSummary({
    root: '/work/repo',
    meta,
    fileSet: {
      source: 'git',
      candidates: [],
      objectFormat: 'sha1',
      excludedCount: 3,
      excludes: () => false,
      ignoreFiles: [],
    },
    stats: {
      entries: 12,
      files: 10,
      symlinks: 1,
      submodules: 1,
      contentBytes: 100,
      skipped: { binary: 2, 'too-large': 1 },
    },
    bytes: 4096,
    outputPath: '/work/snap.json',
    endpoint: 'https://app.example.com/hook',
    delivery: { snapshotId: 'id', parts: 2, attempts: 3, sentBytes: 900, splits: 0 },
    plugins: [],
    notes: [{ path: 'locked.txt', message: 'could not be read (EACCES), listed without content' }],
    durationMs: 1234,
  });

  it('renders as text for the terminal', () => golden('snapshot-summary.txt', renderSummaryText(summary)));
  it('renders as Markdown for the job summary', () => golden('snapshot-summary.md', renderSummaryMarkdown(summary)));
});
