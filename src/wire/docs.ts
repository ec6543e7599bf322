/**
 * The `docs` command's state per code commit (seed 004 §4.4, §12), shared type-only by the action
 * (git notes or the receiver) and the receiver (POST/GET /api/repos/:owner/:repo/docs/commits).
 */
export interface DocsTarget {
  docFile: string;
  sectionId: string;
  strategy: 'mapping' | 'marker' | 'inferred';
  status: 'planned' | 'applied' | 'failed' | 'unchanged';
  reason?: string | null;
  provider?: string | null;
  model?: string | null;
  tokens?: number;
}

export interface DocsCommitState {
  commitSha: string;
  status: 'pending' | 'in_progress' | 'success' | 'failed' | 'skipped';
  targets: DocsTarget[];
  /** The commit that carries the doc changes made for this code commit. */
  docCommitSha: string | null;
  filesChanged: string[];
  tokens: number;
  provider: string | null;
  model: string | null;
  error: string | null;
}
