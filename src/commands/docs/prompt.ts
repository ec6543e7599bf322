import type { ChatMessage } from '../../llm/chat-client.js';
import { tokenCount } from '../../llm/tokens.js';
import type { ChangedFile } from '../../git/history.js';

/** Bump when the rules change, so cached answers to the old prompt are not reused. */
export const PROMPT_VERSION = 'docs-v1';

export const NO_CHANGE = 'NO_CHANGE';

const SYSTEM = [
  "You maintain a software project's documentation. You are given code commits, their diff, and ONE section of a Markdown document.",
  'Rewrite the section body so it is accurate after these commits.',
  'Rules:',
  '- Keep the existing tone, structure, formatting and Markdown conventions. Change only what the commits made wrong or incomplete.',
  '- Output ONLY the new section body: no heading line, no explanation, no surrounding code fence.',
  "- Do not add headings of the section's level or above; keep any <!-- dardocs:... --> comments exactly as they are.",
  `- If nothing in the section needs to change, answer exactly ${NO_CHANGE}.`,
].join('\n');

export interface PromptInput {
  docFile: string;
  title: string;
  body: string;
  commits: Array<{ sha: string; message: string }>;
  /** Diffs of the files that map to this section, most relevant first. */
  diffs: Array<{ path: string; diff: string }>;
  /** Every other file the commits changed (summarised by name and change kind). */
  others: ChangedFile[];
  maxPromptTokens: number;
}

export interface BuiltPrompt {
  messages: ChatMessage[];
  tokens: number;
  /** What did not fit: whole files or hunks left out. */
  omitted: string[];
}

const KIND: Record<string, string> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type changed',
};

function hunks(diff: string): { header: string; hunks: string[] } {
  const parts = diff.split(/\n(?=@@ )/);
  const [header = '', ...rest] = parts;
  return { header, hunks: rest };
}

/**
 * The prompt for one section, kept under `maxPromptTokens`: the rules, the commit messages and the
 * current section always; then the hunks of the mapped files in order while they fit; then a
 * summary of the rest (file names and change kinds).
 */
export function buildPrompt(input: PromptInput): BuiltPrompt {
  const omitted: string[] = [];
  const commitText = (full: boolean) =>
    input.commits
      .map(
        (c) =>
          `- ${c.sha.slice(0, 12)} ${full ? c.message.trim().replace(/\n/g, '\n  ') : (c.message.split('\n')[0] ?? '')}`,
      )
      .join('\n');
  const section = `Document: ${input.docFile}\nSection: ${input.title}\nCurrent section body:\n<<<SECTION\n${input.body}\nSECTION>>>`;
  let commits = commitText(true);
  const fixed = () => tokenCount(SYSTEM) + tokenCount(commits) + tokenCount(section) + 64;
  if (fixed() > input.maxPromptTokens) {
    commits = commitText(false);
    omitted.push('commit message bodies');
  }
  let budget = input.maxPromptTokens - fixed();
  if (budget < 0) {
    throw new Error(
      `the section and commit subjects alone need ${fixed()} tokens, over max-prompt-tokens ${input.maxPromptTokens}; raise it or split the section`,
    );
  }
  // The mapped files' hunks come first, but a tenth of the budget stays for naming the other files.
  const otherLines = input.others.map(
    (f) => `- ${f.path} (${KIND[f.status] ?? f.status}${f.from ? ` from ${f.from}` : ''})`,
  );
  const reserve = Math.min(
    otherLines.reduce((sum, line) => sum + tokenCount(line) + 1, 0),
    Math.floor(budget / 10),
  );
  budget -= reserve;
  const included: string[] = [];
  for (const { path, diff } of input.diffs) {
    const { header, hunks: parts } = hunks(diff.trimEnd());
    const headerTokens = tokenCount(header) + 8;
    if (headerTokens > budget) {
      omitted.push(`${path} (whole diff)`);
      continue;
    }
    let text = header;
    let used = headerTokens;
    let left = 0;
    for (const hunk of parts) {
      const cost = tokenCount(hunk) + 1;
      if (used + cost <= budget) {
        text += `\n${hunk}`;
        used += cost;
        continue;
      }
      // A hunk too big for what is left: its first lines, when a useful amount fits.
      if (budget - used > 200) {
        const lines = hunk.split('\n');
        let taken = 0;
        let partCost = 16;
        while (taken < lines.length) {
          const lineCost = tokenCount(lines[taken] ?? '') + 1;
          if (used + partCost + lineCost > budget) break;
          partCost += lineCost;
          taken++;
        }
        text += `\n${lines.slice(0, taken).join('\n')}\n[... ${lines.length - taken} more lines of this hunk left out to fit the budget]`;
        used += partCost;
        omitted.push(`${path} (${lines.length - taken} lines of a hunk)`);
        continue;
      }
      left++;
    }
    if (parts.length > 0 && left === parts.length) {
      omitted.push(`${path} (whole diff)`);
      continue;
    }
    if (left > 0) {
      omitted.push(`${path} (${left} of ${parts.length} hunks)`);
      text += `\n[... ${left} more hunks of this file left out to fit the budget]`;
    }
    included.push(text);
    budget -= used;
  }
  budget += reserve;
  const summary: string[] = [];
  for (const line of otherLines) {
    const cost = tokenCount(line) + 1;
    if (cost > budget) {
      summary.push(`- ... and ${otherLines.length - summary.length} more files`);
      break;
    }
    summary.push(line);
    budget -= cost;
  }
  const leftOut = omitted.filter((o) => o.endsWith('(whole diff)'));
  const user = [
    `Commits (oldest first):\n${commits}`,
    leftOut.length > 0 ? `Diffs left out to fit the budget: ${leftOut.join(', ')}` : '',
    included.length > 0
      ? `Diff of the files that map to this section:\n\`\`\`diff\n${included.join('\n')}\n\`\`\``
      : 'The diff of the mapped files did not fit; rely on the commit messages.',
    summary.length > 0 ? `Other files changed:\n${summary.join('\n')}` : '',
    section,
  ]
    .filter(Boolean)
    .join('\n\n');
  const messages: ChatMessage[] = [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: user },
  ];
  return { messages, tokens: tokenCount(SYSTEM) + tokenCount(user), omitted };
}

/** The prompt for inference: pick the sections (by number) that the unmapped files' changes affect. */
export function buildInferencePrompt(
  headings: Array<{ docFile: string; title: string }>,
  files: ChangedFile[],
  commits: Array<{ sha: string; message: string }>,
): ChatMessage[] {
  return [
    {
      role: 'system',
      content:
        'You map code changes to documentation sections. Answer with the numbers of the sections that these changes make out of date, comma-separated (for example: 2, 5), or NONE. Answer nothing else.',
    },
    {
      role: 'user',
      content: [
        `Commits:\n${commits.map((c) => `- ${c.message.split('\n')[0] ?? ''}`).join('\n')}`,
        `Changed files:\n${files.map((f) => `- ${f.path} (${KIND[f.status] ?? f.status})`).join('\n')}`,
        `Sections:\n${headings.map((h, i) => `${i + 1}. ${h.docFile} § ${h.title}`).join('\n')}`,
      ].join('\n\n'),
    },
  ];
}

/** Section numbers from an inference answer; anything unparseable counts as none. */
export function parseInferenceAnswer(answer: string, count: number): number[] {
  if (/^\s*none\s*$/i.test(answer)) return [];
  const numbers = [...answer.matchAll(/\d+/g)].map((m) => Number(m[0]) - 1);
  return [...new Set(numbers.filter((n) => n >= 0 && n < count))];
}
