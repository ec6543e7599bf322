import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, removeDir } from '../helpers/git-repo.js';
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
});
