/** A timestamp column as an ISO string; null stays null. */
export const iso = (value) => value === null || value === undefined ? null : new Date(value).toISOString();
