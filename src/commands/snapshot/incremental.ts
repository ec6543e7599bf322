import { diffToWorktree } from '../../git/repository.js';
import { byPath, type Candidate, type FileSet } from '../../scan/types.js';
import type { ListName } from './payload.js';

export interface Change {
  list: Exclude<ListName, 'files'>;
  path: string;
  /** Present for added, modified and renamed entries: what to read. */
  candidate?: Candidate;
  /** Renames: the old path. */
  from?: string;
}

const ORDER: Record<Change['list'], number> = { added: 0, modified: 1, deleted: 2, renamed: 3 };

/**
 * What changed between `base` and the working tree, within the snapshot's file set: git's own
 * diff for tracked files (renames detected) plus untracked files as additions. Only the changed
 * paths are read afterwards, so the cost follows the change, not the repository.
 */
export async function incrementalChanges(root: string, base: string, fileSet: FileSet): Promise<Change[]> {
  const byName = new Map(fileSet.candidates.map((c) => [c.path, c]));
  const changes = new Map<string, Change>();
  const add = (change: Change) => changes.set(change.path, change);
  const diffed = await diffToWorktree(root, base);
  for (const d of diffed) {
    const candidate = byName.get(d.path);
    if (d.status === 'D') {
      if (!fileSet.excludes(d.path)) add({ list: 'deleted', path: d.path });
    } else if (d.status === 'R' && d.from !== undefined) {
      const fromKept = !fileSet.excludes(d.from);
      if (candidate)
        add(
          fromKept
            ? { list: 'renamed', path: d.path, from: d.from, candidate }
            : { list: 'added', path: d.path, candidate },
        );
      else if (fromKept) add({ list: 'deleted', path: d.from });
    } else if (candidate) {
      add({ list: d.status === 'A' || d.status === 'C' ? 'added' : 'modified', path: d.path, candidate });
    }
  }
  for (const candidate of fileSet.candidates) {
    if (candidate.tracked) continue;
    // Untracked now: new, unless it was in the base and git saw it leave the index: then it changed in place.
    const prior = changes.get(candidate.path);
    if (prior && prior.list !== 'deleted') continue;
    add({ list: prior ? 'modified' : 'added', path: candidate.path, candidate });
  }
  return [...changes.values()].sort((a, b) => ORDER[a.list] - ORDER[b.list] || byPath(a, b));
}
