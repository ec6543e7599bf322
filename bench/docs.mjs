// npm run bench:docs [-- --latency-ms 100]
// The docs command on a push of 20 commits touching 5 sections, through the built CLI against a
// local OpenAI-compatible server: LLM calls, prompt tokens and wall time with batch on and off,
// then a retry of a run whose commit failed after every answer came back (target: no call).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { countTokens } from 'gpt-tokenizer';

const { values } = parseArgs({ options: { 'latency-ms': { type: 'string', default: '100' } } });
const latency = Number(values['latency-ms']);
const here = new URL('.', import.meta.url).pathname;
const cli = join(here, '..', 'bin', 'dardocs.js');
const work = mkdtempSync(join(tmpdir(), 'dardocs-docs-bench-'));
const SECTIONS = ['Users', 'Orders', 'Payments', 'Search', 'Admin'];
const env = {
  ...process.env,
  GITHUB_ACTIONS: '',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });
const write = (root, path, text) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

// The fake model: keeps the section and appends a line.
const stats = { calls: 0, promptTokens: 0 };
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const request = JSON.parse(body);
    const text = request.messages.map((m) => m.content).join('\n');
    stats.calls++;
    stats.promptTokens += countTokens(text);
    const section = /<<<SECTION\n([\s\S]*)\nSECTION>>>/.exec(text)?.[1] ?? '';
    const answer = `${section}\n\nUpdated.`;
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'x',
          object: 'chat.completion',
          created: 0,
          model: request.model,
          choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }],
          usage: { prompt_tokens: countTokens(text), completion_tokens: countTokens(answer), total_tokens: 0 },
        }),
      );
    }, latency);
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const baseUrl = `http://127.0.0.1:${server.address().port}/v1`;

/** A repository whose last 20 commits each touch one of 5 mapped areas (4 commits per section). */
function makeRepo(name) {
  const repo = join(work, name);
  mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  const readme = ['# Service', '', ...SECTIONS.flatMap((s) => [`## ${s}`, '', `The ${s.toLowerCase()} API.`, ''])];
  write(repo, 'README.md', readme.join('\n'));
  write(
    repo,
    '.dardocs.yml',
    `mappings:\n${SECTIONS.map((s) => `  - code: "src/${s.toLowerCase()}/**"\n    doc: README.md\n    section: ${s}\n`).join('')}`,
  );
  for (const s of SECTIONS) write(repo, `src/${s.toLowerCase()}/routes.ts`, `export const routes = [];\n`);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'initial');
  const base = git(repo, 'rev-parse', 'HEAD').trim();
  for (let i = 0; i < 20; i++) {
    const s = SECTIONS[i % SECTIONS.length].toLowerCase();
    write(
      repo,
      `src/${s}/routes.ts`,
      `export const routes = [${Array.from({ length: i + 1 }, (_, k) => `"GET /${s}/${k}"`).join(', ')}];\n`,
    );
    git(repo, 'commit', '-qam', `${s}: add route ${i}`);
  }
  return { repo, base };
}

function cliRun(args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 && code !== 1) reject(new Error(`dardocs ${args.join(' ')} exited ${code}: ${err}`));
      else resolve({ ms, out, code });
    });
  });
}

async function measure(label, args) {
  stats.calls = 0;
  stats.promptTokens = 0;
  const { ms, out, code } = await cliRun(args);
  const used = /tokens-used=(\d+)/.exec(out)?.[1] ?? '-';
  const updated = /sections-updated=(\d+)/.exec(out)?.[1] ?? 'no';
  console.log(
    `  ${label.padEnd(34)} ${String(stats.calls).padStart(3)} calls  ${String(stats.promptTokens).padStart(6)} prompt tokens  ${String(used).padStart(6)} tokens used  ${ms.toFixed(0).padStart(6)} ms  ${updated} sections${code === 1 ? ' (step failed)' : ''}`,
  );
  return { calls: stats.calls, tokens: stats.promptTokens, ms };
}

try {
  const common = ['--mode', 'commit', '--llm-base-url', baseUrl, '--llm-api-key', 'bench', '--max-retries', '0'];
  console.log(
    `push of 20 commits touching 5 sections; fake model latency ${latency} ms per call; node ${process.version}`,
  );
  const a = makeRepo('batch');
  const batch = await measure('batch: true (default)', ['docs', '--cwd', a.repo, '--from', a.base, ...common]);
  const b = makeRepo('per-commit');
  const single = await measure('batch: false', [
    'docs',
    '--cwd',
    b.repo,
    '--from',
    b.base,
    '--batch',
    'false',
    ...common,
  ]);
  console.log(
    `  batch makes ${(single.calls / batch.calls).toFixed(1)}x fewer calls, ${(single.tokens / batch.tokens).toFixed(1)}x fewer prompt tokens, ${(single.ms / batch.ms).toFixed(1)}x faster`,
  );

  // A run whose answers all came back but whose commit failed (README.md had uncommitted edits):
  // every commit is failed, every answer cached. The retry must make no call at all.
  const c = makeRepo('retry');
  // (The edit sits under the title, outside the five sections, so their prompts are the same on retry.)
  write(c.repo, 'README.md', git(c.repo, 'show', 'HEAD:README.md').replace('# Service\n', '# Service\n\nlocal edit\n'));
  const first = await measure('first run, commit refused', ['docs', '--cwd', c.repo, '--from', c.base, ...common]);
  git(c.repo, 'checkout', '--', 'README.md');
  const retry = await measure('retry of the 20 failed commits', ['docs', 'retry', '--cwd', c.repo, ...common]);
  console.log(`  retry: ${retry.calls} LLM calls for ${first.calls} cached sections (target 0)`);
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}
