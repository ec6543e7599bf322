/**
 * The snapshot wire format (the Docora app contract, seed 003), shared type-only by the action
 * and the receiver. Field order in serialized entries is fixed: path, type, sha, size, content, ...
 */
export type SkipReason = 'binary' | 'too-large' | 'unreadable' | 'outside-root';

export interface SnapshotFile {
  path: string;
  type: 'file' | 'symlink' | 'submodule';
  /** Git object id: the blob for files and links (as `git hash-object` gives it), the commit for submodules. */
  sha: string | null;
  size: number;
  /** UTF-8 text, or null for binary, too large, unreadable, links and submodules. */
  content: string | null;
  skipped?: SkipReason;
  /** Links only: the link text when it stays inside the root, else null (skipped "outside-root"). */
  target?: string | null;
  /** Set by the redact-secrets plugin: how many values were masked in `content` (sha and size describe the file in git). */
  redacted?: number;
}

export interface RenamedFile extends SnapshotFile {
  from: string;
}

export interface RepositoryInfo {
  repository_id: string;
  github_url: string;
  owner: string;
  name: string;
}

export interface PartInfo {
  /** The same for every part of one delivery; parts are reassembled by it. */
  snapshot_id: string;
  part: number;
  parts: number;
}

export interface InitialSnapshotPayload extends PartInfo {
  event: 'initial_snapshot';
  repository: RepositoryInfo;
  snapshot: { commit_sha: string | null; branch: string | null; scanned_at: string; files: SnapshotFile[] };
}

export interface SnapshotChanges {
  added: SnapshotFile[];
  modified: SnapshotFile[];
  deleted: Array<{ path: string }>;
  renamed: RenamedFile[];
}

export interface IncrementalSnapshotPayload extends PartInfo {
  event: 'incremental_snapshot';
  repository: RepositoryInfo;
  snapshot: {
    commit_sha: string | null;
    base_commit_sha: string;
    branch: string | null;
    scanned_at: string;
    changes: SnapshotChanges;
  };
}

export type SnapshotPayload = InitialSnapshotPayload | IncrementalSnapshotPayload;
