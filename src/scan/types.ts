/** A path to put in the snapshot, before it is read. */
export interface Candidate {
  /** Relative to the scan root, POSIX separators. */
  path: string;
  /** What git's index says, when it says anything; 'unknown' means lstat decides. */
  kind: 'file' | 'symlink' | 'submodule' | 'unknown';
  /** Object id from the index, set only when the working-tree file is unchanged since the index. */
  indexSha?: string;
  /** Object id computed by `git hash-object` (repositories with content filters). */
  gitSha?: string;
  /** In git's index (tracked); untracked and walked files are not. */
  tracked?: boolean;
  /** Submodules and nested repositories: the commit they are at. */
  commit?: string | null;
}

export interface FileSet {
  /** 'git' when git listed the files; 'walk' when the root is not in a repository. */
  source: 'git' | 'walk';
  candidates: Candidate[];
  objectFormat: 'sha1' | 'sha256';
  /** Paths left out by .dardocsignore/.docoraignore or the exclude input. */
  excludedCount: number;
  /** Whether a path (present or not) falls under .dardocsignore/.docoraignore or the exclude input. */
  excludes(path: string): boolean;
  /** The .dardocsignore/.docoraignore files that were applied, relative to the scan root. */
  ignoreFiles: string[];
}

export const byPath = (a: { path: string }, b: { path: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
