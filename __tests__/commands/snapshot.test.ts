import { existsSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSettings, run } from '../../src/commands/snapshot/index.js';
import { readInputs } from '../../src/inputs/read.js';
import { createMemoryLog } from '../../src/runtime/log.js';
import type { IncrementalSnapshotPayload, InitialSnapshotPayload } from '../../src/wire/snapshot.js';
import { git, gitWorkingSet, hashObject, makeRepo, removeDir, tempDir, writeFiles } from '../helpers/git-repo.js';
import { TestEndpoint } from '../helpers/http-endpoint.js';

const dirs: string[] = [];
let endpoint: TestEndpoint;
beforeEach(async () => {
  endpoint = new TestEndpoint();
  await endpoint.start();
});
afterEach(async () => {
  await endpoint.stop();
  for (const d of dirs.splice(0)) removeDir(d);
});

function settings(values: Record<string, string>) {
  return parseSettings(readInputs((name) => (name === 'command' ? 'snapshot' : values[name])).values);
}

function deps(workdir: string, env: Record<string, string> = {}) {
  const log = createMemoryLog();
  return {
    log,
    deps: {
      log,
      env,
      workdir,
      now: () => new Date('2026-02-03T04:05:06.000Z'),
      version: 'test',
      http: {
        fetch: globalThis.fetch,
        sleep: async () => {},
        now: () => Date.now(),
        log,
      },
    },
  };
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('snapshot command', () => {
  it('writes the whole working tree to a file in the Docora shape, every sha equal to git hash-object', async () => {
    const root = makeRepo({
      'src/a.ts': 'export const a = 1;\n',
      'README.md': '# R\n',
      'img.png': Buffer.from([137, 80, 0, 1]),
      'ünï cödé/"quoted" \'name\'.md': 'odd',
      'new\nline.txt': 'newline in the name',
    });
    dirs.push(root);
    writeFiles(root, { 'new file.txt': 'untracked' });
    const out = join(tempDir(), 'nested', 'dir', 'snap.json');
    dirs.push(join(out, '..', '..', '..'));
    const { deps: d } = deps(root, {
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_REPOSITORY_ID: '42',
      GITHUB_REF: 'refs/heads/main',
    });
    const result = await run(settings({ output: out }), d);

    const payload = readJson<InitialSnapshotPayload>(out);
    expect(payload.event).toBe('initial_snapshot');
    expect(payload.repository).toEqual({
      repository_id: '42',
      github_url: 'https://github.com/acme/widgets',
      owner: 'acme',
      name: 'widgets',
    });
    expect(payload.snapshot).toMatchObject({
      commit_sha: git(root, 'rev-parse', 'HEAD').trim(),
      branch: 'main',
      scanned_at: '2026-02-03T04:05:06.000Z',
    });
    expect(payload.snapshot.files.map((f) => f.path)).toEqual(gitWorkingSet(root));
    for (const file of payload.snapshot.files) expect(file.sha).toBe(hashObject(root, file.path));
    expect(payload.snapshot.files.find((f) => f.path === 'img.png')).toMatchObject({
      content: null,
      skipped: 'binary',
    });
    expect(result.outputs).toMatchObject({
      'file-count': '6',
      'snapshot-path': out,
      delivered: 'false',
      event: 'initial_snapshot',
      bytes: String(readFileSync(out).length),
    });
    expect(readdirSync(join(out, '..'))).toEqual(['snap.json']);
  });

  it('never includes its own output file in the snapshot', async () => {
    const root = makeRepo({ 'a.txt': 'a' });
    dirs.push(root);
    const { deps: d } = deps(root);
    await run(settings({ output: 'snap.json' }), d);
    await run(settings({ output: 'snap.json' }), d);
    const payload = readJson<InitialSnapshotPayload>(join(root, 'snap.json'));
    expect(payload.snapshot.files.map((f) => f.path)).toEqual(['a.txt']);
  });

  it('falls back to a .gitignore-aware walk outside git and says so in the summary', async () => {
    const root = tempDir();
    dirs.push(root);
    writeFiles(root, { '.gitignore': 'tmp/\n', 'tmp/x': 'x', 'keep.md': 'k' });
    const { deps: d } = deps(root);
    const result = await run(settings({ output: 'out/snap.json', exclude: 'out/' }), d);
    expect(readJson<InitialSnapshotPayload>(join(root, 'out/snap.json')).snapshot.files.map((f) => f.path)).toEqual([
      '.gitignore',
      'keep.md',
    ]);
    expect(result.summary.facts).toContainEqual(['File set', 'not a git repository: walked with .gitignore rules']);
    expect(result.outputs['commit-sha']).toBe('');
  });

  it('sends an incremental snapshot since a commit: added, modified, deleted and renamed, reading only those', async () => {
    const root = makeRepo({
      'keep.txt': 'same',
      'edit.txt': 'v1',
      'remove.txt': 'bye',
      'old-name.txt': 'a body long enough to be detected as a rename\n'.repeat(5),
    });
    dirs.push(root);
    const base = git(root, 'rev-parse', 'HEAD').trim();
    writeFiles(root, { 'edit.txt': 'v2', 'added.txt': 'new' });
    unlinkSync(join(root, 'remove.txt'));
    renameSync(join(root, 'old-name.txt'), join(root, 'new-name.txt'));
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'change');
    writeFiles(root, { 'untracked.txt': 'u' });
    const { deps: d } = deps(root);
    const result = await run(settings({ since: base, endpoint: endpoint.url }), d);
    expect(result.failure).toBeUndefined();
    const payload = endpoint.requests[0]?.json() as IncrementalSnapshotPayload;
    expect(payload.event).toBe('incremental_snapshot');
    expect(payload.snapshot.base_commit_sha).toBe(base);
    const { added, modified, deleted, renamed } = payload.snapshot.changes;
    expect(added.map((f) => f.path)).toEqual(['added.txt', 'untracked.txt']);
    expect(modified.map((f) => [f.path, f.content])).toEqual([['edit.txt', 'v2']]);
    expect(deleted).toEqual([{ path: 'remove.txt' }]);
    expect(renamed.map((f) => [f.from, f.path, f.sha])).toEqual([
      ['old-name.txt', 'new-name.txt', hashObject(root, 'new-name.txt')],
    ]);
    expect(result.outputs['file-count']).toBe('5');
  });

  it('asks the receiver for its last snapshot and sends only the change, with the API key as a bearer token', async () => {
    const root = makeRepo({ 'a.txt': 'a', 'b.txt': 'b' });
    dirs.push(root);
    const base = git(root, 'rev-parse', 'HEAD').trim();
    writeFiles(root, { 'b.txt': 'b2' });
    git(root, 'commit', '-qam', 'b2');
    endpoint.respond((request) =>
      request.method === 'GET'
        ? { status: 200, body: JSON.stringify({ commit_sha: base, files: [] }) }
        : { status: 201, body: '{}' },
    );
    const { deps: d } = deps(root, { GITHUB_REPOSITORY: 'acme/widgets' });
    const result = await run(settings({ 'receiver-url': endpoint.url, 'receiver-api-key': 'dardocs_testkey' }), d);
    const [latest, post] = endpoint.requests;
    expect(latest?.url).toBe('/api/repos/acme/widgets/snapshots/latest');
    expect(latest?.headers.authorization).toBe('Bearer dardocs_testkey');
    expect(post?.url).toBe('/api/snapshots');
    expect(post?.headers.authorization).toBe('Bearer dardocs_testkey');
    expect((post?.json() as IncrementalSnapshotPayload).snapshot.changes.modified.map((f) => f.path)).toEqual([
      'b.txt',
    ]);
    expect(result.outputs.delivered).toBe('true');
  });

  it("falls back to a full snapshot when the receiver's base commit is not in the clone", async () => {
    const root = makeRepo({ 'a.txt': 'a' });
    dirs.push(root);
    endpoint.respond((request) =>
      request.method === 'GET'
        ? { status: 200, body: JSON.stringify({ commit_sha: 'f'.repeat(40) }) }
        : { status: 201 },
    );
    const { deps: d, log } = deps(root);
    await run(settings({ 'receiver-url': endpoint.url }), d);
    expect((endpoint.requests[1]?.json() as InitialSnapshotPayload).event).toBe('initial_snapshot');
    expect(log.lines.some((l) => l.includes('not in this clone'))).toBe(true);
  });

  it('does not send the receiver key to a third-party endpoint', async () => {
    const root = makeRepo({ 'a.txt': 'a' });
    dirs.push(root);
    const { deps: d } = deps(root);
    await run(
      settings({
        endpoint: endpoint.url,
        'receiver-url': 'http://receiver.invalid/',
        'receiver-api-key': 'dardocs_k',
        full: 'true',
      }),
      d,
    );
    expect(endpoint.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('still writes the file when the endpoint is down, and fails naming the endpoint and the last error', async () => {
    const root = makeRepo({ 'a.txt': 'a' });
    dirs.push(root);
    endpoint.respond(() => ({ status: 503, body: 'maintenance' }));
    const { deps: d } = deps(root);
    const result = await run(settings({ output: 'snap.json', endpoint: endpoint.url, 'max-attempts': '2' }), d);
    expect(existsSync(join(root, 'snap.json'))).toBe(true);
    expect(result.failure?.message).toContain(endpoint.url);
    expect(result.failure?.message).toContain('HTTP 503: maintenance');
    expect(result.outputs.delivered).toBe('false');
    expect(endpoint.requests).toHaveLength(3);
  });

  it('rejects a since that is not a commit, before any work, naming the input', async () => {
    const root = makeRepo({ 'a.txt': 'a' });
    dirs.push(root);
    const { deps: d } = deps(root);
    await expect(run(settings({ since: 'nope', output: 'x.json' }), d)).rejects.toThrow(/Input 'since' is 'nope'/);
    expect(existsSync(join(root, 'x.json'))).toBe(false);
  });

  it('rejects a cwd that is not a directory', async () => {
    const { deps: d } = deps(tempDir());
    await expect(run(settings({ cwd: '/no/such/dir', output: 'x.json' }), d)).rejects.toThrow(/Input 'cwd'/);
  });

  it('leaves no half-written file when the output cannot be committed', async () => {
    const root = makeRepo({ 'a.txt': 'a' });
    dirs.push(root);
    writeFileSync(join(root, 'blocker'), 'a file where a directory is needed');
    const { deps: d } = deps(root);
    await expect(run(settings({ output: 'blocker/snap.json' }), d)).rejects.toThrow();
    expect(readdirSync(root).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('masks credentials with redact: true before anything leaves, and counts them', async () => {
    const root = makeRepo({
      'config.env': 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\npassword = "hunter2hunter2"\n',
      'clean.txt': 'nothing here',
    });
    dirs.push(root);
    const { deps: d } = deps(root);
    const result = await run(settings({ output: 'snap.json', redact: 'true' }), d);
    const text = readFileSync(join(root, 'snap.json'), 'utf8');
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(text).not.toContain('hunter2hunter2');
    const file = readJson<InitialSnapshotPayload>(join(root, 'snap.json')).snapshot.files.find(
      (f) => f.path === 'config.env',
    );
    expect(file?.redacted).toBe(2);
    expect(result.summary.notes?.join('\n')).toContain('masked 2 value(s) in 1 file(s)');
  });
});
