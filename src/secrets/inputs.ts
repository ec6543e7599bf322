import { InputError } from '../errors.js';

/**
 * The `secrets` input: a JSON object of name to value. A parse error never quotes the input
 * (JSON.parse's own message would show the text around the error, which is a secret).
 */
export function parseSecretsInput(raw: string): Record<string, unknown> {
  if (raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new InputError(
      'secrets',
      "Input 'secrets' is not valid JSON: pass an object of name to value, such as ${{ toJSON(secrets) }} (the text is not shown because it holds secrets).",
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(
      'secrets',
      "Input 'secrets' must be a JSON object of name to value, such as ${{ toJSON(secrets) }}.",
    );
  }
  return parsed as Record<string, unknown>;
}

/** owner/name entries of the `repository` input, or the current repository. */
export function parseRepositories(entries: string[], current: string): string[] {
  const list = entries.length > 0 ? entries : [current];
  for (const r of list) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(r))
      throw new InputError('repository', `Input 'repository' has '${r}', which is not owner/name.`);
  }
  return [...new Set(list)];
}
