import { z } from 'zod';
import { bool, integer, list, optionalText, ownerRepo, parseWith, text, url } from '../../inputs/fields.js';
import type { Provider } from '../../llm/chat-client.js';

const providerName = (baseURL: string) => {
  try {
    return new URL(baseURL).host;
  } catch {
    return baseURL;
  }
};

const fallbackList = () =>
  z.string().transform((s, ctx) => {
    const providers: Array<Omit<Provider, 'apiKey'> & { apiKey: string }> = [];
    for (const [index, raw] of s.split('\n').entries()) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const [baseURL = '', model = '', apiKey = ''] = line.split(/\s+/);
      if (!/^https?:\/\//.test(baseURL) || model === '') {
        ctx.addIssue({
          code: 'custom',
          message: `line ${index + 1} must be "base-url model api-key" (the key may be left out for a local server)`,
        });
        return z.NEVER;
      }
      providers.push({ name: providerName(baseURL), baseURL, model, apiKey: apiKey || 'none' });
    }
    return providers;
  });

const price = () =>
  z.string().transform((s, ctx): [number, number] | undefined => {
    if (s.trim() === '') return undefined;
    const parts = s.split(',').map((p) => Number(p.trim()));
    if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n) || n < 0)) {
      ctx.addIssue({
        code: 'custom',
        message: `must be "input,output" USD per million tokens, e.g. 0.15,0.6, got '${s}'`,
      });
      return z.NEVER;
    }
    return [parts[0] as number, parts[1] as number];
  });

const optionalBool = () =>
  z.string().transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (v === '') return undefined;
    if (['true', 'yes', '1', 'on'].includes(v)) return true;
    if (['false', 'no', '0', 'off'].includes(v)) return false;
    ctx.addIssue({ code: 'custom', message: `must be true, false or empty, got '${s}'` });
    return z.NEVER;
  });

const schema = z
  .object({
    cwd: text(),
    'docs-command': z.enum(['update', 'status', 'retry', 'revert', 'init', 'enable-hook', 'disable-hook'], {
      error: (issue) =>
        `must be one of update, status, retry, revert, init, enable-hook, disable-hook, got '${String(issue.input)}'`,
    }),
    mode: z.enum(['pr', 'commit', 'dry-run', 'check'], {
      error: (issue) => `must be pr, commit, dry-run or check, got '${String(issue.input)}'`,
    }),
    commit: optionalText(),
    base: optionalText(),
    from: optionalText(),
    to: optionalText(),
    config: text(),
    'doc-files': list(),
    infer: optionalBool(),
    'llm-base-url': url(),
    'llm-model': text(),
    'llm-api-key': optionalText(),
    fallback: fallbackList(),
    timeout: integer({ min: 1, max: 3600, unit: 'seconds' }),
    'max-retries': integer({ min: 0, max: 10 }),
    'max-prompt-tokens': integer({ min: 500, unit: 'tokens' }),
    'max-tokens-per-run': integer({ min: 1, unit: 'tokens' }),
    batch: bool(),
    'max-shrink': integer({ min: 0, max: 100, unit: 'percent' }),
    'llm-price': price(),
    'commit-message': text(),
    json: bool(),
    'github-token': optionalText(),
    'receiver-url': url(),
    'receiver-api-key': optionalText(),
    repository: ownerRepo(),
  })
  .superRefine((v, ctx) => {
    if (v['receiver-url'] && !v['receiver-api-key'])
      ctx.addIssue({ code: 'custom', path: ['receiver-api-key'], message: 'is required when receiver-url is set' });
    if (v.commit && !/^[0-9a-f]{4,64}$/i.test(v.commit) && v['docs-command'] !== 'update')
      ctx.addIssue({
        code: 'custom',
        path: ['commit'],
        message: `must be a commit sha for docs-command ${v['docs-command']}`,
      });
    if (v['docs-command'] === 'revert' && !v.commit)
      ctx.addIssue({
        code: 'custom',
        path: ['commit'],
        message: 'is required for docs-command revert (the code commit whose doc changes to revert)',
      });
  })
  .transform((v) => ({
    cwd: v.cwd === '' ? '.' : v.cwd,
    docsCommand: v['docs-command'],
    mode: v.mode,
    commit: v.commit,
    base: v.base,
    from: v.from,
    to: v.to,
    configPath: v.config === '' ? '.dardocs.yml' : v.config,
    docFiles: v['doc-files'],
    infer: v.infer,
    primary: {
      name: providerName(v['llm-base-url'] ?? 'https://api.openai.com/v1'),
      baseURL: v['llm-base-url'] ?? 'https://api.openai.com/v1',
      model: v['llm-model'] || 'gpt-4o-mini',
      apiKey: v['llm-api-key'],
    },
    fallback: v.fallback,
    timeoutMs: v.timeout * 1000,
    maxRetries: v['max-retries'],
    maxPromptTokens: v['max-prompt-tokens'],
    maxTokensPerRun: v['max-tokens-per-run'],
    batch: v.batch,
    maxShrink: v['max-shrink'],
    price: v['llm-price'],
    commitMessage: v['commit-message'] || 'docs: update for {short_sha}',
    json: v.json,
    githubToken: v['github-token'],
    receiverUrl: v['receiver-url'],
    receiverApiKey: v['receiver-api-key'],
    repository: v.repository,
  }));

export type DocsSettings = z.output<typeof schema>;

export function parseDocsSettings(values: Record<string, string>): DocsSettings {
  return parseWith(schema, values);
}
