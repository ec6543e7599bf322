import { NO_CHANGE } from './prompt.js';

/**
 * Checks on a model's answer before anything is written (seed 004 §11.4): no wrapping code fence
 * or chatter, within size limits, not shrinking the section by more than `maxShrink` percent.
 * The structural checks (heading and markers survive, no sibling removed, no heading of the same
 * level inside) run on the spliced document in markdown/splice.ts.
 */
export type Verdict = { kind: 'unchanged' } | { kind: 'rewrite'; body: string } | { kind: 'rejected'; reason: string };

export interface GuardrailLimits {
  /** Percent the body may shrink by. */
  maxShrink: number;
  /** Largest body, in characters. */
  maxChars: number;
}

const CHATTER_START =
  /^(sure|certainly|of course|absolutely|here(?:'s| is| are)|below is|i(?:'ve| have) (?:updated|rewritten|revised)|updated section|the updated|as requested)\b/i;
const CHATTER_END = /^(let me know|i hope|feel free|hope this helps|this (?:update|revision) )/i;

export function judgeAnswer(answer: string, current: string, title: string, limits: GuardrailLimits): Verdict {
  let body = answer.replace(/\r\n?/g, '\n').trim();
  if (body === NO_CHANGE || body.replace(/[.`*"]/g, '') === NO_CHANGE) return { kind: 'unchanged' };
  if (body === '') return { kind: 'rejected', reason: 'the answer is empty' };
  if (/^(`{3,}|~{3,})[^\n]*\n[\s\S]*\n\1\s*$/.test(body) && !/^(`{3,}|~{3,})/.test(current.trim())) {
    return { kind: 'rejected', reason: 'the answer is wrapped in a code fence' };
  }
  const lines = body.split('\n');
  if (CHATTER_START.test(lines[0] ?? '')) {
    return { kind: 'rejected', reason: `the answer starts with chatter ("${(lines[0] ?? '').slice(0, 60)}")` };
  }
  if (lines.length > 1 && CHATTER_END.test(lines.at(-1) ?? '')) {
    return { kind: 'rejected', reason: `the answer ends with chatter ("${(lines.at(-1) ?? '').slice(0, 60)}")` };
  }
  // A model that repeats the heading line despite the rules: drop that one line, keep the body.
  const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(lines[0] ?? '');
  if (heading && heading[1]?.trim().toLowerCase() === title.trim().toLowerCase()) {
    body = lines.slice(1).join('\n').trim();
    if (body === '') return { kind: 'rejected', reason: 'the answer is only the heading' };
  }
  if (body.includes(NO_CHANGE)) return { kind: 'rejected', reason: `the answer mixes ${NO_CHANGE} with text` };
  if (body.length > limits.maxChars) {
    return {
      kind: 'rejected',
      reason: `the answer is ${body.length} characters, over the limit of ${limits.maxChars}`,
    };
  }
  const before = current.trim().length;
  if (before > 0) {
    const shrink = ((before - body.length) / before) * 100;
    if (shrink > limits.maxShrink) {
      return {
        kind: 'rejected',
        reason: `the answer shrinks the section by ${Math.round(shrink)}% (more than max-shrink ${limits.maxShrink}%)`,
      };
    }
  }
  if (body === current.trim()) return { kind: 'unchanged' };
  return { kind: 'rewrite', body };
}
