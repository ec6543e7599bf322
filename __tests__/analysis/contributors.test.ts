import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeContributors, isBot } from '../../src/analysis/contributors.js';
import { git, gitEnv, makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

/** Commits `file` (with `content`, by default a line naming the author) as `name`, authored and committed at `date`. */
function commitAs(
  repo: string,
  name: string,
  email: string,
  date: string,
  file: string,
  content = `${name} ${date}\n`,
) {
  writeFileSync(join(repo, file), content);
  git(repo, 'add', '-A');
  execFileSync('git', ['commit', '-qm', `change ${file}`, `--author=${name} <${email}>`], {
    cwd: repo,
    env: { ...gitEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

describe('analyzeContributors', () => {
  it('counts commits per person within the window before HEAD, honouring .mailmap and flagging bots', async () => {
    const repo = makeRepo();
    dirs.push(repo);
    commitAs(repo, 'Ancient Dev', 'old@example.com', '2025-01-01T00:00:00Z', 'a.txt');
    commitAs(repo, 'Ada Lovelace', 'ada@work.example', '2026-05-01T10:00:00Z', 'b.txt');
    commitAs(repo, 'ada', 'ada@home.example', '2026-05-20T10:00:00Z', 'c.txt');
    commitAs(
      repo,
      'dependabot[bot]',
      '49699333+dependabot[bot]@users.noreply.github.com',
      '2026-05-25T10:00:00Z',
      'd.txt',
    );
    commitAs(repo, 'Grace Hopper', 'grace@example.com', '2026-06-01T10:00:00Z', 'e.txt');
    commitAs(
      repo,
      'Grace Hopper',
      'grace@example.com',
      '2026-06-02T10:00:00Z',
      '.mailmap',
      'Ada Lovelace <ada@work.example> ada <ada@home.example>\n',
    );
    const report = await analyzeContributors(repo, 90);
    expect(report).toEqual({
      windowDays: 90,
      windowEnd: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      shallow: false,
      contributors: [
        { name: 'Ada Lovelace', commits: 2, lastActive: '2026-05-20', bot: false },
        { name: 'Grace Hopper', commits: 2, lastActive: '2026-06-02', bot: false },
        { name: 'dependabot[bot]', commits: 1, lastActive: '2026-05-25', bot: true },
      ],
    });
  });

  it('says when the clone is shallow', async () => {
    const origin = makeRepo({ 'a.txt': 'a' });
    dirs.push(origin);
    commitAs(origin, 'Ada', 'ada@example.com', '2026-05-01T00:00:00Z', 'b.txt');
    const clone = join(tempDir(), 'clone');
    dirs.push(join(clone, '..'));
    git(origin, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    expect((await analyzeContributors(clone, 90)).shallow).toBe(true);
  });

  it('is empty on an unborn branch', async () => {
    const repo = makeRepo();
    dirs.push(repo);
    expect(await analyzeContributors(repo, 90)).toMatchObject({ contributors: [], windowEnd: null });
  });

  it.each([
    ['renovate[bot]', 'bot@renovateapp.com', true],
    ['github-actions', '41898282+github-actions[bot]@users.noreply.github.com', true],
    ['Ada', 'ada@example.com', false],
    ['Abbot Jones', 'abbot@example.com', false],
  ])('isBot(%s) is %s', (name, email, bot) => {
    expect(isBot(name, email)).toBe(bot);
  });
});
