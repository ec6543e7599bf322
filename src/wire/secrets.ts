/**
 * The secret-sync records the action sends to the receiver (seed 001's SecretSyncEvent and
 * SecretMapping), shared type-only by the action and the receiver. Never values.
 */
export interface SecretSyncEventInput {
  repository: string;
  operation: 'create' | 'update' | 'delete' | 'sync_all' | 'validate';
  secretName: string | null;
  affectedScopes: string[];
  status: 'success' | 'failure' | 'partial';
  successCount: number;
  failureCount: number;
  errorMessage: string | null;
  correlationId: string;
  durationMs: number;
  metadata: Record<string, unknown> | null;
}

export interface SecretMappingInput {
  repository: string;
  secretName: string;
  /** codespaces, dependabot, environment:<name> or org:<name>:<scope>. */
  scope: string;
  /** HMAC-SHA256 of the value with the workspace key, hex. */
  fingerprint: string;
  syncStatus: 'pending' | 'synced' | 'failed' | 'conflict';
  errorMessage?: string | null;
  lastSyncedAt?: string | null;
}
