/** Helpers for turning query rows into domain records. */
export type Row = Record<string, unknown>;

/** A timestamp column as an ISO string; null stays null. */
export const iso = (value: unknown): string | null =>
  value === null || value === undefined ? null : new Date(value as string).toISOString();
