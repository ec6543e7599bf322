import type { SnapshotFile } from '../../../wire/snapshot.js';

/**
 * A transform over snapshot entries (seed 003's plugin hook). Entries flow through one at a time
 * rather than as a whole list, so a plugin never makes memory grow with the repository.
 */
export interface SnapshotPlugin {
  readonly name: string;
  transform(entry: SnapshotFile): SnapshotFile;
  /** One line for the summary, or undefined when there is nothing to say. */
  report(): string | undefined;
}

export function runPipeline(plugins: readonly SnapshotPlugin[], entry: SnapshotFile): SnapshotFile {
  let current = entry;
  for (const plugin of plugins) current = plugin.transform(current);
  return current;
}
