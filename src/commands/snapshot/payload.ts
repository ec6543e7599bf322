import type { PartInfo, RepositoryInfo } from '../../wire/snapshot.js';

/**
 * Streams a snapshot payload as JSON without holding it: a fixed head, then each list's entries
 * (already serialized), then the tail. Lists always appear, in a fixed order, so output is
 * deterministic and a consumer can rely on every key being present.
 */
export type ListName = 'files' | 'added' | 'modified' | 'deleted' | 'renamed';

export const INITIAL_LISTS: readonly ListName[] = ['files'];
export const INCREMENTAL_LISTS: readonly ListName[] = ['added', 'modified', 'deleted', 'renamed'];

export interface PayloadMeta {
  event: 'initial_snapshot' | 'incremental_snapshot';
  repository: RepositoryInfo;
  commitSha: string | null;
  baseCommitSha?: string;
  branch: string | null;
  scannedAt: string;
}

export function listsOf(meta: PayloadMeta): readonly ListName[] {
  return meta.event === 'initial_snapshot' ? INITIAL_LISTS : INCREMENTAL_LISTS;
}

export class PayloadWriter {
  private readonly lists: readonly ListName[];
  private current = -1;
  private first = true;
  bytes = 0;

  constructor(
    private readonly meta: PayloadMeta,
    private readonly part: PartInfo,
    private readonly write: (chunk: string) => void,
  ) {
    this.lists = listsOf(meta);
  }

  private emit(chunk: string): void {
    this.bytes += Buffer.byteLength(chunk);
    this.write(chunk);
  }

  begin(): void {
    const { meta, part } = this;
    const snapshot: Record<string, unknown> = { commit_sha: meta.commitSha };
    if (meta.event === 'incremental_snapshot') snapshot.base_commit_sha = meta.baseCommitSha ?? null;
    snapshot.branch = meta.branch;
    snapshot.scanned_at = meta.scannedAt;
    const head = JSON.stringify({
      event: meta.event,
      snapshot_id: part.snapshot_id,
      part: part.part,
      parts: part.parts,
      repository: meta.repository,
      snapshot,
    });
    // Reopen the snapshot object: drop the closing "}}" and append the lists.
    this.emit(head.slice(0, -2) + (meta.event === 'incremental_snapshot' ? ',"changes":{' : ','));
  }

  /** Appends one serialized entry to `list`; lists must be visited in order. */
  entry(list: ListName, json: string): void {
    this.advanceTo(this.lists.indexOf(list));
    this.emit(this.first ? json : `,${json}`);
    this.first = false;
  }

  end(): void {
    this.advanceTo(this.lists.length);
    this.emit(this.meta.event === 'incremental_snapshot' ? '}}}' : '}}');
  }

  private advanceTo(index: number): void {
    if (index < this.current)
      throw new Error(`snapshot lists out of order: ${this.lists[index]} after ${this.lists[this.current]}`);
    while (this.current < index) {
      if (this.current >= 0) this.emit(']');
      this.current++;
      if (this.current < this.lists.length) {
        this.emit(`${this.current > 0 ? ',' : ''}"${this.lists[this.current]}":[`);
        this.first = true;
      }
    }
  }
}
