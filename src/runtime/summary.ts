/** What a command reports: rendered as a job summary in a runner and as plain text on a terminal. */
export interface Summary {
  title: string;
  /** Key facts, shown as a two-column table. */
  facts: Array<[string, string]>;
  tables?: Array<{ caption: string; headers: string[]; rows: string[][] }>;
  notes?: string[];
}

/** The result every command returns; main.ts maps it to outputs, the summary and the exit status in one place. */
export interface CommandResult {
  outputs: Record<string, string>;
  summary: Summary;
  /** Set when the command did part of its work but must fail the step (e.g. a file was written, delivery failed). */
  failure?: Error;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

function textTable(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** Plain-text rendering for the terminal. */
export function renderSummaryText(summary: Summary): string {
  const lines = [summary.title, '='.repeat([...summary.title].length)];
  const keyWidth = Math.max(0, ...summary.facts.map(([k]) => [...k].length));
  for (const [key, value] of summary.facts) lines.push(`${pad(key, keyWidth)}  ${value}`);
  for (const table of summary.tables ?? []) {
    lines.push('', table.caption, ...textTable(table.headers, table.rows));
  }
  for (const note of summary.notes ?? []) lines.push('', note);
  return `${lines.join('\n')}\n`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markdown/HTML rendering for the job summary (GITHUB_STEP_SUMMARY accepts both). */
export function renderSummaryMarkdown(summary: Summary): string {
  const lines = [`## ${escapeHtml(summary.title)}`, '', '| | |', '| --- | --- |'];
  const cell = (text: string) => escapeHtml(text).replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  for (const [key, value] of summary.facts) lines.push(`| ${cell(key)} | ${cell(value)} |`);
  for (const table of summary.tables ?? []) {
    lines.push('', `**${escapeHtml(table.caption)}**`, '');
    lines.push(`| ${table.headers.map(cell).join(' | ')} |`, `| ${table.headers.map(() => '---').join(' | ')} |`);
    for (const row of table.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  }
  for (const note of summary.notes ?? []) lines.push('', escapeHtml(note));
  return `${lines.join('\n')}\n`;
}
