import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../receiver/src/app.js';
import { silentLogger } from '../../receiver/src/logger.js';
import { openDatabase, type Db } from '../../receiver/src/storage/db.js';
import { migrate } from '../../receiver/src/storage/migrations.js';
import { RegenerationStore } from '../../receiver/src/storage/regeneration-store.js';
import { SocStore } from '../../receiver/src/storage/soc-store.js';
import { SqlStorage } from '../../receiver/src/storage/sql-storage.js';
import { parseSettings, run } from '../../src/commands/soc/index.js';
import { readInputs } from '../../src/inputs/read.js';
import { createMemoryLog } from '../../src/runtime/log.js';
import { gitEnv, removeDir, tempDir } from '../helpers/git-repo.js';
import { serveApp } from '../helpers/serve-app.js';

const SOURCES: Record<string, string> = {
  'services/api/package.json': JSON.stringify({
    name: 'api',
    main: 'src/app.js',
    dependencies: { express: '^5', pg: '^8' },
  }),
  'services/api/src/app.js':
    "const express = require('express');\nconst users = require('./users');\nconst app = express();\napp.get('/health', h);\napp.use('/api', users);\nmodule.exports = app;\n",
  'services/api/src/users.js':
    "const express = require('express');\nconst router = express.Router();\nrouter.get('/users', list);\nmodule.exports = router;\n",
  'services/ml/requirements.txt': 'fastapi\nredis\n',
  'services/ml/main.py':
    'from fastapi import FastAPI\napp = FastAPI()\n\n@app.post("/predict")\ndef predict():\n    return {}\n',
  'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n',
  'README.md': '# platform\n',
};

function repoWithHistory(): string {
  const dir = tempDir();
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd: dir, env: { ...gitEnv, ...env } });
  git(['init', '-q', '-b', 'main']);
  let day = 1;
  for (const [path, content] of Object.entries(SOURCES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
    git(['add', '-A']);
    const date = `2026-03-${String(day++).padStart(2, '0')}T12:00:00Z`;
    const author = day % 2 ? 'Ada <ada@example.com>' : 'Grace <grace@example.com>';
    git(['commit', '-qm', `add ${path}`, `--author=${author}`], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  }
  return dir;
}

let db: Db;
let server: Awaited<ReturnType<typeof serveApp>>;
let receiverUrl: string;
let key: string;
let workspaceId: string;
const repo = repoWithHistory();

beforeAll(async () => {
  db = await openDatabase({});
  await migrate(db);
  const storage = new SqlStorage(db);
  workspaceId = (await storage.ensureWorkspace('acme')).id;
  key = (await storage.createApiKey({ workspaceId, name: 'ci', scopes: ['soc:write', 'soc:read'] })).key;
  const app = buildApp({ db, logger: silentLogger });
  server = await serveApp(app);
  receiverUrl = server.url;
});
afterAll(async () => {
  await server.close();
  await db.close();
  removeDir(repo);
});

const settings = (values: Record<string, string>) =>
  parseSettings(readInputs((n) => (n === 'command' ? 'soc' : values[n])).values);
const deps = (env: Record<string, string> = {}) => {
  const log = createMemoryLog();
  return {
    log,
    env: { GITHUB_REPOSITORY: 'acme/platform', ...env },
    workdir: repo,
    now: () => new Date(),
    version: 't',
  };
};

describe('soc command', () => {
  it('writes a deterministic part: the same checkout gives byte-identical Markdown', async () => {
    const out = tempDir();
    const first = await run(settings({ output: join(out, 'a.md') }), deps());
    await run(settings({ output: join(out, 'b.md') }), deps());
    const markdown = readFileSync(join(out, 'a.md'), 'utf8');
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toBe(markdown);
    expect(markdown).toContain('# acme/platform');
    for (const line of [
      '| GET | `/api/users` | `services/api/src/users.js:3` |',
      '| GET | `/health` | `services/api/src/app.js:4` |',
      '| POST | `/predict` | `services/ml/main.py:4` |',
    ]) {
      expect(markdown).toContain(line);
    }
    expect(markdown).toContain('- PostgreSQL (`docker-compose.yml`, `services/api/package.json`)');
    expect(markdown).toContain('| Grace | 4 | 2026-03-07 |\n| Ada | 3 | 2026-03-06 |');
    expect(markdown).toContain('svc_services_api["api (Express)"]');
    expect(first.outputs).toMatchObject({ 'route-count': '3', delivered: 'false', 'part-path': join(out, 'a.md') });
    removeDir(out);
  });

  it('answers the regeneration named in the repository_dispatch that started the run', async () => {
    const socs = new SocStore(db);
    const soc = await socs.create(workspaceId, { name: 'Platform', repositories: ['acme/platform'] });
    const started = await new RegenerationStore(db).start({
      workspaceId,
      socId: soc.id,
      repositories: ['acme/platform'],
      trigger: 'api',
      minIntervalS: 0,
      timeoutS: 900,
      now: new Date(),
    });
    const regenerationId = started?.run.id as string;
    const eventDir = tempDir();
    const eventPath = join(eventDir, 'event.json');
    writeFileSync(
      eventPath,
      JSON.stringify({ action: 'dardocs-soc-regenerate', client_payload: { socId: soc.id, regenerationId } }),
    );
    const result = await run(
      settings({ 'receiver-url': receiverUrl, 'receiver-api-key': key }),
      deps({
        GITHUB_EVENT_NAME: 'repository_dispatch',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '42',
      }),
    );
    expect(result.outputs).toMatchObject({ delivered: 'true', version: '1', 'regeneration-id': regenerationId });
    const status = (await (
      await fetch(`${receiverUrl}/api/socs/${soc.id}/regenerate/${regenerationId}`, {
        headers: { authorization: `Bearer ${key}` },
      })
    ).json()) as {
      status: string;
      progress: { repos: Array<{ runUrl: string }> };
    };
    expect(status.status).toBe('completed');
    expect(status.progress.repos[0]?.runUrl).toBe('https://github.com/acme/platform/actions/runs/42');
    const document = await (
      await fetch(`${receiverUrl}/api/socs/${soc.id}/document`, { headers: { authorization: `Bearer ${key}` } })
    ).text();
    expect(document).toContain('## acme/platform');
    expect(document).toContain('acme_platform__svc_services_api');
    removeDir(eventDir);
  });

  it('needs somewhere to send the part, and a SOC with a receiver', async () => {
    await expect(run(settings({}), deps())).rejects.toThrow(/Nowhere to send the part/);
    await expect(run(settings({ 'receiver-url': receiverUrl, 'receiver-api-key': key }), deps())).rejects.toThrow(
      /Input 'soc-id' is required/,
    );
  });
});
