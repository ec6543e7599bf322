import { join } from 'node:path';
import {
  hashObjects,
  listIndex,
  listUntracked,
  mayFilterContent,
  headCommit,
  worktreeChanges,
  type RepoLocation,
} from '../git/repository.js';
import { loadDardocsIgnore } from './dardocs-ignore.js';
import type { IgnoreRules } from './ignore-rules.js';
import { byPath, type Candidate, type FileSet } from './types.js';

/**
 * The working tree exactly as git counts it: tracked files (minus those deleted from the working
 * tree) plus untracked files that no .gitignore, info/exclude or global excludes file ignores.
 * Git is asked rather than imitated, since the `ignore` package and git disagree on some patterns.
 */
export async function gitFileSet(root: string, location: RepoLocation, exclude: IgnoreRules): Promise<FileSet> {
  const [index, untracked, changes] = await Promise.all([listIndex(root), listUntracked(root), worktreeChanges(root)]);
  const candidates = new Map<string, Candidate>();
  for (const entry of index) {
    const status = changes.get(entry.path);
    if (status === 'D') continue;
    if (entry.stage !== 0 || candidates.has(entry.path)) {
      // An unmerged path has several stages: the working-tree file is what there is.
      candidates.set(entry.path, { path: entry.path, kind: 'unknown', tracked: true });
      continue;
    }
    if (entry.mode === '160000') {
      candidates.set(entry.path, { path: entry.path, kind: 'submodule', commit: entry.sha, tracked: true });
      continue;
    }
    const kind = status === 'T' ? 'unknown' : entry.mode === '120000' ? 'symlink' : 'file';
    const unchanged = status === undefined;
    candidates.set(entry.path, {
      path: entry.path,
      kind,
      tracked: true,
      ...(unchanged ? { indexSha: entry.sha } : {}),
    });
  }
  for (const path of untracked) {
    if (path.endsWith('/')) {
      // A nested repository that is not a registered submodule: git lists it as a directory; report the commit it is at.
      const dir = path.slice(0, -1);
      candidates.set(dir, { path: dir, kind: 'submodule', commit: (await headCommit(join(root, dir))) ?? null });
    } else {
      candidates.set(path, { path, kind: 'unknown' });
    }
  }
  const all = [...candidates.values()];
  const { rules, files } = loadDardocsIgnore(
    root,
    all.map((c) => c.path),
    location.prefix === '' ? undefined : location,
  );
  const excludes = (path: string) => rules.ignores(path) || exclude.ignores(path);
  const kept = all.filter((c) => !excludes(c.path)).sort(byPath);

  const needsHash = kept.filter((c) => c.indexSha === undefined && c.kind !== 'submodule' && c.kind !== 'symlink');
  const hasAttributes = kept.some((c) => c.path === '.gitattributes' || c.path.endsWith('/.gitattributes'));
  if (needsHash.length > 0 && (await mayFilterContent(root, hasAttributes))) {
    const ids = await hashObjects(
      root,
      needsHash.map((c) => c.path),
    );
    for (const c of needsHash) {
      const id = ids.get(c.path);
      if (id) c.gitSha = id;
    }
  }
  return {
    source: 'git',
    candidates: kept,
    objectFormat: location.objectFormat,
    excludedCount: all.length - kept.length,
    excludes,
    ignoreFiles: files,
  };
}
