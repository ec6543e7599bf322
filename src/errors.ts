/** Codes for every failure the action reports on purpose. A code names what went wrong; the message says what to do. */
export type ErrorCode =
  | 'INPUT_INVALID'
  | 'INPUT_UNKNOWN'
  | 'COMMAND_UNKNOWN'
  | 'GIT_FAILED'
  | 'SCAN_FAILED'
  | 'OUTPUT_FAILED'
  | 'DELIVERY_FAILED'
  | 'DELIVERY_REJECTED'
  | 'DOCS_MARKDOWN_INVALID'
  | 'DOCS_CONFIG_INVALID'
  | 'DOCS_LOCKED'
  | 'DOCS_STALE'
  | 'DOCS_STATE_FAILED'
  | 'LLM_FAILED'
  | 'LLM_BUDGET_EXCEEDED'
  | 'GITHUB_REQUEST_FAILED'
  | 'GITHUB_PERMISSION_DENIED'
  | 'GITHUB_PR_NOT_PERMITTED'
  | 'PUSH_REJECTED'
  | 'GITHUB_SECRETS_RATE_LIMIT_EXHAUSTED'
  | 'GITHUB_SECRETS_ENCRYPTION_FAILED'
  | 'GITHUB_SECRETS_SYNC_PARTIAL_FAILURE'
  | 'GITHUB_SECRETS_MISSING'
  | 'GITHUB_ENV_CONFIG_INVALID'
  | 'GITHUB_ENV_PROTECTION_RULE_CONFLICT'
  | 'GITHUB_ENV_REVIEWER_NOT_FOUND'
  | 'GITHUB_ENV_FAILED';

export class DardocsError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DardocsError';
    this.code = code;
    this.details = options?.details;
  }
}

/** A bad input value or flag: the message names the input and what it accepts. The CLI exits 2 for these. */
export class InputError extends DardocsError {
  readonly input: string;
  constructor(input: string, message: string, code: ErrorCode = 'INPUT_INVALID') {
    super(code, message);
    this.name = 'InputError';
    this.input = input;
  }
}

export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
