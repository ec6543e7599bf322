import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings, run } from '../../src/commands/soc/index.js';
import { readInputs } from '../../src/inputs/read.js';
import { createMemoryLog } from '../../src/runtime/log.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { git, makeRepo, tempDir, writeFiles } from '../helpers/git-repo.js';

const github = new FakeGitHub();
let apiUrl: string;
beforeAll(async () => {
  apiUrl = await github.start();
});
afterAll(() => github.stop());

async function soc(work: string, values: Record<string, string>) {
  const all: Record<string, string> = { command: 'soc', commit: 'pr', 'github-token': 'ghs_soc', ...values };
  const log = createMemoryLog();
  const result = await run(parseSettings(readInputs((n) => all[n]).values), {
    log,
    env: {
      GITHUB_API_URL: apiUrl,
      GITHUB_REPOSITORY: 'acme/api',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
    },
    workdir: work,
    now: () => new Date(),
    version: 't',
  });
  return { result, log };
}

describe('soc commit: pr', () => {
  it('proposes the part through a pull request without a receiver, and proposes nothing when it is current', async () => {
    const origin = tempDir('dardocs-origin-');
    git(origin, 'init', '-q', '--bare', '-b', 'main');
    const work = makeRepo({
      'package.json': JSON.stringify({ name: 'api', dependencies: { express: '^5' } }),
      'src/app.js': "const express = require('express');\nconst app = express();\napp.get('/health', h);\n",
    });
    git(work, 'remote', 'add', 'origin', origin);
    git(work, 'push', '-q', 'origin', 'main');

    const first = await soc(work, {});
    expect(first.result.outputs.changed).toBe('true');
    expect(first.result.outputs['pull-request-number']).toBe('1');
    const part = git(origin, 'show', 'refs/heads/dardocs/soc-main:docs/system-overview.md');
    expect(part).toContain('| GET | `/health` | `src/app.js:3` |');
    // What every commit changes stays out of the committed copy, so merging it does not make it stale.
    expect(part).not.toContain('## Contributors');
    expect(part).not.toMatch(/ at `[0-9a-f]{12}`/);
    expect(git(origin, 'log', '-1', '--format=%B', 'refs/heads/dardocs/soc-main')).toContain('Dardocs-Update: true');
    expect(github.pulls[0]).toMatchObject({ head: 'dardocs/soc-main', base: 'main', state: 'open' });
    // The checkout itself is untouched.
    expect(git(work, 'status', '--porcelain')).toBe('');

    // Merged: the repository now holds the same part, so a second run proposes nothing and closes nothing new.
    git(work, 'fetch', '-q', 'origin', 'dardocs/soc-main');
    git(work, 'merge', '-q', '--ff-only', 'FETCH_HEAD');
    git(work, 'push', '-q', 'origin', 'main');
    github.pulls[0]!.state = 'closed';
    const second = await soc(work, {});
    expect(second.result.outputs.changed).toBe('false');
    expect(github.pulls).toHaveLength(1);

    // A code change makes the part stale: a new pull request with the new route.
    writeFiles(work, {
      'src/app.js':
        "const express = require('express');\nconst app = express();\napp.get('/health', h);\napp.post('/orders', o);\n",
    });
    git(work, 'commit', '-qam', 'Add orders');
    const third = await soc(work, { output: 'docs/overview.md' });
    expect(third.result.outputs['pull-request-number']).toBe('2');
    expect(git(origin, 'show', 'refs/heads/dardocs/soc-main:docs/overview.md')).toContain(
      '| POST | `/orders` | `src/app.js:4` |',
    );
  });

  it('needs github-token', () => {
    expect(() => parseSettings(readInputs((n) => ({ command: 'soc', commit: 'pr' })[n]).values)).toThrow(
      /github-token' is required with commit: pr/,
    );
  });
});
