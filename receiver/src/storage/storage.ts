import type { Scope } from '../services/api-key.js';

/** Domain records the receiver stores. Routes and services see these, never rows or SQL. */
export interface Workspace {
  id: string;
  name: string;
  signingSecret: string | null;
  createdAt: string;
}

export interface ApiKeyRecord {
  id: string;
  workspaceId: string;
  name: string;
  prefix: string;
  scopes: Scope[];
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export interface StoredFile {
  path: string;
  type: string;
  sha: string | null;
  size: number;
  skipped: string | null;
}

export interface SnapshotRecord {
  id: string;
  snapshotId: string;
  owner: string;
  repo: string;
  repositoryId: string;
  githubUrl: string;
  event: 'initial_snapshot' | 'incremental_snapshot';
  commitSha: string | null;
  baseCommitSha: string | null;
  branch: string | null;
  scannedAt: string;
  receivedAt: string;
  fileCount: number;
  changeCount: number;
}

export interface NewSnapshot extends Omit<SnapshotRecord, 'id' | 'receivedAt'> {
  files: StoredFile[];
  blobs: Array<{ sha: string; size: number; content: string }>;
}
