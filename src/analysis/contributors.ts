import { commitAuthors, headTime, isShallow, type AuthoredCommit } from '../git/repository.js';

export interface Contributor {
  name: string;
  commits: number;
  /** Date (YYYY-MM-DD) of their latest commit in the window. */
  lastActive: string;
  bot: boolean;
}

export interface ContributorReport {
  windowDays: number;
  /** The window ends at HEAD's commit time, so the same checkout always gives the same report. */
  windowEnd: string | null;
  contributors: Contributor[];
  /** A shallow clone shows only part of the history: the counts are a lower bound. */
  shallow: boolean;
}

const BOT_PATTERNS: readonly RegExp[] = [
  /\[bot\]$/i,
  /\[bot\]@/i,
  /^(dependabot|renovate|github-actions|greenkeeper|snyk-bot|mergify|codecov)\b/i,
  /(^|[-_.])bot$/i,
];

export function isBot(name: string, email: string): boolean {
  return BOT_PATTERNS.some((p) => p.test(name) || p.test(email));
}

/** Groups commits by person (the .mailmap-resolved name and email); most commits first. Pure. */
export function summarizeContributors(commits: readonly AuthoredCommit[]): Contributor[] {
  const people = new Map<string, { name: string; email: string; commits: number; last: number }>();
  for (const c of commits) {
    const key = `${c.name.toLowerCase()}\0${c.email.toLowerCase()}`;
    const entry = people.get(key) ?? { name: c.name, email: c.email, commits: 0, last: 0 };
    entry.commits++;
    entry.last = Math.max(entry.last, c.time);
    people.set(key, entry);
  }
  return [...people.values()]
    .map((p) => ({
      name: p.name,
      commits: p.commits,
      lastActive: new Date(p.last * 1000).toISOString().slice(0, 10),
      bot: isBot(p.name, p.email),
    }))
    .sort((a, b) => b.commits - a.commits || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Contributors in the `windowDays` before HEAD's commit, from git history. */
export async function analyzeContributors(root: string, windowDays: number): Promise<ContributorReport> {
  const end = await headTime(root);
  if (end === undefined) return { windowDays, windowEnd: null, contributors: [], shallow: false };
  const start = end - windowDays * 86_400;
  // --since filters on committer time (a cheap prefilter); the window itself is on author time,
  // so a rebase or merge that re-commits old work does not pull it into the window.
  const [commits, shallow] = await Promise.all([commitAuthors(root, start), isShallow(root)]);
  const inWindow = commits.filter((c) => c.time >= start && c.time <= end);
  return {
    windowDays,
    windowEnd: new Date(end * 1000).toISOString().slice(0, 10),
    contributors: summarizeContributors(inWindow),
    shallow,
  };
}
