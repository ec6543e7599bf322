import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../receiver/src/app.js';
import { silentLogger } from '../../receiver/src/logger.js';
import { createDispatcher } from '../../receiver/src/services/github-dispatch.js';
import { openDatabase, type Db } from '../../receiver/src/storage/db.js';
import { migrate } from '../../receiver/src/storage/migrations.js';
import { SocStore } from '../../receiver/src/storage/soc-store.js';
import { SqlStorage } from '../../receiver/src/storage/sql-storage.js';
import { parseSettings, run } from '../../src/commands/regenerate/index.js';
import { readInputs } from '../../src/inputs/read.js';
import { createMemoryLog } from '../../src/runtime/log.js';
import { makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { TestEndpoint } from '../helpers/http-endpoint.js';
import { serveApp } from '../helpers/serve-app.js';

// The whole loop with real pieces: `regenerate` asks the receiver; the receiver sends
// repository_dispatch through Octokit to a fake GitHub; the fake answers each as GitHub would, by
// running the built action (dist/action/index.js) in that repository with INPUT_* variables, the
// dispatch payload at GITHUB_EVENT_PATH and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
const action = new URL('../../dist/action/index.js', import.meta.url).pathname;
const REPOS: Record<string, Record<string, string>> = {
  'acme/orders': {
    'package.json': JSON.stringify({ dependencies: { express: '5', pg: '8' } }),
    'src/app.js': "const express = require('express');\nconst app = express();\napp.get('/orders', h);\n",
  },
  'acme/search': {
    'requirements.txt': 'fastapi\nelasticsearch\n',
    'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/search")\ndef s(): pass\n',
  },
  'acme/edge': {
    'go.mod': 'module edge\nrequire github.com/gin-gonic/gin v1.10.0\n',
    'main.go':
      'package main\nimport "github.com/gin-gonic/gin"\nfunc main() { r := gin.Default(); r.GET("/ping", nil) }\n',
  },
};

let db: Db;
let server: Awaited<ReturnType<typeof serveApp>>;
let github: TestEndpoint;
let receiverUrl = '';
let key = '';
let socId = '';
const checkouts = new Map<string, string>();
const runner = tempDir('runner-');
const finished: Array<{ repo: string; code: number | null; outputs: string; summary: string }> = [];

function runAction(repo: string, payload: unknown): void {
  const dir = join(runner, repo.replace('/', '_'), String(finished.length + Math.random()));
  mkdirSync(dir, { recursive: true });
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary') };
  writeFileSync(files.event, JSON.stringify({ action: 'dardocs-soc-regenerate', client_payload: payload }));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const child = spawn(process.execPath, [action], {
    cwd: checkouts.get(repo),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'repository_dispatch',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_REPOSITORY: repo,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: String(1000 + finished.length),
      INPUT_COMMAND: 'soc',
      'INPUT_RECEIVER-URL': receiverUrl,
      'INPUT_RECEIVER-API-KEY': key,
    },
    stdio: 'ignore',
  });
  child.on('close', (code) =>
    finished.push({
      repo,
      code,
      outputs: readFileSync(files.output, 'utf8'),
      summary: readFileSync(files.summary, 'utf8'),
    }),
  );
}

beforeAll(async () => {
  for (const [repo, files] of Object.entries(REPOS)) checkouts.set(repo, makeRepo(files));
  db = await openDatabase({});
  await migrate(db);
  const storage = new SqlStorage(db);
  const ws = await storage.ensureWorkspace('acme');
  key = (
    await storage.createApiKey({ workspaceId: ws.id, name: 'ci', scopes: ['soc:write', 'soc:read', 'soc:regenerate'] })
  ).key;
  socId = (await new SocStore(db).create(ws.id, { name: 'Acme', repositories: Object.keys(REPOS) })).id;
  github = new TestEndpoint((request) => {
    const match = /^\/repos\/([^/]+)\/([^/]+)\/dispatches$/.exec(request.url);
    if (!match) return { status: 404, body: '{"message":"Not Found"}' };
    const body = request.json() as { event_type: string; client_payload: unknown };
    if (body.event_type === 'dardocs-soc-regenerate') runAction(`${match[1]}/${match[2]}`, body.client_payload);
    return { status: 204 };
  });
  await github.start();
  const app = buildApp({
    db,
    logger: silentLogger,
    dispatcher: createDispatcher({ token: 'ghs_e2e', apiUrl: github.url }),
  });
  server = await serveApp(app);
  receiverUrl = server.url;
});
afterAll(async () => {
  await github.stop();
  await server.close();
  await db.close();
  for (const dir of checkouts.values()) removeDir(dir);
  removeDir(runner);
});

describe('regenerate -> receiver -> repository_dispatch -> the action in each repository', () => {
  it('completes with every repository reporting, and the document holds all three parts', async () => {
    const settings = parseSettings(
      readInputs(
        (n) =>
          ({
            command: 'regenerate',
            'receiver-url': receiverUrl,
            'receiver-api-key': key,
            'soc-id': socId,
            'wait-timeout': '120',
          })[n],
      ).values,
    );
    const log = createMemoryLog();
    const result = await run(settings, {
      log,
      env: {},
      workdir: '.',
      now: () => new Date(),
      version: 't',
      sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 250))),
    });
    expect(result.failure).toBeUndefined();
    expect(result.outputs).toMatchObject({ status: 'completed', version: '3' });
    // The run completes when the parts arrive; the action processes exit just after: wait for them.
    for (let i = 0; i < 600 && finished.length < Object.keys(REPOS).length; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(finished.map((f) => [f.repo, f.code]).sort()).toEqual(
      Object.keys(REPOS)
        .map((r) => [r, 0])
        .sort(),
    );
    for (const f of finished) {
      expect(f.outputs).toMatch(/delivered<<.*\ntrue\n/);
      expect(f.outputs).toContain(result.outputs['regeneration-id']);
      expect(f.summary).toContain(`dardocs soc: ${f.repo}`);
    }
    const document = await (
      await fetch(`${receiverUrl}/api/socs/${socId}/document`, { headers: { authorization: `Bearer ${key}` } })
    ).text();
    for (const repo of Object.keys(REPOS)) expect(document).toContain(`## ${repo}`);
    expect(document).toContain('| GET | `/orders` |');
    expect(document).toContain('| GET | `/search` |');
    expect(document).toContain('| GET | `/ping` |');
    expect(log.lines.some((l) => l.includes('https://github.example/acme/edge/actions/runs/'))).toBe(true);
  }, 120_000);
});
