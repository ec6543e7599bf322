import { describe, expect, it } from 'vitest';
import { judgeAnswer } from '../../src/commands/docs/guardrails.js';
import { buildPrompt, parseInferenceAnswer } from '../../src/commands/docs/prompt.js';
import { tokenCount } from '../../src/llm/tokens.js';

const limits = { maxShrink: 50, maxChars: 1000 };

describe('guardrails', () => {
  it('accepts a rewrite, strips a repeated heading, and treats NO_CHANGE and identical text as unchanged', () => {
    expect(judgeAnswer('New body text here.', 'Old body text.', 'API', limits)).toEqual({
      kind: 'rewrite',
      body: 'New body text here.',
    });
    expect(judgeAnswer('## API\n\nNew body text here.', 'Old body text.', 'API', limits)).toEqual({
      kind: 'rewrite',
      body: 'New body text here.',
    });
    expect(judgeAnswer(' NO_CHANGE\n', 'Old', 'API', limits).kind).toBe('unchanged');
    expect(judgeAnswer('Old body text.', 'Old body text.', 'API', limits).kind).toBe('unchanged');
  });

  it('rejects fences, chatter, oversize, shrinking and mixed NO_CHANGE', () => {
    const reason = (answer: string, current = 'Some current body text.') => {
      const v = judgeAnswer(answer, current, 'API', limits);
      return v.kind === 'rejected' ? v.reason : v.kind;
    };
    expect(reason('```md\nbody\n```')).toMatch(/code fence/);
    expect(reason('Certainly! The body.')).toMatch(/chatter/);
    expect(reason('A body long enough to keep.\n\nLet me know if you need more.')).toMatch(/ends with chatter/);
    expect(reason('x'.repeat(1001))).toMatch(/over the limit of 1000/);
    expect(reason('Short.')).toMatch(/shrinks the section by 74%/);
    expect(reason('Body. NO_CHANGE')).toMatch(/mixes NO_CHANGE/);
    expect(reason('')).toMatch(/empty/);
  });
});

describe('prompt budget', () => {
  it('always carries the rules, commits and section; fills the rest with hunks, then names what did not fit', () => {
    const hunk = (i: number) => `@@ -${i},1 +${i},1 @@\n-old line ${i}\n+${'new content '.repeat(40)}${i}`;
    const diff = `diff --git a/src/a.ts b/src/a.ts\n--- a/src/a.ts\n+++ b/src/a.ts\n${Array.from({ length: 40 }, (_, i) => hunk(i)).join('\n')}`;
    const built = buildPrompt({
      docFile: 'README.md',
      title: 'API',
      body: 'The API.',
      commits: [{ sha: 'a'.repeat(40), message: 'Change the API\n\nLong body.' }],
      diffs: [{ path: 'src/a.ts', diff }],
      others: Array.from({ length: 500 }, (_, i) => ({ status: 'M', path: `other/file${i}.ts` })),
      maxPromptTokens: 3000,
    });
    const text = built.messages.map((m) => m.content).join('\n');
    expect(tokenCount(text)).toBeLessThanOrEqual(3000);
    expect(built.tokens).toBe(tokenCount(built.messages[0]!.content) + tokenCount(built.messages[1]!.content));
    expect(text).toContain('Change the API');
    expect(text).toContain('<<<SECTION\nThe API.\nSECTION>>>');
    expect(text).toContain('@@ -0,1 +0,1 @@');
    expect(text).toMatch(/\[\.\.\. \d+ more hunks of this file left out to fit the budget\]/);
    expect(built.omitted[0]).toMatch(/^src\/a\.ts \(\d+ of 40 hunks\)$/);
  });

  it('reads section numbers from an inference answer', () => {
    expect(parseInferenceAnswer('2, 5', 6)).toEqual([1, 4]);
    expect(parseInferenceAnswer('NONE', 6)).toEqual([]);
    expect(parseInferenceAnswer('Sections 3 and 99', 6)).toEqual([2]);
  });
});
