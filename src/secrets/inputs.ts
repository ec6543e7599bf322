import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { originUrl } from '../git/repository.js';
import { list, optionalText, text, url } from '../inputs/fields.js';
import type { Log } from '../runtime/log.js';
import { resolveRepository } from '../runtime/repository-identity.js';
import { maskForms } from './rules.js';

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

/** The inputs secrets-sync, secrets-validate and environments share. */
export const secretSourceFields = () => ({
  secrets: z.string(),
  'github-token': optionalText(),
  repository: list(),
  'receiver-url': url(),
  'receiver-api-key': optionalText(),
  cwd: text(),
});

/** The shared inputs in settings form. */
export function sourceSettings(v: {
  secrets: string;
  'github-token': string | undefined;
  repository: string[];
  'receiver-url': string | undefined;
  'receiver-api-key': string | undefined;
  cwd: string;
}) {
  return {
    secretsJson: v.secrets,
    githubToken: v['github-token'],
    repositories: v.repository,
    receiverUrl: v['receiver-url'],
    receiverApiKey: v['receiver-api-key'],
    cwd: v.cwd === '' ? '.' : v.cwd,
  };
}

/** Masks every value, each line of it, and its JSON-escaped and base64 forms: the first thing done with them. */
export function maskSecretValues(source: Record<string, unknown>, log: Log): void {
  for (const value of Object.values(source)) {
    if (typeof value === 'string' && value !== '') for (const form of maskForms(value)) log.setSecret(form);
  }
}

/** owner/name of the checkout: GITHUB_REPOSITORY, else the origin remote, else the directory name. */
export async function currentRepository(
  env: Record<string, string | undefined>,
  workdir: string,
  cwd: string,
): Promise<string> {
  const root = resolve(workdir, cwd);
  const identity = resolveRepository({
    input: undefined,
    env,
    originUrl: await originUrl(root).catch(() => undefined),
    dirName: basename(root),
  });
  return `${identity.owner}/${identity.name}`;
}
