import type { DeliveryReport } from '../../delivery/deliver-snapshot.js';
import { getErrorMessage } from '../../errors.js';
import type { ReadNote } from '../../scan/read-entry.js';
import type { FileSet } from '../../scan/types.js';
import type { Summary } from '../../runtime/summary.js';
import type { EntryStats } from './build.js';
import type { PayloadMeta } from './payload.js';
import type { SnapshotPlugin } from './plugins/pipeline.js';

export interface SnapshotReport {
  root: string;
  meta: PayloadMeta;
  fileSet: FileSet;
  stats: EntryStats;
  bytes: number;
  outputPath?: string;
  endpoint?: string;
  delivery?: DeliveryReport;
  failure?: Error;
  plugins: readonly SnapshotPlugin[];
  notes: readonly ReadNote[];
  durationMs: number;
}

const MAX_NOTES = 20;

/** The snapshot command's summary: pure, so its text is tested as it is. */
export function snapshotSummary(r: SnapshotReport): Summary {
  const skipped = Object.entries(r.stats.skipped)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  const facts: Array<[string, string]> = [
    ['Root', r.root],
    [
      'File set',
      r.fileSet.source === 'git'
        ? 'git (tracked + untracked, not ignored)'
        : 'not a git repository: walked with .gitignore rules',
    ],
    ['Event', r.meta.event],
    ['Repository', `${r.meta.repository.owner}/${r.meta.repository.name}`],
    ['Commit', r.meta.commitSha ?? '(none)'],
  ];
  if (r.meta.baseCommitSha) facts.push(['Base commit', r.meta.baseCommitSha]);
  facts.push(
    ['Branch', r.meta.branch ?? '(detached)'],
    [r.meta.event === 'initial_snapshot' ? 'Entries' : 'Changes', String(r.stats.entries)],
    ['Files / links / submodules', `${r.stats.files} / ${r.stats.symlinks} / ${r.stats.submodules}`],
    ['Listed without content', skipped === '' ? 'none' : skipped],
    ['Left out by .dardocsignore / exclude', String(r.fileSet.excludedCount)],
    ['JSON size', `${r.bytes} bytes`],
  );
  if (r.outputPath) facts.push(['Written to', r.outputPath]);
  if (r.endpoint) {
    facts.push([
      'Delivered to',
      r.delivery
        ? `${r.endpoint} (${r.delivery.parts} part(s), ${r.delivery.sentBytes} bytes gzip, ${r.delivery.attempts} request(s))`
        : `${r.endpoint}: FAILED (${getErrorMessage(r.failure)})`,
    ]);
  }
  facts.push(['Duration', `${(r.durationMs / 1000).toFixed(2)} s`]);
  const notes: string[] = [];
  for (const plugin of r.plugins) {
    const line = plugin.report();
    if (line) notes.push(line);
  }
  if (r.notes.length > 0) {
    const shown = r.notes.slice(0, MAX_NOTES).map((n) => `${n.path}: ${n.message}`);
    if (r.notes.length > MAX_NOTES) shown.push(`... and ${r.notes.length - MAX_NOTES} more`);
    notes.push(`Unreadable entries:\n${shown.join('\n')}`);
  }
  return { title: `dardocs snapshot: ${r.failure ? 'delivery failed' : 'done'}`, facts, notes };
}
