import { execGit, splitNul } from './exec-git.js';

/** Commit history as domain types: ranges, changed files, diffs, ancestry. */

export interface CommitInfo {
  sha: string;
  parents: string[];
  author: string;
  subject: string;
  message: string;
}

export interface ChangedFile {
  /** A added, M modified, D deleted, R renamed, C copied, T type changed. */
  status: string;
  path: string;
  /** The old path of a rename or copy. */
  from?: string;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

function parseLog(output: string): CommitInfo[] {
  return output
    .split(RECORD)
    .map((r) => r.replace(/^\n/, ''))
    .filter((r) => r !== '')
    .map((record) => {
      const [sha = '', parents = '', author = '', subject = '', message = ''] = record.split(FIELD);
      return { sha, parents: parents.split(' ').filter(Boolean), author, subject, message: message.trimEnd() };
    });
}

const LOG_FORMAT = `--format=%H${FIELD}%P${FIELD}%an${FIELD}%s${FIELD}%B${RECORD}`;

/** Commits in `from..to`, oldest first (all of them, merges included), or only `to` when `from` is null. */
export async function commitsInRange(cwd: string, from: string | null, to: string): Promise<CommitInfo[]> {
  const args = from ? ['log', '--reverse', LOG_FORMAT, `${from}..${to}`] : ['log', '-1', LOG_FORMAT, to];
  const run = await execGit(args, { cwd });
  return parseLog(run.stdout.toString('utf8'));
}

/** The newest `limit` commits reachable from `rev`, newest first. */
export async function recentCommits(cwd: string, rev: string, limit: number): Promise<string[]> {
  const run = await execGit(['rev-list', `--max-count=${limit}`, rev], { cwd, allowFailure: true });
  return run.code === 0 ? run.stdout.toString('utf8').split('\n').filter(Boolean) : [];
}

export async function readCommit(cwd: string, rev: string): Promise<CommitInfo | undefined> {
  const run = await execGit(['log', '-1', LOG_FORMAT, rev], { cwd, allowFailure: true });
  return run.code === 0 ? parseLog(run.stdout.toString('utf8'))[0] : undefined;
}

export async function isAncestor(cwd: string, ancestor: string, descendant: string): Promise<boolean> {
  const run = await execGit(['merge-base', '--is-ancestor', ancestor, descendant], { cwd, allowFailure: true });
  return run.code === 0;
}

/** The first parent, or the empty tree for a root commit; a merge is diffed against its first parent. */
export async function diffBase(cwd: string, commit: CommitInfo): Promise<string> {
  if (commit.parents[0]) return commit.parents[0];
  const run = await execGit(['hash-object', '-t', 'tree', '--stdin'], { cwd, input: '' });
  return run.stdout.toString('utf8').trim();
}

/** Files a commit changed against its first parent, renames detected. */
export async function changedFiles(cwd: string, base: string, commit: string): Promise<ChangedFile[]> {
  const run = await execGit(['diff-tree', '-r', '-z', '-M', '--no-commit-id', '--name-status', base, commit], { cwd });
  const parts = splitNul(run.stdout);
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length;) {
    const status = (parts[i++] ?? '').charAt(0);
    if (status === 'R' || status === 'C') {
      const from = parts[i++] ?? '';
      files.push({ status, path: parts[i++] ?? '', from });
    } else files.push({ status, path: parts[i++] ?? '' });
  }
  return files;
}

/** Unified diff of some paths between two revisions; binary files appear as "Binary files ... differ". */
export async function unifiedDiff(cwd: string, base: string, commit: string, paths: string[]): Promise<string> {
  if (paths.length === 0) return '';
  const run = await execGit(
    ['diff', '-M', '--unified=3', '--no-color', '--no-ext-diff', base, commit, '--', ...paths],
    {
      cwd,
    },
  );
  return run.stdout.toString('utf8');
}

export async function showFile(cwd: string, rev: string, path: string): Promise<string | undefined> {
  const run = await execGit(['show', `${rev}:${path}`], { cwd, allowFailure: true });
  return run.code === 0 ? run.stdout.toString('utf8') : undefined;
}

export function hasTrailer(message: string, name: string, value: string): boolean {
  const pattern = new RegExp(`^${name}:\\s*${value}\\s*$`, 'im');
  return pattern.test(message);
}

export async function mergeBase(cwd: string, a: string, b: string): Promise<string | undefined> {
  const run = await execGit(['merge-base', a, b], { cwd, allowFailure: true });
  return run.code === 0 ? run.stdout.toString('utf8').trim() : undefined;
}
