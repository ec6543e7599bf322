/**
 * Which source secrets are synchronised (seed 001): the global exclusion patterns, the user's
 * include and exclude lists, seed 001's name rule and GitHub's own rules. Pure.
 */
export interface Exclusion {
  pattern: string;
  reason: string;
  global: boolean;
}

export const DEFAULT_EXCLUSIONS: Exclusion[] = [
  { pattern: '^GITHUB_TOKEN$', reason: 'platform-managed token', global: true },
  { pattern: '^ACTIONS_.*', reason: 'GitHub Actions runtime variable', global: true },
  { pattern: '^RUNNER_.*', reason: 'runner environment variable', global: true },
  { pattern: '^CI$', reason: 'CI flag', global: true },
  { pattern: '^GITHUB_WORKSPACE$', reason: 'workspace path, injected at run time', global: true },
  { pattern: '^GITHUB_SHA$', reason: 'commit sha, injected at run time', global: true },
  { pattern: '^GITHUB_REF$', reason: 'git ref, injected at run time', global: true },
  { pattern: '^github_token$', reason: 'the job token that toJSON(secrets) always contains', global: true },
];

/** Seed 001's name rule. */
export const NAME_RULE = /^[A-Z][A-Z0-9_]*$/;
/** GitHub refuses secret values over 48 KB. */
export const MAX_VALUE_BYTES = 48 * 1024;

export interface SourceSecret {
  name: string;
  value: string;
}

export interface SecretProblem {
  secretName: string;
  error: string;
  code: 'GITHUB_SECRETS_NAME_INVALID' | 'GITHUB_SECRETS_VALUE_INVALID';
}

export interface Classified {
  eligible: SourceSecret[];
  excluded: Array<{ secretName: string; pattern: string; reason: string; global: boolean }>;
  invalid: SecretProblem[];
}

export function compilePatterns(patterns: string[], input: string): RegExp[] {
  return patterns.map((p) => {
    try {
      return new RegExp(p);
    } catch (error) {
      throw new Error(`${input}: '${p}' is not a valid regular expression (${(error as Error).message})`);
    }
  });
}

export function classifySecrets(
  source: Record<string, unknown>,
  options: { include: RegExp[]; exclude: RegExp[] },
): Classified {
  const result: Classified = { eligible: [], excluded: [], invalid: [] };
  const defaults = DEFAULT_EXCLUSIONS.map((e) => ({ ...e, regex: new RegExp(e.pattern) }));
  for (const name of Object.keys(source).sort()) {
    const value = source[name];
    const byDefault = defaults.find((d) => d.regex.test(name));
    if (byDefault) {
      result.excluded.push({ secretName: name, pattern: byDefault.pattern, reason: byDefault.reason, global: true });
      continue;
    }
    const byUser = options.exclude.find((r) => r.test(name));
    if (byUser) {
      result.excluded.push({ secretName: name, pattern: byUser.source, reason: 'matches exclude', global: false });
      continue;
    }
    if (options.include.length > 0 && !options.include.some((r) => r.test(name))) {
      result.excluded.push({
        secretName: name,
        pattern: `include: ${options.include.map((r) => r.source).join(', ')}`,
        reason: 'matches no include pattern',
        global: false,
      });
      continue;
    }
    if (!NAME_RULE.test(name)) {
      result.invalid.push({
        secretName: name,
        code: 'GITHUB_SECRETS_NAME_INVALID',
        error: 'Secret name must be uppercase with underscores and start with a letter (^[A-Z][A-Z0-9_]*$).',
      });
      continue;
    }
    if (name.startsWith('GITHUB_')) {
      result.invalid.push({
        secretName: name,
        code: 'GITHUB_SECRETS_NAME_INVALID',
        error: 'GitHub does not allow secret names that start with GITHUB_; rename it.',
      });
      continue;
    }
    if (typeof value !== 'string' || value === '') {
      result.invalid.push({
        secretName: name,
        code: 'GITHUB_SECRETS_VALUE_INVALID',
        error:
          value === undefined || value === null || value === ''
            ? 'the value is missing or empty (is the secret defined for this repository and event?); it is not written, and never deleted because of this'
            : 'the value is not a string',
      });
      continue;
    }
    if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) {
      result.invalid.push({
        secretName: name,
        code: 'GITHUB_SECRETS_VALUE_INVALID',
        error: `the value is ${Buffer.byteLength(value, 'utf8')} bytes, over GitHub's limit of 48 KB`,
      });
      continue;
    }
    result.eligible.push({ name, value });
  }
  return result;
}

/** Every form a value could take in a log line: itself, each line of it, JSON-escaped, base64. */
export function maskForms(value: string): string[] {
  const forms = new Set<string>([value]);
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= 3) forms.add(line);
  const escaped = JSON.stringify(value).slice(1, -1);
  forms.add(escaped);
  forms.add(Buffer.from(value, 'utf8').toString('base64'));
  return [...forms].filter((f) => f.length > 0);
}
