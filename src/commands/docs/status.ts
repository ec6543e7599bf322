import { recentCommits } from '../../git/history.js';
import type { CommandResult } from '../../runtime/summary.js';
import type { DocsCommitState } from '../../wire/docs.js';
import type { DocsContext } from './index.js';

const ORDER: Array<DocsCommitState['status']> = ['pending', 'in_progress', 'success', 'failed', 'skipped'];

/** `dardocs docs status`: counts per status, then each commit newest first (as JSON with `json`). */
export async function renderStatus(ctx: DocsContext): Promise<CommandResult> {
  const states = await ctx.store.load();
  const order = new Map((await recentCommits(ctx.root, 'HEAD', 5000)).map((sha, i) => [sha, i]));
  const list = [...states.values()].sort(
    (a, b) =>
      (order.get(a.commitSha) ?? 1e9) - (order.get(b.commitSha) ?? 1e9) || a.commitSha.localeCompare(b.commitSha),
  );
  const counts = ORDER.map((s) => [s, list.filter((c) => c.status === s).length] as const);
  if (ctx.settings.json) {
    ctx.deps.log.info(
      JSON.stringify(
        { repository: ctx.repository, store: ctx.store.where, counts: Object.fromEntries(counts), commits: list },
        null,
        2,
      ),
    );
  }
  return {
    outputs: {},
    summary: {
      title: `dardocs docs status: ${ctx.repository}`,
      facts: [
        ['State', ctx.store.where],
        ['Commits', counts.map(([s, n]) => `${n} ${s}`).join(', ')],
      ],
      tables: [
        {
          caption: 'Commits (newest first)',
          headers: ['Commit', 'Status', 'Sections', 'Doc commit', 'Tokens', 'Error'],
          rows: list.map((c) => [
            c.commitSha.slice(0, 12),
            c.status,
            c.targets.map((t) => `${t.docFile}#${t.sectionId}:${t.status}`).join(' ') || '-',
            c.docCommitSha?.slice(0, 12) ?? '-',
            String(c.tokens),
            c.error ?? '',
          ]),
        },
      ],
    },
  };
}
