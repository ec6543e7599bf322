import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseSettings, run } from '../../src/commands/docs/index.js';
import { readInputs } from '../../src/inputs/read.js';
import { tokenCount } from '../../src/llm/tokens.js';
import { createMemoryLog } from '../../src/runtime/log.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { appendNote, FakeOpenAI, sectionOf } from '../helpers/fake-openai.js';
import { git, makeRepo, tempDir, writeFiles } from '../helpers/git-repo.js';

const README = `# Shop

A small shop service.

## API Reference

- \`GET /users\` lists users.

## Database

Tables: \`users\`.

## License

MIT
`;

const CONFIG = `doc-files: ["README.md", "docs/**/*.md"]
mappings:
  - code: "src/api/**"
    doc: README.md
    section: API Reference
  - code: src/db/**
    doc: README.md
    section: Database
`;

const GUIDE = `# Guide

<!-- dardocs:section id=util paths="lib/**" -->
The util module formats prices.
<!-- dardocs:end -->
`;

const llm = new FakeOpenAI();
const github = new FakeGitHub();
let llmUrl: string;
let githubUrl: string;

beforeAll(async () => {
  llmUrl = await llm.start();
  githubUrl = await github.start();
});
afterAll(async () => {
  await llm.stop();
  await github.stop();
});
beforeEach(() => {
  llm.prompts.length = 0;
  llm.answer = appendNote;
  github.pulls.length = 0;
  github.comments.length = 0;
  github.requests.length = 0;
  github.forbidCreate = false;
});

/** A working clone with a bare origin, the shop's code and docs committed and pushed. */
function shop(): { work: string; origin: string } {
  const origin = tempDir('dardocs-origin-');
  git(origin, 'init', '-q', '--bare', '-b', 'main');
  const work = makeRepo({
    'README.md': README,
    'docs/guide.md': GUIDE,
    '.dardocs.yml': CONFIG,
    'src/api/users.ts': 'export const routes = ["GET /users"];\n',
    'src/db/schema.ts': 'export const tables = ["users"];\n',
    'lib/util.ts': 'export const price = (n: number) => `$${n}`;\n',
  });
  git(work, 'remote', 'add', 'origin', origin);
  git(work, 'push', '-q', 'origin', 'main');
  return { work, origin };
}

function commit(work: string, files: Record<string, string>, message: string): string {
  writeFiles(work, files);
  git(work, 'add', '-A');
  git(work, 'commit', '-qm', message);
  return git(work, 'rev-parse', 'HEAD').trim();
}

const head = (dir: string, rev = 'HEAD') => git(dir, 'rev-parse', rev).trim();

async function docs(work: string, values: Record<string, string>, env: Record<string, string> = {}) {
  const log = createMemoryLog();
  const all: Record<string, string> = {
    command: 'docs',
    'llm-base-url': llmUrl,
    'llm-api-key': 'sk-test-key-123',
    'max-retries': '0',
    timeout: '10',
    ...values,
  };
  const raw = readInputs((name) => all[name], env);
  const result = await run(parseSettings(raw.values) as never, {
    log,
    env: { GITHUB_API_URL: githubUrl, ...env },
    workdir: work,
    now: () => new Date('2026-11-21T12:00:00Z'),
    version: 'test',
  });
  return { result, log, output: log.lines.join('\n') };
}

function notes(work: string): Record<
  string,
  {
    status: string;
    targets: Array<{ status: string; sectionId: string; provider?: string }>;
    docCommitSha: string | null;
  }
> {
  const list = git(work, 'notes', '--ref=refs/notes/dardocs', 'list').trim();
  if (!list) return {};
  return Object.fromEntries(
    list.split('\n').map((line) => {
      const [, commitSha] = line.split(' ');
      return [commitSha, JSON.parse(git(work, 'notes', '--ref=refs/notes/dardocs', 'show', commitSha as string))];
    }),
  );
}

describe('docs update, mode commit (local)', () => {
  it('rewrites only the mapped sections, commits them with the trailer, and records the state in git notes', async () => {
    const { work } = shop();
    const base = head(work);
    const c1 = commit(
      work,
      { 'src/api/users.ts': 'export const routes = ["GET /users", "POST /users"];\n' },
      'Add POST /users',
    );
    const c2 = commit(work, { 'src/db/schema.ts': 'export const tables = ["users", "orders"];\n' }, 'Add orders table');
    const { result, output } = await docs(work, { mode: 'commit', from: base });

    expect(result.outputs.changed).toBe('true');
    expect(result.outputs['sections-updated']).toBe('2');
    expect(Number(result.outputs['tokens-used'])).toBeGreaterThan(0);
    expect(llm.prompts).toHaveLength(2); // batch: one call per section for the whole push
    const readme = readFileSync(join(work, 'README.md'), 'utf8');
    expect(readme).toContain('- `GET /users` lists users.\n\nUpdated for: Add POST /users.\n\n## Database');
    expect(readme).toContain('Tables: `users`.\n\nUpdated for: Add orders table.\n\n## License');
    // Bytes outside the two sections are untouched.
    expect(readme.startsWith('# Shop\n\nA small shop service.\n\n## API Reference\n\n')).toBe(true);
    expect(readme.endsWith('## License\n\nMIT\n')).toBe(true);
    const message = git(work, 'log', '-1', '--format=%B');
    expect(message).toMatch(new RegExp(`^docs: update for ${c2.slice(0, 7)}`));
    expect(message).toContain('Dardocs-Update: true');
    expect(git(work, 'status', '--porcelain')).toBe('');
    const state = notes(work);
    expect(state[c1]?.status).toBe('success');
    expect(state[c2]?.status).toBe('success');
    expect(state[c2]?.docCommitSha).toBe(head(work));
    expect(output).toContain('because src/api/users.ts match src/api/** (.dardocs.yml:3)');

    // The next run starts after the last processed commit: the doc commit is dardocs' own, so nothing is called.
    llm.prompts.length = 0;
    const again = await docs(work, { mode: 'commit' });
    expect(llm.prompts).toHaveLength(0);
    expect(again.result.outputs.changed).toBe('false');

    // A new code commit is the only one processed.
    const c3 = commit(work, { 'lib/util.ts': 'export const price = (n: number) => `EUR ${n}`;\n' }, 'Prices in euros');
    const third = await docs(work, { mode: 'commit' });
    expect(llm.prompts).toHaveLength(1);
    expect(sectionOf(llm.prompts[0]!)).toBe('The util module formats prices.');
    expect(third.result.outputs.changed).toBe('true');
    expect(readFileSync(join(work, 'docs/guide.md'), 'utf8')).toBe(
      '# Guide\n\n<!-- dardocs:section id=util paths="lib/**" -->\nThe util module formats prices.\n\nUpdated for: Prices in euros.\n<!-- dardocs:end -->\n',
    );
    expect(notes(work)[c3]?.status).toBe('success');
  });

  it('makes one call per commit and section with batch false, each building on the last', async () => {
    const { work } = shop();
    const base = head(work);
    commit(work, { 'src/api/users.ts': 'export const routes = ["GET /users", "POST /users"];\n' }, 'Add POST /users');
    commit(
      work,
      { 'src/api/users.ts': 'export const routes = ["GET /users", "POST /users", "DELETE /users"];\n' },
      'Add DELETE /users',
    );
    await docs(work, { mode: 'commit', from: base, batch: 'false' });
    expect(llm.prompts).toHaveLength(2);
    expect(sectionOf(llm.prompts[1]!)).toContain('Updated for: Add POST /users.');
    expect(readFileSync(join(work, 'README.md'), 'utf8')).toContain(
      'Updated for: Add POST /users.\n\nUpdated for: Add DELETE /users.',
    );
  });

  it('skips its own commits, documentation-only commits, and diffs merges against the first parent', async () => {
    const { work } = shop();
    const base = head(work);
    const own = commit(work, { 'src/api/users.ts': '// touched\n' }, 'docs: update\n\nDardocs-Update: true');
    const docOnly = commit(work, { 'README.md': `${README}\nMore.\n` }, 'Edit the README');
    git(work, 'checkout', '-q', '-b', 'feature');
    commit(work, { 'src/db/schema.ts': 'export const tables = ["users", "carts"];\n' }, 'Add carts');
    git(work, 'checkout', '-q', 'main');
    commit(work, { 'lib/other.txt': 'x\n' }, 'Unrelated');
    git(work, 'merge', '-q', '--no-ff', '-m', 'Merge feature', 'feature');
    const merge = head(work);
    const { output } = await docs(work, { mode: 'dry-run', from: base });
    expect(output).toContain(`${own.slice(0, 12)} docs: update: skipped (dardocs' own documentation commit)`);
    expect(output).toContain(`${docOnly.slice(0, 12)} Edit the README: skipped (touches only documentation)`);
    // The merge's diff against its first parent is the feature's change: the Database section.
    expect(output).toMatch(new RegExp(`${merge.slice(0, 12)} Merge feature:\\n  -> README.md § Database`));
    // dry-run writes nothing and records nothing.
    expect(git(work, 'status', '--porcelain')).toBe('');
    expect(notes(work)).toEqual({});
  });

  it('processes only the newest commit on a first run without state', async () => {
    const { work } = shop();
    commit(work, { 'src/api/users.ts': '// a\n' }, 'first change');
    const newest = commit(work, { 'src/db/schema.ts': '// b\n' }, 'second change');
    const { output } = await docs(work, { mode: 'dry-run' });
    expect(output).toContain(`${newest.slice(0, 7)}`);
    expect(output).not.toContain('first change');
    expect(output).toContain('only (no state yet');
  });
});

describe('docs plan without an LLM', () => {
  it('prints the plan and how to enable rewriting when dry-run has no key', async () => {
    const { work } = shop();
    const base = head(work);
    commit(work, { 'src/api/users.ts': '// x\n' }, 'Change the API');
    const { result, output } = await docs(work, { mode: 'dry-run', from: base, 'llm-base-url': '', 'llm-api-key': '' });
    expect(llm.prompts).toHaveLength(0);
    expect(output).toContain('-> README.md § API Reference [mapping]');
    expect(output).toContain('set llm-api-key (or OPENAI_API_KEY)');
    expect(result.outputs.changed).toBe('false');
  });

  it('stops before any work when the OpenAI API has no key', async () => {
    const { work } = shop();
    await expect(docs(work, { mode: 'commit', 'llm-base-url': '', 'llm-api-key': '' })).rejects.toThrow(
      /No LLM API key: set llm-api-key/,
    );
    expect(notes(work)).toEqual({});
  });

  it('warns about a missing doc file and a renamed heading, naming the mapping', async () => {
    const { work } = shop();
    writeFileSync(
      join(work, '.dardocs.yml'),
      `${CONFIG}  - code: "lib/**"\n    doc: MISSING.md\n    section: X\n  - code: "lib/**"\n    doc: README.md\n    section: Old Heading\n`,
    );
    git(work, 'add', '-A');
    git(work, 'commit', '-qm', 'config');
    const base = head(work);
    commit(work, { 'lib/util.ts': '// y\n' }, 'Change util');
    const { output } = await docs(work, { mode: 'dry-run', from: base, 'llm-api-key': '', 'llm-base-url': '' });
    expect(output).toContain('warning: mapping at .dardocs.yml:9: MISSING.md does not exist; the mapping is skipped');
    expect(output).toContain(
      'mapping at .dardocs.yml:12: README.md has no section "Old Heading" (was the heading renamed?',
    );
    // The marker in docs/guide.md still maps lib/**.
    expect(output).toContain('-> docs/guide.md § util [marker]');
  });

  it('reports an invalid config with its line', async () => {
    const { work } = shop();
    writeFileSync(join(work, '.dardocs.yml'), 'mappings:\n  - code: src/**\n    doc: README.md\n    sektion: API\n');
    await expect(docs(work, { mode: 'dry-run' })).rejects.toThrow(
      /\.dardocs\.yml:2: mappings\.0: Unrecognized key: "sektion" \(known keys: code, doc, section\)/,
    );
  });
});

describe('the LLM call', () => {
  it('retries a 429 and a 500, then succeeds; falls back to the next provider when one keeps failing', async () => {
    const { work } = shop();
    const base = head(work);
    commit(work, { 'src/api/users.ts': '// z\n' }, 'Change the API');
    let calls = 0;
    llm.answer = (prompt) => {
      calls++;
      if (calls === 1) return { status: 429, headers: { 'retry-after-ms': '10' } };
      if (calls === 2) return { status: 500 };
      return appendNote(prompt);
    };
    const first = await docs(work, { mode: 'dry-run', from: base, 'max-retries': '2' });
    expect(calls).toBe(3);
    expect(first.result.outputs['sections-updated']).toBe('1');
    // dry-run prints the diff it would apply, and writes nothing.
    expect(first.output).toContain('+Updated for: Change the API.');
    expect(readFileSync(join(work, 'README.md'), 'utf8')).toBe(README);

    // Primary always fails: the fallback (same fake under another key) answers, and is recorded.
    commit(work, { 'src/api/users.ts': '// z2\n' }, 'Change the API again');
    llm.prompts.length = 0;
    llm.answer = (prompt) => (prompt.authorization === 'Bearer sk-test-key-123' ? { status: 503 } : appendNote(prompt));
    const second = await docs(work, {
      mode: 'commit',
      from: base,
      fallback: `${llmUrl.replace('127.0.0.1', 'localhost')} backup-model sk-fallback-456`,
    });
    expect(second.result.outputs['sections-updated']).toBe('1');
    const state = Object.values(notes(work))[0];
    expect(state?.targets[0]?.provider).toMatch(/^localhost:/);
    expect(second.output).not.toContain('sk-fallback-456');
  });

  it('gives up on an answer slower than timeout, and the commit fails with nothing written', async () => {
    const { work } = shop();
    const base = head(work);
    const c = commit(work, { 'src/api/users.ts': '// slow\n' }, 'Change the API');
    llm.answer = (prompt) => ({ ...(appendNote(prompt) as { text: string }), delayMs: 2500 });
    const started = Date.now();
    const { result } = await docs(work, { mode: 'commit', from: base, timeout: '1' });
    expect(Date.now() - started).toBeLessThan(2400);
    expect(result.failure?.message).toMatch(/1 of 1 sections failed/);
    expect(JSON.stringify(notes(work)[c])).toMatch(/timed out|timeout/i);
    expect(readFileSync(join(work, 'README.md'), 'utf8')).toBe(README);
  });

  it('fails the commit and writes nothing when every provider is down; garbage is a failure too', async () => {
    const { work } = shop();
    const base = head(work);
    const c = commit(work, { 'src/api/users.ts': '// down\n' }, 'Change the API');
    llm.answer = () => ({ garbage: '<html>bad gateway</html>' });
    const { result } = await docs(work, { mode: 'commit', from: base });
    expect(result.failure?.message).toMatch(/1 of 1 sections failed/);
    expect(readFileSync(join(work, 'README.md'), 'utf8')).toBe(README);
    expect(notes(work)[c]?.status).toBe('failed');
    expect(head(work)).toBe(c);
  });

  it('applies the guardrails: fence, chatter, shrink, headings; NO_CHANGE leaves the commit skipped', async () => {
    const cases: Array<[string, RegExp]> = [
      ['```markdown\nNew body\n```', /wrapped in a code fence/],
      ["Sure! Here's the updated section:\n\nNew body", /starts with chatter/],
      ['x', /shrinks the section by/],
      ['New text.\n\n## Another\n\nMore.', /heading of the section's level/],
      ['```\nunclosed fence and a long enough body to pass the size check', /no longer parses the same/],
    ];
    for (const [answer, reason] of cases) {
      const { work } = shop();
      const base = head(work);
      const c = commit(work, { 'src/api/users.ts': '// g\n' }, 'Change the API');
      llm.answer = () => ({ text: answer });
      const { result } = await docs(work, { mode: 'commit', from: base });
      expect(result.failure).toBeDefined();
      const state = notes(work)[c];
      expect(state?.status).toBe('failed');
      expect(JSON.stringify(state)).toMatch(reason);
      expect(readFileSync(join(work, 'README.md'), 'utf8')).toBe(README);
    }
    const { work } = shop();
    const base = head(work);
    const c = commit(work, { 'src/api/users.ts': '// n\n' }, 'Refactor');
    llm.answer = () => ({ text: 'NO_CHANGE' });
    const { result } = await docs(work, { mode: 'commit', from: base });
    expect(result.outputs.changed).toBe('false');
    expect(notes(work)[c]?.status).toBe('skipped');
    expect(notes(work)[c]?.targets[0]?.status).toBe('unchanged');
  });

  it('with infer, one call picks a section for files nothing maps', async () => {
    const { work } = shop();
    const base = head(work);
    commit(work, { 'services/billing.ts': 'export const bill = 1;\n' }, 'Add billing');
    llm.answer = (prompt) =>
      prompt.messages[0]?.content.startsWith('You map code changes') ? { text: '2' } : appendNote(prompt);
    const { result, output } = await docs(work, { mode: 'commit', from: base, infer: 'true' });
    expect(llm.prompts).toHaveLength(2);
    expect(llm.prompts[0]?.messages[1]?.content).toContain('2. README.md § API Reference');
    expect(output).toContain('-> README.md § API Reference [inferred]');
    expect(result.outputs['sections-updated']).toBe('1');
  });

  it('stops before the first call when the run would exceed max-tokens-per-run', async () => {
    const { work } = shop();
    const base = head(work);
    commit(work, { 'src/api/users.ts': '// t\n' }, 'Change');
    await expect(docs(work, { mode: 'commit', from: base, 'max-tokens-per-run': '50' })).rejects.toThrow(
      /over max-tokens-per-run 50.*No LLM call was made/,
    );
    expect(llm.prompts).toHaveLength(0);
  });

  it('keeps a huge diff within max-prompt-tokens, hunks of mapped files first, the rest by name; binary diffs included', async () => {
    const { work } = shop();
    const base = head(work);
    const big = Array.from({ length: 3000 }, (_, i) => `export const route${i} = "GET /r/${i}";`).join('\n\n\n\n');
    writeFiles(work, { 'src/api/png.bin': Buffer.from([0, 1, 2, 3, 0, 255]) as unknown as string });
    commit(work, { 'src/api/users.ts': `${big}\n`, 'other/notes.go': 'package x\n' }, 'Generate many routes');
    await docs(work, { mode: 'dry-run', from: base, 'max-prompt-tokens': '2000' });
    const prompt = llm.prompts[0]!;
    const text = prompt.messages.map((m) => m.content).join('\n');
    expect(tokenCount(text)).toBeLessThanOrEqual(2000);
    expect(text).toMatch(/more lines of this hunk left out to fit the budget/);
    expect(text).toContain('export const route0 = "GET /r/0";');
    expect(text).toContain('- other/notes.go (added)');
    expect(text).toMatch(/Binary files .*png\.bin differ|src\/api\/png\.bin/);
  });
});

describe('state: resume, retry, status, revert, lock', () => {
  it('retry reruns only failed commits and makes no call for answers already cached', async () => {
    const { work } = shop();
    const base = head(work);
    const c = commit(work, { 'src/api/users.ts': '// r\n', 'src/db/schema.ts': '// r\n' }, 'Change API and DB');
    // The Database answer is rejected; the API answer is good (and cached).
    llm.answer = (prompt) => (sectionOf(prompt).startsWith('Tables') ? { text: 'x' } : appendNote(prompt));
    await docs(work, { mode: 'commit', from: base });
    expect(notes(work)[c]?.status).toBe('failed');
    git(work, 'reset', '-q', '--hard', c); // the partial doc commit is discarded, as a failed PR run's would be

    llm.prompts.length = 0;
    llm.answer = appendNote;
    const retried = await docs(work, { 'docs-command': 'retry', mode: 'commit' });
    expect(llm.prompts).toHaveLength(1); // only the Database section; the API answer came from the cache
    expect(sectionOf(llm.prompts[0]!)).toBe('Tables: `users`.');
    expect(retried.result.outputs['sections-updated']).toBe('2');
    expect(notes(work)[c]?.status).toBe('success');
  });

  it('resumes a commit an interrupted run left in_progress', async () => {
    const { work } = shop();
    const done = commit(work, { 'lib/x.txt': 'x\n' }, 'Done earlier');
    git(
      work,
      'notes',
      '--ref=refs/notes/dardocs',
      'add',
      '-m',
      JSON.stringify({ commitSha: done, status: 'skipped', targets: [] }),
      done,
    );
    const interrupted = commit(work, { 'src/api/users.ts': '// i\n' }, 'Interrupted');
    git(
      work,
      'notes',
      '--ref=refs/notes/dardocs',
      'add',
      '-m',
      JSON.stringify({ commitSha: interrupted, status: 'in_progress', targets: [] }),
      interrupted,
    );
    const { output } = await docs(work, { mode: 'commit' });
    expect(output).toContain(`since the last processed commit ${done.slice(0, 12)}`);
    expect(notes(work)[interrupted]?.status).toBe('success');
  });

  it('status lists the commits (and as JSON); revert undoes the doc commit of a code commit', async () => {
    const { work } = shop();
    const base = head(work);
    const c = commit(work, { 'src/api/users.ts': '// s\n' }, 'Change the API');
    await docs(work, { mode: 'commit', from: base });
    expect(readFileSync(join(work, 'README.md'), 'utf8')).not.toBe(README);

    const status = await docs(work, { 'docs-command': 'status', json: 'true' });
    const json = JSON.parse(status.output) as { counts: Record<string, number>; commits: Array<{ commitSha: string }> };
    expect(json.counts.success).toBe(1);
    expect(json.commits[0]?.commitSha).toBe(c);

    const reverted = await docs(work, { 'docs-command': 'revert', commit: c.slice(0, 10), mode: 'commit' });
    expect(reverted.result.outputs.changed).toBe('true');
    expect(readFileSync(join(work, 'README.md'), 'utf8')).toBe(README);
    expect(git(work, 'log', '-1', '--format=%B')).toContain('Dardocs-Update: true');
  });

  it('a second run while one holds the lock exits at once with a clear message; a stale lock is taken over', async () => {
    const { work } = shop();
    const lock = join(work, '.git', 'dardocs', 'run.lock');
    writeFiles(work, {});
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(work, '.git', 'dardocs'), { recursive: true });
    writeFileSync(lock, `${process.pid}\n`);
    await expect(docs(work, { mode: 'dry-run' })).rejects.toThrow(/another dardocs docs run \(pid \d+\) is working/);
    writeFileSync(lock, '999999\n'); // no such process
    await expect(docs(work, { mode: 'dry-run' })).resolves.toBeDefined();
    expect(existsSync(lock)).toBe(false);
  });
});

describe('docs in a runner: pull requests, force-pushes, check', () => {
  const runnerEnv = (work: string, event: object, name = 'push'): Record<string, string> => {
    const path = join(work, '..', `event-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify(event));
    return {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: name,
      GITHUB_EVENT_PATH: path,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_TOKEN: 'ghs_testtoken',
    };
  };

  it('opens one pull request per base, updates it on the next push, and closes it once the base caught up', async () => {
    const { work, origin } = shop();
    const before = head(work);
    commit(work, { 'src/api/users.ts': '// p1\n' }, 'API change one');
    git(work, 'push', '-q', 'origin', 'main');
    const first = await docs(work, { mode: 'pr' }, runnerEnv(work, { before, after: head(work) }));
    expect(first.result.outputs['pull-request-number']).toBe('1');
    expect(github.pulls[0]?.head).toBe('dardocs/docs-main');
    expect(github.pulls[0]?.body).toContain('API change one');
    expect(github.requests.some((r) => r.authorization === 'token ghs_testtoken')).toBe(true);
    const branch1 = head(origin, 'refs/heads/dardocs/docs-main');
    expect(git(origin, 'show', `${branch1}:README.md`)).toContain('Updated for: API change one.');
    // The checkout is untouched; state went to the remote's notes.
    expect(readFileSync(join(work, 'README.md'), 'utf8')).toBe(README);
    expect(git(origin, 'notes', '--ref=refs/notes/dardocs', 'list')).not.toBe('');

    const before2 = head(work);
    commit(work, { 'src/db/schema.ts': '// p2\n' }, 'DB change two');
    git(work, 'push', '-q', 'origin', 'main');
    const second = await docs(work, { mode: 'pr' }, runnerEnv(work, { before: before2, after: head(work) }));
    expect(second.result.outputs['pull-request-number']).toBe('1');
    expect(github.pulls).toHaveLength(1);
    const branch2 = head(origin, 'refs/heads/dardocs/docs-main');
    const readme2 = git(origin, 'show', `${branch2}:README.md`);
    expect(readme2).toContain('Updated for: API change one.'); // the earlier unmerged update is kept
    expect(readme2).toContain('Updated for: DB change two.');
    expect(git(origin, 'rev-list', '--count', `main..${branch2}`).trim()).toBe('2'); // one commit per push

    // A push nothing maps leaves the pull request as it is, and still names it.
    const beforeUnmapped = head(work);
    commit(work, { 'notes.txt': 'x\n' }, 'Unmapped before merge');
    git(work, 'push', '-q', 'origin', 'main');
    const unmapped = await docs(work, { mode: 'pr' }, runnerEnv(work, { before: beforeUnmapped, after: head(work) }));
    expect(unmapped.result.outputs).toMatchObject({ changed: 'false', 'pull-request-number': '1' });
    expect(head(origin, 'refs/heads/dardocs/docs-main')).toBe(branch2);

    // The PR is merged into main; the next push finds nothing left to propose and closes it.
    git(work, 'fetch', '-q', 'origin', 'dardocs/docs-main');
    git(work, 'merge', '-q', '--no-ff', '-m', 'Merge docs', 'FETCH_HEAD');
    const before3 = head(work);
    commit(work, { 'other.txt': 'x\n' }, 'Unmapped change');
    git(work, 'push', '-q', 'origin', 'main');
    const third = await docs(work, { mode: 'pr' }, runnerEnv(work, { before: before3, after: head(work) }));
    expect(third.result.outputs.changed).toBe('false');
    expect(github.pulls[0]?.state).toBe('closed');
    expect(git(origin, 'branch', '--list', 'dardocs/docs-main').trim()).toBe('');
  });

  it('mode commit pushes to the branch, rebuilding on the new tip when it moved, and opens a pull request when it is protected', async () => {
    const { work, origin } = shop();
    const before = head(work);
    commit(work, { 'src/api/users.ts': '// m1\n' }, 'API change');
    git(work, 'push', '-q', 'origin', 'main');
    // Someone else pushes to main in the meantime (a file the docs run does not touch).
    const other = tempDir('dardocs-other-');
    git(other, 'clone', '-q', origin, '.');
    commit(other, { 'CHANGELOG.txt': 'moved on\n' }, 'Concurrent push');
    git(other, 'push', '-q', 'origin', 'main');
    const moved = await docs(work, { mode: 'commit' }, runnerEnv(work, { before, after: head(work) }));
    expect(moved.result.outputs.changed).toBe('true');
    expect(moved.output).toContain('main moved on the remote; rebuilding the doc commit');
    const tip = head(origin, 'refs/heads/main');
    expect(git(origin, 'log', '-1', '--format=%s', `${tip}^`).trim()).toBe('Concurrent push');
    expect(git(origin, 'show', `${tip}:README.md`)).toContain('Updated for: API change.');
    expect(git(origin, 'show', `${tip}:CHANGELOG.txt`)).toBe('moved on\n');

    // main becomes protected (after this push): dardocs' push is refused, so the change goes to a pull request.
    git(work, 'fetch', '-q', 'origin');
    git(work, 'reset', '-q', '--hard', 'origin/main');
    const before2 = head(work);
    const c2 = commit(work, { 'src/db/schema.ts': '// m2\n' }, 'DB change');
    git(work, 'push', '-q', 'origin', 'main');
    writeFiles(origin, {
      'hooks/pre-receive':
        '#!/bin/sh\nwhile read old new ref; do [ "$ref" = refs/heads/main ] && { echo "GH006: Protected branch update failed for refs/heads/main." >&2; exit 1; }; done\nexit 0\n',
    });
    const { chmodSync } = await import('node:fs');
    chmodSync(join(origin, 'hooks/pre-receive'), 0o755);
    const protectedRun = await docs(work, { mode: 'commit' }, runnerEnv(work, { before: before2, after: c2 }));
    expect(protectedRun.output).toContain('main is protected');
    expect(protectedRun.result.outputs['pull-request-number']).toBe('1');
    expect(head(origin, 'refs/heads/main')).toBe(c2);
    expect(git(origin, 'show', 'refs/heads/dardocs/docs-main:README.md')).toContain('Updated for: DB change.');
  });

  it('a retry builds the pull request on the current tip, not on the old failed commit', async () => {
    const { work, origin } = shop();
    const before = head(work);
    const failed = commit(work, { 'src/api/users.ts': '// r1\n' }, 'API change');
    git(work, 'push', '-q', 'origin', 'main');
    llm.answer = () => ({ status: 503 });
    await docs(work, { mode: 'pr' }, runnerEnv(work, { before, after: failed }));
    expect(github.pulls).toHaveLength(0);
    const later = commit(work, { 'LATER.txt': 'later\n' }, 'Later unrelated change');
    git(work, 'push', '-q', 'origin', 'main');
    llm.answer = appendNote;
    const retried = await docs(
      work,
      { 'docs-command': 'retry', mode: 'pr' },
      runnerEnv(work, { before: failed, after: later }),
    );
    expect(retried.result.outputs['pull-request-number']).toBe('1');
    const branch = head(origin, 'refs/heads/dardocs/docs-main');
    expect(git(origin, 'rev-parse', `${branch}^`).trim()).toBe(later);
    expect(git(origin, 'show', `${branch}:LATER.txt`)).toBe('later\n');
    expect(git(origin, 'diff', '--name-only', later, branch).trim()).toBe('README.md');
  });

  it('translates "Actions may not create pull requests" into the setting to change', async () => {
    const { work } = shop();
    const before = head(work);
    commit(work, { 'src/api/users.ts': '// f\n' }, 'API change');
    github.forbidCreate = true;
    await expect(docs(work, { mode: 'pr' }, runnerEnv(work, { before, after: head(work) }))).rejects.toThrow(
      /Allow GitHub Actions to create and approve pull requests/,
    );
  });

  it('after a force-push processes only the commits not processed yet', async () => {
    const { work } = shop();
    const base = head(work);
    const kept = commit(work, { 'src/api/users.ts': '// k\n' }, 'Kept');
    const dropped = commit(work, { 'src/db/schema.ts': '// d\n' }, 'Dropped later');
    await docs(work, { mode: 'dry-run', from: base });
    git(
      work,
      'notes',
      '--ref=refs/notes/dardocs',
      'add',
      '-m',
      JSON.stringify({ commitSha: kept, status: 'success', targets: [] }),
      kept,
    );
    git(work, 'reset', '-q', '--hard', kept);
    const fresh = commit(work, { 'lib/util.ts': '// f\n' }, 'New after force-push');
    const { output } = await docs(
      work,
      { mode: 'dry-run' },
      {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: (() => {
          const p = join(work, '..', `force-${Date.now()}.json`);
          writeFileSync(p, JSON.stringify({ before: dropped, after: fresh, forced: true }));
          return p;
        })(),
      },
    );
    expect(output).toContain('force-push');
    expect(output).toContain('New after force-push');
    expect(output).not.toContain('Kept:');
  });

  it('mode check annotates mapped sections whose code changed while they did not', async () => {
    const { work } = shop();
    const base = head(work);
    git(work, 'checkout', '-q', '-b', 'feature');
    commit(work, { 'src/api/users.ts': '// c\n', 'src/db/schema.ts': '// c\n' }, 'Change code');
    commit(work, { 'README.md': README.replace('Tables: `users`.', 'Tables: `users`, `carts`.') }, 'Doc the DB');
    const env = runnerEnv(work, { pull_request: { base: { sha: base }, head: { sha: head(work) } } }, 'pull_request');
    const { result, output } = await docs(work, { mode: 'check' }, env);
    expect(llm.prompts).toHaveLength(0);
    expect(result.failure?.message).toMatch(/1 documentation section\(s\) may be stale/);
    expect(output).toContain(
      'README.md:5: error: src/api/users.ts changed in this pull request but "API Reference" did not',
    );
    expect(output).not.toContain('"Database" did not');
  });
});

describe('docs init and hooks', () => {
  it('init writes a commented config listing the docs and refuses to overwrite it', async () => {
    const work = makeRepo({ 'README.md': README, 'docs/a.md': '# A\n\n## Setup\n\nx\n' });
    await docs(work, { 'docs-command': 'init' });
    const config = readFileSync(join(work, '.dardocs.yml'), 'utf8');
    expect(config).toContain('  - "README.md"');
    expect(config).toContain('#   section: "API Reference"');
    const { parseDocsConfig } = await import('../../src/commands/docs/config.js');
    expect(parseDocsConfig(config, '.dardocs.yml').docFiles).toEqual(['README.md', 'docs/a.md']);
    await expect(docs(work, { 'docs-command': 'init' })).rejects.toThrow(/already exists/);
  });

  it('enable-hook installs three hooks that run the update, keeping an existing hook; disable-hook restores it', async () => {
    const { work } = shop();
    const hooks = join(work, '.git', 'hooks');
    writeFiles(hooks, { 'post-commit': '#!/bin/sh\necho mine >> "$(git rev-parse --git-dir)/mine.log"\n' });
    git(work, 'update-index', '--refresh');
    const { chmodSync } = await import('node:fs');
    chmodSync(join(hooks, 'post-commit'), 0o755);
    const marker = join(work, '..', `hook-ran-${Date.now()}`);
    await docs(work, { 'docs-command': 'enable-hook' }, { DARDOCS_HOOK_COMMAND: `sh -c 'echo "$*" > ${marker}' hook` });
    for (const hook of ['post-commit', 'post-merge', 'post-rewrite']) {
      expect(readFileSync(join(hooks, hook), 'utf8')).toContain('# dardocs-hook');
    }
    commit(work, { 'x.txt': 'x\n' }, 'trigger the hook');
    await expect.poll(() => existsSync(marker), { timeout: 10_000 }).toBe(true);
    expect(readFileSync(marker, 'utf8')).toContain('docs --mode commit');
    expect(readFileSync(join(work, '.git', 'mine.log'), 'utf8')).toBe('mine\n'); // the earlier hook still ran

    await docs(work, { 'docs-command': 'disable-hook' });
    expect(readFileSync(join(hooks, 'post-commit'), 'utf8')).toContain('echo mine');
    expect(existsSync(join(hooks, 'post-merge'))).toBe(false);
  });
});

describe('docs state in the receiver', () => {
  it('stores each commit through the receiver API instead of git notes, and resumes from it', async () => {
    const { buildApp } = await import('../../receiver/src/app.js');
    const { silentLogger } = await import('../../receiver/src/logger.js');
    const { openDatabase } = await import('../../receiver/src/storage/db.js');
    const { migrate } = await import('../../receiver/src/storage/migrations.js');
    const { SqlStorage } = await import('../../receiver/src/storage/sql-storage.js');
    const { serveApp } = await import('../helpers/serve-app.js');
    const db = await openDatabase({});
    await migrate(db);
    const storage = new SqlStorage(db);
    const workspaceId = (await storage.ensureWorkspace('acme')).id;
    const key = (await storage.createApiKey({ workspaceId, name: 'ci', scopes: ['runs:write'] })).key;
    const receiver = await serveApp(buildApp({ db, logger: silentLogger }));
    try {
      const { work } = shop();
      const base = head(work);
      const c = commit(work, { 'src/api/users.ts': '// rcv\n' }, 'Change the API');
      const values = { mode: 'commit', 'receiver-url': receiver.url, 'receiver-api-key': key, repository: 'acme/shop' };
      const first = await docs(work, { ...values, from: base });
      expect(first.output).toContain('Load state from the receiver');
      expect(notes(work)).toEqual({});
      const response = await fetch(`${receiver.url}/api/repos/acme/shop/docs/commits`, {
        headers: { authorization: `Bearer ${key}` },
      });
      const body = (await response.json()) as {
        commits: Array<{ commitSha: string; status: string; docCommitSha: string }>;
      };
      expect(body.commits).toEqual([
        expect.objectContaining({ commitSha: c, status: 'success', docCommitSha: head(work) }),
      ]);
      expect(first.output).not.toContain(key);

      llm.prompts.length = 0;
      const second = await docs(work, values);
      expect(second.output).toContain(`since the last processed commit ${c.slice(0, 12)}`);
      expect(llm.prompts).toHaveLength(0);
    } finally {
      await receiver.close();
      await db.close();
    }
  });
});
