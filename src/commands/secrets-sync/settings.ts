import { z } from 'zod';
import { bool, integer, list, parseWith } from '../../inputs/fields.js';
import { secretSourceFields, sourceSettings } from '../../secrets/inputs.js';

const schema = z
  .object({
    ...secretSourceFields(),
    targets: list(),
    include: list(),
    exclude: list(),
    visibility: z.enum(['', 'all', 'private', 'selected'], {
      error: (issue) => `must be all, private, selected or empty, got '${String(issue.input)}'`,
    }),
    'selected-repositories': list(),
    prune: z.enum(['false', 'true', 'all'], {
      error: (issue) => `must be false, true or all, got '${String(issue.input)}'`,
    }),
    force: bool(),
    'dry-run': bool(),
    'write-concurrency': integer({ min: 1, max: 10 }),
  })
  .superRefine((v, ctx) => {
    if (v['receiver-url'] && !v['receiver-api-key'])
      ctx.addIssue({ code: 'custom', path: ['receiver-api-key'], message: 'is required when receiver-url is set' });
    if (v.prune === 'true' && !v['receiver-url'])
      ctx.addIssue({
        code: 'custom',
        path: ['prune'],
        message:
          'true needs receiver-url: which target secrets this action created is known from the receiver (prune: all deletes every secret not in the source set)',
      });
    if (v.visibility === 'selected' && v['selected-repositories'].length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['selected-repositories'],
        message: 'is required with visibility selected',
      });
  })
  .transform((v) => ({
    ...sourceSettings(v),
    targets: v.targets,
    include: v.include,
    exclude: v.exclude,
    visibility: v.visibility === '' ? undefined : v.visibility,
    selectedRepositories: v['selected-repositories'],
    prune: v.prune === 'false' ? undefined : v.prune === 'all' ? ('all' as const) : ('created' as const),
    force: v.force,
    dryRun: v['dry-run'],
    writeConcurrency: v['write-concurrency'],
  }));

export type SyncSettings = z.output<typeof schema>;

export function parseSyncSettings(values: Record<string, string>): SyncSettings {
  return parseWith(schema, values);
}
