import { z } from 'zod';
import { integer, list, optionalText, ownerRepo, parseWith, text, url } from '../../inputs/fields.js';

const schema = z
  .object({
    cwd: text(),
    'receiver-url': url(),
    'receiver-api-key': optionalText(),
    'soc-id': optionalText(),
    'regeneration-id': optionalText(),
    repository: ownerRepo(),
    output: optionalText(),
    exclude: list(),
    'max-file-size': integer({ min: 0, unit: 'bytes' }),
    'window-days': integer({ min: 1, max: 3650, unit: 'days' }),
    commit: z.enum(['', 'pr'], { error: (issue) => `must be pr or empty for soc, got '${String(issue.input)}'` }),
    base: optionalText(),
    'github-token': optionalText(),
  })
  .superRefine((v, ctx) => {
    if (v.commit === 'pr' && !v['github-token'])
      ctx.addIssue({
        code: 'custom',
        path: ['github-token'],
        message: 'is required with commit: pr (to open the pull request)',
      });
    if (v['receiver-url'] && !v['receiver-api-key'])
      ctx.addIssue({ code: 'custom', path: ['receiver-api-key'], message: 'is required when receiver-url is set' });
  })
  .transform((v) => ({
    cwd: v.cwd === '' ? '.' : v.cwd,
    receiverUrl: v['receiver-url'],
    receiverApiKey: v['receiver-api-key'],
    socId: v['soc-id'],
    regenerationId: v['regeneration-id'],
    repository: v.repository,
    output: v.output,
    exclude: v.exclude,
    maxFileSize: v['max-file-size'],
    windowDays: v['window-days'],
    commit: v.commit === 'pr' ? ('pr' as const) : undefined,
    base: v.base,
    githubToken: v['github-token'],
  }));

export type SocSettings = z.output<typeof schema>;

export function parseSocSettings(values: Record<string, string>): SocSettings {
  return parseWith(schema, values);
}
