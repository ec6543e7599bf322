/**
 * Replaces every registered secret in text with ***: each line of a multi-line value, and the
 * value's JSON-escaped form, since an echoed request body carries that. Used for whatever is
 * printed outside the runner's own masking (the terminal, the job summary file).
 */
export class Redactor {
  private readonly values = new Set<string>();

  add(value: string): void {
    for (const piece of [value, ...value.split(/\r?\n/), JSON.stringify(value).slice(1, -1)]) {
      if (piece.trim().length >= 3) this.values.add(piece);
    }
  }

  redact(text: string): string {
    let result = text;
    // Longest first, so a value is not half-replaced by a shorter piece of itself.
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) result = result.split(value).join('***');
    return result;
  }
}
