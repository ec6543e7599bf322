// npm run demo: the main job run locally with the same bundles the action and receiver use.
// 1. starts the receiver on the embedded database in .dardocs-data/ (the receiver's default),
// 2. snapshots examples/ with the dardocs CLI into a file and into the receiver,
// 3. runs soc and regenerate for the sample platform's System Overview Chart,
// 4. runs docs in dry-run on a copy of the sample platform with one code commit (the plan; the diff too
//    when OPENAI_API_KEY or DARDOCS_LLM_BASE_URL is set),
// 5. shows secrets-sync --dry-run on example secrets (where each would go, what is excluded, no values),
// 6. prints what the receiver now holds, then stops it. Nothing is left running; the data stays
//    where `npm run receiver` serves it.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dataDir = join(root, '.dardocs-data');
const demoDir = join(dataDir, 'demo');
const keyFile = join(demoDir, 'api-key.txt');
const output = join(demoDir, 'examples-snapshot.json');
for (const built of ['dist/cli/index.js', 'dist/receiver/receiver/src/cli.js']) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: run npm run build first.`);
    process.exit(1);
  }
}
const { startReceiver } = await import(join(root, 'dist/receiver/receiver/src/server.js'));
const { openReceiverDatabase } = await import(join(root, 'dist/receiver/receiver/src/storage/open.js'));
const { SqlStorage } = await import(join(root, 'dist/receiver/receiver/src/storage/sql-storage.js'));
const config = { port: 0, host: '127.0.0.1', dataDir };

/** Runs the dardocs CLI as a terminal user would (no workflow commands, even inside CI); resolves to its exit code. */
function dardocs(args, { showOutput }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin/dardocs.js'), ...args], {
      cwd: root,
      stdio: ['ignore', showOutput ? 'inherit' : 'ignore', 'inherit'],
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    child.on('close', resolve);
  });
}

/**
 * docs in dry-run on a copy of the sample platform made into a git repository, with one code
 * commit on top: the plan (which commit would rewrite which section, and why), and with an LLM
 * configured (OPENAI_API_KEY, or DARDOCS_LLM_BASE_URL for a local server) the diff as well.
 */
async function docsDemo() {
  const repo = join(demoDir, 'docs-sample-platform');
  rmSync(repo, { recursive: true, force: true });
  cpSync(join(root, 'examples/sample-platform'), repo, { recursive: true });
  const gitEnv = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Demo',
    GIT_AUTHOR_EMAIL: 'demo@example.com',
    GIT_COMMITTER_NAME: 'Demo',
    GIT_COMMITTER_EMAIL: 'demo@example.com',
  };
  const git = (...args) => execFileSync('git', args, { cwd: repo, env: gitEnv, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'sample platform');
  const base = git('rev-parse', 'HEAD').trim();
  const orders = join(repo, 'services/api/src/routes/orders.js');
  writeFileSync(
    orders,
    readFileSync(orders, 'utf8').replace(
      "router.get('/:id'",
      "router.delete('/:id', async (req, res) => res.status(204).end());\nrouter.get('/:id'",
    ),
  );
  git('commit', '-qam', 'api: cancel an order with DELETE /api/v1/orders/:id');
  const args = ['docs', '--cwd', relative(root, repo), '--mode', 'dry-run', '--from', base];
  if (process.env.DARDOCS_LLM_BASE_URL) args.push('--llm-base-url', process.env.DARDOCS_LLM_BASE_URL);
  console.log(`\n$ dardocs ${args.join(' ')}\n`);
  const code = await dardocs(args, { showOutput: true });
  if (code !== 0) throw new Error(`dardocs docs exited ${code}`);
}

/**
 * secrets-sync in dry-run on example secrets, without a GitHub token: what would be written where
 * and what is excluded, and no value printed (the CLI masks every value it is given).
 */
async function secretsDemo() {
  const example = {
    NPM_TOKEN: 'npm_demoToken0123456789',
    DATABASE_URL: 'postgres://app:demo-password@db.internal:5432/app',
    SIGNING_KEY: '-----BEGIN KEY-----\nZGVtbyBrZXk=\n-----END KEY-----',
    GITHUB_TOKEN: 'ghs_demoJobToken',
    github_token: 'ghs_demoJobToken',
    ACTIONS_RUNTIME_TOKEN: 'demo-runtime',
    lower_case_name: 'demo-lower',
  };
  const args = [
    'secrets-sync',
    '--dry-run',
    '--repository',
    'dardocs/examples',
    '--targets',
    'codespaces, dependabot, environment:production',
    '--secrets',
    JSON.stringify(example),
  ];
  console.log(
    `\n$ dardocs secrets-sync --dry-run --repository dardocs/examples --targets 'codespaces, dependabot, environment:production' --secrets '{...7 example secrets...}'\n`,
  );
  const code = await dardocs(args, { showOutput: true });
  if (code !== 0) throw new Error(`dardocs secrets-sync exited ${code}`);
}

// A demo workspace and key, reused across runs while the key still works.
mkdirSync(demoDir, { recursive: true });
const { db, release } = await openReceiverDatabase(config);
const storage = new SqlStorage(db);
const workspace = await storage.ensureWorkspace('demo');
let key = existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : '';
if (
  !key ||
  !(await storage.authenticate(
    (await import(join(root, 'dist/receiver/receiver/src/services/api-key.js'))).hashApiKey(key),
    new Date(),
  ))
) {
  key = (await storage.createApiKey({ workspaceId: workspace.id, name: 'demo', scopes: ['admin'] })).key;
  writeFileSync(keyFile, `${key}\n`);
  chmodSync(keyFile, 0o600);
}
await db.close();
release();

const quiet = { info: () => {}, error: (m, f) => console.error(m, f) };
// GitHub is not reachable here, so a small local stand-in for its API takes the receiver's
// repository_dispatch and does what each repository's workflow would: run `dardocs soc` with the
// dispatch payload. Everything else is the real receiver and the real CLI.
const githubStandIn = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const match = /^\/repos\/([^/]+)\/([^/]+)\/dispatches$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      return;
    }
    res.writeHead(204).end();
    const event = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const eventPath = join(demoDir, `dispatch-${event.client_payload.regenerationId}.json`);
    writeFileSync(eventPath, JSON.stringify({ action: event.event_type, client_payload: event.client_payload }));
    const child = spawn(
      process.execPath,
      [
        join(root, 'bin/dardocs.js'),
        'soc',
        '--cwd',
        'examples/sample-platform',
        '--repository',
        `${match[1]}/${match[2]}`,
        '--receiver-url',
        receiverUrl,
        '--receiver-api-key',
        key,
      ],
      {
        cwd: root,
        stdio: 'ignore',
        env: {
          ...process.env,
          GITHUB_ACTIONS: '',
          GITHUB_EVENT_NAME: 'repository_dispatch',
          GITHUB_EVENT_PATH: eventPath,
        },
      },
    );
    child.on('close', () => rmSync(eventPath, { force: true }));
  });
});
await new Promise((resolve) => githubStandIn.listen(0, '127.0.0.1', resolve));
let receiverUrl = '';
const receiver = await startReceiver(
  {
    ...config,
    github: { token: 'demo-token', apiUrl: `http://127.0.0.1:${githubStandIn.address().port}` },
    regeneration: { minIntervalS: 0, timeoutS: 120 },
  },
  quiet,
);
receiverUrl = receiver.url;
let socUrl = '';
console.log(`receiver started at ${receiver.url} on the embedded database in ${relative(process.cwd(), dataDir)}/\n`);
try {
  const args = [
    'snapshot',
    '--cwd',
    'examples',
    '--repository',
    'dardocs/examples',
    '--output',
    relative(root, output),
    '--redact',
    '--receiver-url',
    receiver.url,
    '--receiver-api-key',
    key,
  ];
  console.log(`$ dardocs ${args.join(' ').replace(key, '***')}\n`);
  // A terminal run (no workflow commands), even when the demo itself runs inside CI.
  const code = await dardocs(args, { showOutput: true });
  if (code !== 0) throw new Error(`dardocs snapshot exited ${code}`);
  const latest = await (
    await fetch(`${receiver.url}/api/repos/dardocs/examples/snapshots/latest`, {
      headers: { authorization: `Bearer ${key}` },
    })
  ).json();
  console.log(
    `\nThe receiver holds dardocs/examples at ${latest.commit_sha ?? '(no commit)'}: ${latest.file_count} files.`,
  );

  // The System Overview Chart of the sample platform: its SOC (made on the first run) and this repository's part.
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  const socs = (await (await fetch(`${receiver.url}/api/socs`, { headers })).json()).socs;
  let soc = socs.find((s) => s.name === 'Sample platform');
  if (!soc) {
    soc = await (
      await fetch(`${receiver.url}/api/socs`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Sample platform', repositories: ['dardocs/sample-platform'] }),
      })
    ).json();
  }
  const socArgs = [
    'soc',
    '--cwd',
    'examples/sample-platform',
    '--repository',
    'dardocs/sample-platform',
    '--receiver-url',
    receiver.url,
    '--receiver-api-key',
    key,
    '--soc-id',
    soc.id,
  ];
  console.log(`\n$ dardocs ${socArgs.join(' ').replace(key, '***')}`);
  const socCode = await dardocs(socArgs, { showOutput: false });
  if (socCode !== 0) throw new Error(`dardocs soc exited ${socCode}`);
  const document = await fetch(`${receiver.url}/api/socs/${soc.id}/document`, { headers });
  console.log(
    `\nThe SOC "Sample platform" is at version ${document.headers.get('x-soc-version')}; its document begins:\n`,
  );
  console.log(
    (await document.text())
      .split('\n')
      .slice(0, 22)
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  socUrl = `http://127.0.0.1:8787/socs/${soc.id}`;

  // Regenerate the SOC across its repositories and wait for it, as the regenerate workflow does.
  const regenerateArgs = [
    'regenerate',
    '--receiver-url',
    receiver.url,
    '--receiver-api-key',
    key,
    '--soc-id',
    soc.id,
    '--wait-timeout',
    '120',
  ];
  console.log(
    `\n$ dardocs ${regenerateArgs.join(' ').replace(key, '***')}   (dispatches go to the local GitHub stand-in)\n`,
  );
  const regenerateCode = await dardocs(regenerateArgs, { showOutput: true });
  if (regenerateCode !== 0) throw new Error(`dardocs regenerate exited ${regenerateCode}`);

  await docsDemo();
  await secretsDemo();
} finally {
  await receiver.stop();
  await new Promise((resolve) => githubStandIn.close(resolve));
}
console.log(`
Done; nothing is left running. The data stays in ${relative(process.cwd(), dataDir)}/, where \`npm run receiver\` serves it:
  npm run receiver            # dashboard at http://127.0.0.1:8787/ : sign in with the key in ${relative(process.cwd(), keyFile)}
  then open ${socUrl} for the sample platform's SOC, its diagram drawn
  curl -H "Authorization: Bearer $(cat ${relative(process.cwd(), keyFile)})" http://127.0.0.1:8787/api/repos/dardocs/examples/snapshots/latest
The snapshot file is ${relative(process.cwd(), output)}. Run the demo again to send an incremental snapshot.
(The regeneration's repository_dispatch went to a local stand-in for GitHub, which ran \`dardocs soc\` as the repository's workflow would.)
The docs plan was made on a copy of the sample platform in ${relative(process.cwd(), join(demoDir, 'docs-sample-platform'))}/; set OPENAI_API_KEY
(or DARDOCS_LLM_BASE_URL=http://localhost:11434/v1 for Ollama) and run the demo again to see the rewrite as a diff.`);
