import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type RunningReceiver } from '../../receiver/src/server.js';
import { silentLogger } from '../../receiver/src/logger.js';
import { openDatabase } from '../../receiver/src/storage/db.js';
import { SqlStorage } from '../../receiver/src/storage/sql-storage.js';
import { parseSettings, run } from '../../src/commands/snapshot/index.js';
import { readInputs } from '../../src/inputs/read.js';
import { createMemoryLog } from '../../src/runtime/log.js';
import { git, gitWorkingSet, hashObject, makeRepo, removeDir, tempDir, writeFiles } from '../helpers/git-repo.js';

// The action's snapshot command against a real receiver on a real port: a full snapshot first,
// then, because the receiver reports its last commit, an incremental one that leaves the
// receiver's file list equal to what git lists.
describe('snapshot command -> receiver', () => {
  let receiver: RunningReceiver;
  let key: string;
  const dataDir = tempDir('receiver-data-');
  const repo = makeRepo({ 'src/index.ts': 'export {};\n', 'README.md': '# api\n', 'old.txt': 'old' });

  beforeAll(async () => {
    const db = await openDatabase({ dataDir: `${dataDir}/pglite` });
    const { migrate } = await import('../../receiver/src/storage/migrations.js');
    await migrate(db);
    const storage = new SqlStorage(db);
    const ws = await storage.ensureWorkspace('acme');
    key = (await storage.createApiKey({ workspaceId: ws.id, name: 'action', scopes: ['snapshots:write'] })).key;
    await db.close();
    receiver = await startReceiver({ port: 0, host: '127.0.0.1', dataDir }, silentLogger);
  });
  afterAll(async () => {
    await receiver.stop();
    removeDir(dataDir);
    removeDir(repo);
  });

  const snapshot = async () => {
    const values = { 'receiver-url': receiver.url, 'receiver-api-key': key };
    const settings = parseSettings(
      readInputs((n) => (n === 'command' ? 'snapshot' : values[n as keyof typeof values])).values,
    );
    const log = createMemoryLog();
    return run(settings, {
      log,
      env: { GITHUB_REPOSITORY: 'acme/api' },
      workdir: repo,
      now: () => new Date(),
      version: 'test',
    });
  };
  const latest = async () =>
    (await (
      await fetch(`${receiver.url}/api/repos/acme/api/snapshots/latest`, {
        headers: { authorization: `Bearer ${key}` },
      })
    ).json()) as {
      commit_sha: string;
      files: Array<{ path: string; sha: string }>;
    };

  it('sends a full snapshot first, then an incremental one the receiver applies', async () => {
    const first = await snapshot();
    expect(first.failure).toBeUndefined();
    expect(first.outputs).toMatchObject({ event: 'initial_snapshot', delivered: 'true' });
    expect((await latest()).files.map((f) => f.path)).toEqual(gitWorkingSet(repo));

    writeFiles(repo, { 'src/new.ts': 'export const n = 1;\n', 'README.md': '# api v2\n' });
    git(repo, 'rm', '-q', 'old.txt');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'change');
    const second = await snapshot();
    expect(second.outputs).toMatchObject({ event: 'incremental_snapshot', delivered: 'true', 'file-count': '3' });
    const after = await latest();
    expect(after.commit_sha).toBe(git(repo, 'rev-parse', 'HEAD').trim());
    expect(after.files.map((f) => f.path)).toEqual(gitWorkingSet(repo));
    for (const f of after.files) expect(f.sha).toBe(hashObject(repo, f.path));
  });
});
