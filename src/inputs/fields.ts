import { z } from 'zod';
import { InputError } from '../errors.js';

/**
 * Schema pieces for inputs. Every input arrives as a string (that is all action inputs can be);
 * these turn them into typed values, and `parseWith` turns a schema failure into an InputError
 * that names the input and says what it accepts.
 */
const fail = (ctx: z.RefinementCtx, message: string) => {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
};

export const text = () => z.string().transform((s) => s.trim());

export const optionalText = () => z.string().transform((s) => (s.trim() === '' ? undefined : s.trim()));

export const bool = () =>
  z.string().transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v)) return true;
    if (['false', 'no', '0', 'off', ''].includes(v)) return false;
    return fail(ctx, `must be true or false, got '${s}'`);
  });

export const integer = (options: { min: number; max?: number; unit?: string }) =>
  z.string().transform((s, ctx) => {
    const v = s.trim().replace(/_/g, '');
    const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
    const range = options.max === undefined ? `${options.min} or more` : `${options.min} to ${options.max}`;
    if (!Number.isSafeInteger(n) || n < options.min || (options.max !== undefined && n > options.max)) {
      return fail(ctx, `must be a whole number${options.unit ? ` of ${options.unit}` : ''}, ${range}, got '${s}'`);
    }
    return n;
  });

export const url = () =>
  z.string().transform((s, ctx) => {
    const v = s.trim();
    if (v === '') return undefined;
    try {
      const parsed = new URL(v);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
      return parsed.toString();
    } catch {
      return fail(ctx, `must be an http(s) URL, got '${s}'`);
    }
  });

/** A list written one per line or comma-separated; blank entries and `#` comments are dropped. */
export const list = () =>
  z.string().transform((s) =>
    s
      .split(/[\n,]/)
      .map((p) => p.trim())
      .filter((p) => p !== '' && !p.startsWith('#')),
  );

export const ownerRepo = () =>
  z.string().transform((s, ctx) => {
    const v = s.trim();
    if (v === '') return undefined;
    if (!/^[\w.-]+\/[\w.-]+$/.test(v)) return fail(ctx, `must be owner/name, got '${s}'`);
    return v;
  });

export function parseWith<T extends z.ZodType>(schema: T, values: Record<string, string>): z.output<T> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? 'input');
  throw new InputError(name, `Input '${name}' ${issue?.message ?? 'is invalid'}.`);
}
