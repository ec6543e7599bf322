import { z } from 'zod';
import { bool, integer, optionalText, parseWith, url } from '../../inputs/fields.js';

const schema = z
  .object({
    'receiver-url': url(),
    'receiver-api-key': optionalText(),
    'soc-id': optionalText(),
    wait: bool(),
    'wait-timeout': integer({ min: 1, max: 6 * 3600, unit: 'seconds' }),
    'on-rate-limit': z.string().transform((s, ctx) => {
      const v = s.trim().toLowerCase();
      if (v === 'wait' || v === 'fail') return v;
      ctx.addIssue({ code: 'custom', message: `must be wait or fail, got '${s}'` });
      return z.NEVER;
    }),
  })
  .superRefine((v, ctx) => {
    for (const name of ['receiver-url', 'receiver-api-key', 'soc-id'] as const) {
      if (!v[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required for regenerate' });
    }
  })
  .transform((v) => ({
    receiverUrl: v['receiver-url'] as string,
    receiverApiKey: v['receiver-api-key'] as string,
    socId: v['soc-id'] as string,
    wait: v.wait,
    waitTimeoutS: v['wait-timeout'],
    onRateLimit: v['on-rate-limit'],
  }));

export type RegenerateSettings = z.output<typeof schema>;

export function parseRegenerateSettings(values: Record<string, string>): RegenerateSettings {
  return parseWith(schema, values);
}
