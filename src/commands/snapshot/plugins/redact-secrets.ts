import type { SnapshotFile } from '../../../wire/snapshot.js';
import type { SnapshotPlugin } from './pipeline.js';

/**
 * Well-known credential formats. Each rule masks the whole match, or only the named group `value`
 * when it has one (so `password = "hunter22"` keeps its key and quotes). Rules are data: add a row.
 */
export interface RedactionRule {
  kind: string;
  pattern: RegExp;
}

export const REDACTION_RULES: readonly RedactionRule[] = [
  {
    kind: 'private-key',
    pattern:
      /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g,
  },
  { kind: 'aws-access-key-id', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA)[A-Z2-7]{16}\b/g },
  {
    kind: 'aws-secret-access-key',
    pattern: /\baws_?secret_?access_?key\b["']?\s*[:=]\s*["']?(?<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
  },
  { kind: 'github-token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,251}\b/g },
  { kind: 'github-fine-grained-token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g },
  { kind: 'slack-token', pattern: /\bxox[abposr]-(?:[A-Za-z0-9]+-){1,5}[A-Za-z0-9]+\b/g },
  {
    kind: 'slack-webhook',
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/g,
  },
  {
    kind: 'password-assignment',
    pattern: /\b[\w.-]*?(?:password|passwd|pwd)["']?\s*[:=]\s*(?<quote>["'])(?<value>[^"'\n]{4,})\k<quote>/gi,
  },
  {
    kind: 'password-assignment',
    pattern: /\b[\w.-]*?(?:password|passwd|pwd)["']?\s*[:=]\s*(?<value>[^\s"'`,;]{4,})/gi,
  },
];

export interface Redaction {
  text: string;
  counts: Record<string, number>;
}

/** Masks every rule's matches in `text`; pure. */
export function redactText(text: string, rules: readonly RedactionRule[] = REDACTION_RULES): Redaction {
  const counts: Record<string, number> = {};
  let result = text;
  for (const rule of rules) {
    result = result.replace(rule.pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args.at(-1) as Record<string, string | undefined> | undefined;
      const value = typeof groups === 'object' && groups ? groups.value : undefined;
      if (value !== undefined && /^(?:\*+|\[REDACTED[^\]]*\])$/.test(value)) return match;
      counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
      const mask = `[REDACTED:${rule.kind}]`;
      return value === undefined ? mask : match.replace(value, mask);
    });
  }
  return { text: result, counts };
}

/** The `redact-secrets` plugin: masks contents before anything leaves the runner and counts what it masked. */
export function createRedactSecrets(rules: readonly RedactionRule[] = REDACTION_RULES): SnapshotPlugin & {
  totals: Record<string, number>;
  files: number;
} {
  const totals: Record<string, number> = {};
  const plugin = {
    name: 'redact-secrets',
    totals,
    files: 0,
    transform(entry: SnapshotFile): SnapshotFile {
      if (entry.content === null) return entry;
      const { text, counts } = redactText(entry.content, rules);
      const found = Object.values(counts).reduce((a, b) => a + b, 0);
      if (found === 0) return entry;
      plugin.files++;
      for (const [kind, n] of Object.entries(counts)) totals[kind] = (totals[kind] ?? 0) + n;
      // The sha and size still describe the file in git; `redacted` says the content was masked.
      return { ...entry, content: text, redacted: found };
    },
    report(): string | undefined {
      const total = Object.values(totals).reduce((a, b) => a + b, 0);
      if (total === 0) return 'redact-secrets: nothing to mask';
      const kinds = Object.entries(totals)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ');
      return `redact-secrets: masked ${total} value(s) in ${plugin.files} file(s): ${kinds}`;
    },
  };
  return plugin;
}
