import { readEntry, type FileSystem, type ReadNote, type ReadOptions, realFileSystem } from '../../scan/read-entry.js';
import type { Candidate } from '../../scan/types.js';
import type { SnapshotFile } from '../../wire/snapshot.js';
import type { Change } from './incremental.js';
import type { ListName } from './payload.js';
import { runPipeline, type SnapshotPlugin } from './plugins/pipeline.js';

export interface EntryStats {
  entries: number;
  files: number;
  symlinks: number;
  submodules: number;
  contentBytes: number;
  skipped: Record<string, number>;
}

/** How often a long read reports how far it has got. */
const PROGRESS_INTERVAL_MS = 2000;

export const emptyStats = (): EntryStats => ({
  entries: 0,
  files: 0,
  symlinks: 0,
  submodules: 0,
  contentBytes: 0,
  skipped: {},
});

/** One unit of work for the builder: a path to read into a list, or a deletion that needs no read. */
export type Work = { list: ListName; candidate: Candidate; from?: string } | { list: 'deleted'; path: string };

export function fullWork(candidates: readonly Candidate[]): Work[] {
  return candidates.map((candidate) => ({ list: 'files', candidate }));
}

export function incrementalWork(changes: readonly Change[]): Work[] {
  return changes.map((c) =>
    c.list === 'deleted' || !c.candidate
      ? { list: 'deleted', path: c.path }
      : { list: c.list, candidate: c.candidate, from: c.from },
  );
}

/**
 * Reads each unit, runs the plugins and serializes it, handing `{list, json}` to `sink` in order.
 * The sink may wait (a slow disk); memory holds one entry at a time.
 */
export async function buildEntries(
  work: readonly Work[],
  options: ReadOptions & { plugins: readonly SnapshotPlugin[] },
  sink: (list: ListName, json: string, entry: SnapshotFile | undefined) => Promise<void> | void,
  fs: FileSystem = realFileSystem,
  notes: ReadNote[] = [],
  progress: (done: number, total: number) => void = () => {},
): Promise<EntryStats> {
  const stats = emptyStats();
  let lastProgress = Date.now();
  for (const [i, unit] of work.entries()) {
    if (i > 0 && i % 1024 === 0 && Date.now() - lastProgress >= PROGRESS_INTERVAL_MS) {
      progress(i, work.length);
      lastProgress = Date.now();
    }
    stats.entries++;
    if (!('candidate' in unit)) {
      await sink('deleted', JSON.stringify({ path: unit.path }), undefined);
      continue;
    }
    const read = runPipeline(options.plugins, readEntry(unit.candidate, options, fs, notes));
    const entry = unit.from === undefined ? read : { ...read, from: unit.from };
    if (entry.type === 'symlink') stats.symlinks++;
    else if (entry.type === 'submodule') stats.submodules++;
    else stats.files++;
    if (entry.skipped) stats.skipped[entry.skipped] = (stats.skipped[entry.skipped] ?? 0) + 1;
    if (entry.content !== null) stats.contentBytes += entry.size;
    const pending = sink(unit.list, JSON.stringify(entry), entry);
    if (pending) await pending;
    // Reads are synchronous; let timers and I/O callbacks run now and then.
    if (i % 512 === 511) await new Promise((resolve) => setImmediate(resolve));
  }
  return stats;
}
