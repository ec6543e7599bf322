import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGitHubApi } from '../helpers/fake-github-api.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { FakeOpenAI } from '../helpers/fake-openai.js';
import { git, makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { TestEndpoint } from '../helpers/http-endpoint.js';

// These run the committed bundles (dist/) the way users and runners do: `dardocs` from a shell,
// and `node dist/action/index.js` with INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
const repoRoot = new URL('../../', import.meta.url).pathname;
const cli = join(repoRoot, 'bin/dardocs.js');
const action = join(repoRoot, 'dist/action/index.js');
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && !k.startsWith('RUNNER_'),
  ),
);

/** Runs a process without blocking the event loop, so in-process test servers can answer it. */
function spawnAsync(args: string[], env: NodeJS.ProcessEnv, cwd?: string) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, args, { env, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

describe('dardocs CLI (dist/cli)', () => {
  it('prints its version', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
  });

  it('exits 2 with one line naming an unknown flag', () => {
    const run = spawnSync(process.execPath, [cli, 'snapshot', '--max-file-sise', '1'], {
      encoding: 'utf8',
      env: cleanEnv,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'dardocs: unknown flag --max-file-sise for snapshot; run dardocs snapshot --help for the flags\n',
    );
  });

  it('exits 2 naming a bad value', () => {
    const run = spawnSync(process.execPath, [cli, 'snapshot', '--max-file-size', 'big', '--output', 'x.json'], {
      encoding: 'utf8',
      env: cleanEnv,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Input 'max-file-size' must be a whole number of bytes");
  });

  it('prints no workflow command, and never a secret, on a terminal', async () => {
    const root = makeRepo({ 'a.txt': 'a' });
    dirs.push(root);
    const endpoint = new TestEndpoint(() => ({ status: 401, body: 'bad signature for sekret-value-123' }));
    await endpoint.start();
    try {
      const run = await spawnAsync(
        [
          cli,
          'snapshot',
          '--cwd',
          root,
          '--endpoint',
          endpoint.url,
          '--signing-secret',
          'sekret-value-123',
          '--output',
          join(root, 's.json'),
        ],
        cleanEnv,
      );
      const printed = run.stdout + run.stderr;
      expect(run.status).toBe(1);
      expect(printed).not.toMatch(/::(add-mask|group|endgroup|warning|error|set-output)/);
      expect(printed).not.toContain('sekret-value-123');
      expect(printed).toContain('HTTP 401');
      expect(run.stdout).toContain('dardocs snapshot: delivery failed');
    } finally {
      await endpoint.stop();
    }
  });
});

describe('the action bundle (dist/action) as a runner runs it', () => {
  it('reads INPUT_* variables, writes step outputs and a job summary, and masks secrets', () => {
    const root = makeRepo({ 'a.txt': 'a', 'b/c.md': '# C' });
    dirs.push(root);
    const runner = mkdtempSync(join(tmpdir(), 'runner-'));
    dirs.push(runner);
    const outputFile = join(runner, 'output');
    const summaryFile = join(runner, 'summary');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const run = spawnSync(process.execPath, [action], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...cleanEnv,
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_REPOSITORY: 'acme/widgets',
        INPUT_COMMAND: 'snapshot',
        INPUT_OUTPUT: 'snap.json',
        'INPUT_SIGNING-SECRET': 'mask-me-please',
      },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('::add-mask::mask-me-please');
    expect(run.stdout).toContain('::group::List files');
    const outputs = readFileSync(outputFile, 'utf8');
    expect(outputs).toMatch(/file-count<<.*\n2\n/);
    expect(outputs).toMatch(/delivered<<.*\nfalse\n/);
    expect(readFileSync(summaryFile, 'utf8')).toContain('## dardocs snapshot: done');
    expect(JSON.parse(readFileSync(join(root, 'snap.json'), 'utf8')).repository.name).toBe('widgets');
  });

  it('fails the step with an actionable message for a bad input', () => {
    const run = spawnSync(process.execPath, [action], {
      encoding: 'utf8',
      env: {
        ...cleanEnv,
        GITHUB_ACTIONS: 'true',
        INPUT_COMMAND: 'snapshot',
        'INPUT_MAX-ATTEMPTS': 'lots',
        INPUT_OUTPUT: 'x',
      },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::Input 'max-attempts' must be a whole number, 0 to 20, got 'lots'.");
  });

  it('secrets-sync: masks every form of every value before anything else, and no value leaves unmasked', async () => {
    const github = new FakeGitHubApi();
    const apiUrl = await github.start();
    const runner = mkdtempSync(join(tmpdir(), 'runner-'));
    dirs.push(runner);
    const outputFile = join(runner, 'output');
    const summaryFile = join(runner, 'summary');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const secrets = {
      PEM: 'line-one-abc\nline-two-def',
      QUOTED: 'has "quotes" and \\ slash',
      github_token: 'ghs_job_token_x',
    };
    try {
      const run = await spawnAsync([action], {
        ...cleanEnv,
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_API_URL: apiUrl,
        INPUT_COMMAND: 'secrets-sync',
        INPUT_SECRETS: JSON.stringify(secrets),
        'INPUT_GITHUB-TOKEN': 'github_pat_bundle_test',
        'INPUT_WRITE-CONCURRENCY': '10',
      });
      expect(run.status).toBe(0);
      const masks = run.stdout
        .split('\n')
        .filter((l) => l.startsWith('::add-mask::'))
        .map((l) => l.slice('::add-mask::'.length));
      for (const form of [
        'line-one-abc',
        'line-two-def',
        'has "quotes" and \\ slash',
        'has \\"quotes\\" and \\\\ slash',
        Buffer.from(secrets.PEM).toString('base64'),
      ]) {
        expect(masks).toContain(form);
      }
      // Outside the mask commands themselves, no value appears in any form.
      const rest = [
        run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
        run.stderr,
        readFileSync(outputFile, 'utf8'),
        readFileSync(summaryFile, 'utf8'),
      ].join('\n');
      for (const form of masks) expect(rest.includes(form)).toBe(false);
      expect(github.open('repo:acme/shop:dependabot', 'PEM')).toBe(secrets.PEM);
      expect(github.open('repo:acme/shop:codespaces', 'QUOTED')).toBe(secrets.QUOTED);
      expect(readFileSync(outputFile, 'utf8')).toMatch(/result<<[^\n]*\n\{"syncedCount":4,/);
      expect(github.openApiProblems).toEqual([]);
    } finally {
      await github.stop();
    }
  });

  it('docs: a push rewrites the mapped section and opens a pull request, with the LLM and GitHub as local servers', async () => {
    const llm = new FakeOpenAI();
    const llmUrl = await llm.start();
    const github = new FakeGitHub();
    const apiUrl = await github.start();
    const origin = tempDir('dardocs-origin-');
    dirs.push(origin);
    git(origin, 'init', '-q', '--bare', '-b', 'main');
    const work = makeRepo({
      'README.md': '# Shop\n\n## API\n\nGET /users.\n',
      '.dardocs.yml': 'mappings:\n  - code: "src/**"\n    doc: README.md\n    section: API\n',
      'src/users.ts': 'export const a = 1;\n',
    });
    dirs.push(work);
    git(work, 'remote', 'add', 'origin', origin);
    git(work, 'push', '-q', 'origin', 'main');
    const before = git(work, 'rev-parse', 'HEAD').trim();
    writeFileSync(join(work, 'src/users.ts'), 'export const a = 2;\n');
    git(work, 'commit', '-qam', 'Add POST /users');
    git(work, 'push', '-q', 'origin', 'main');
    const runner = mkdtempSync(join(tmpdir(), 'runner-'));
    dirs.push(runner);
    const event = join(runner, 'event.json');
    writeFileSync(event, JSON.stringify({ before, after: git(work, 'rev-parse', 'HEAD').trim() }));
    const outputFile = join(runner, 'output');
    writeFileSync(outputFile, '');
    writeFileSync(join(runner, 'summary'), '');
    try {
      const run = await spawnAsync(
        [action],
        {
          ...cleanEnv,
          GITHUB_ACTIONS: 'true',
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: join(runner, 'summary'),
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_EVENT_NAME: 'push',
          GITHUB_EVENT_PATH: event,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_REF_NAME: 'main',
          GITHUB_API_URL: apiUrl,
          INPUT_COMMAND: 'docs',
          'INPUT_GITHUB-TOKEN': 'ghs_bundle',
          'INPUT_LLM-BASE-URL': llmUrl,
          'INPUT_LLM-API-KEY': 'sk-bundle-secret',
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_CONFIG_NOSYSTEM: '1',
        },
        work,
      );
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('::add-mask::sk-bundle-secret');
      expect(llm.prompts).toHaveLength(1);
      expect(github.pulls[0]?.head).toBe('dardocs/docs-main');
      const outputs = readFileSync(outputFile, 'utf8');
      expect(outputs).toMatch(/pull-request-number<<[^\n]*\n1\n/);
      expect(outputs).toMatch(/sections-updated<<[^\n]*\n1\n/);
      expect(git(origin, 'show', 'refs/heads/dardocs/docs-main:README.md')).toContain('Updated for: Add POST /users.');
      expect(readFileSync(join(runner, 'summary'), 'utf8')).toContain('README.md § API');
    } finally {
      await llm.stop();
      await github.stop();
    }
  });
});
