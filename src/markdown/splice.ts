import { DardocsError } from '../errors.js';
import { outline, type OutlineItem } from './outline.js';
import type { Section } from './sections.js';

export interface SectionEdit {
  section: Section;
  /** The new body, as the model wrote it (any line endings; surrounding blank lines are normalised). */
  body: string;
}

export function lineEnding(text: string): '\r\n' | '\n' {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)*/;

/** The indentation of a section that sits inside a list item or block quote (its column, as spaces). */
function sectionIndent(text: string, section: Section): string {
  const lineStart = text.lastIndexOf('\n', section.start - 1) + 1;
  const before = text.slice(lineStart, section.start);
  return /^[ \t]*$/.test(before) ? before : '';
}

const dedent = (body: string, indent: string) =>
  indent === '' ? body : body.replace(/^[ \t]+/gm, (ws) => (ws.startsWith(indent) ? ws.slice(indent.length) : ''));

/** The current body of a section without the blank lines around it, unindented when it sits in a list. */
export function sectionBody(text: string, section: Section): string {
  const raw = text.slice(section.bodyStart, section.bodyEnd).replace(LEADING_BLANK_LINES, '').trimEnd();
  return dedent(raw, sectionIndent(text, section));
}

/**
 * The replacement text for a section's body: the new content between the original leading and
 * trailing whitespace (so the blank line after a heading and before the next one stay as they
 * were), in the file's own line endings.
 */
function replacementFor(text: string, edit: SectionEdit): string {
  const eol = lineEnding(text);
  const original = text.slice(edit.section.bodyStart, edit.section.bodyEnd);
  const lead = LEADING_BLANK_LINES.exec(original)?.[0] ?? '';
  const trail = /\s*$/.exec(original)?.[0] ?? '';
  // The model handed back the body as it was: keep its bytes, mixed line endings included.
  const indent = sectionIndent(text, edit.section);
  if (edit.body === dedent(original.slice(lead.length, original.length - trail.length), indent)) return original;
  const core = edit.body
    .replace(/\r\n?/g, '\n')
    .replace(LEADING_BLANK_LINES, '')
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join(eol);
  if (original.trim() === '') {
    const atEnd = edit.section.bodyEnd === text.length;
    if (core === '') return original;
    return `${eol}${eol}${core}${atEnd ? eol : `${eol}${eol}`}`;
  }
  return `${lead}${core}${trail}`;
}

const describe = (item: OutlineItem) =>
  item.kind === 'heading' ? `heading "${'#'.repeat(item.depth)} ${item.title}"` : `marker dardocs:${item.role}`;

/**
 * Why an edit may not be written, or null when it may: after splicing, the document re-parses
 * with every heading and marker outside the section where it was (a body that opens a code fence
 * and never closes it would swallow the rest of the file), and the new body holds no heading of
 * the section's level or above and no marker.
 */
export function checkEdit(text: string, edit: SectionEdit): string | null {
  const replacement = replacementFor(text, edit);
  const next = text.slice(0, edit.section.bodyStart) + replacement + text.slice(edit.section.bodyEnd);
  const delta = replacement.length - (edit.section.bodyEnd - edit.section.bodyStart);
  const newEnd = edit.section.bodyEnd + delta;
  const original = outline(text);
  const before = original.filter((i) => i.start < edit.section.bodyStart || i.start >= edit.section.bodyEnd);
  const after = outline(next);
  const inside = (i: OutlineItem, end: number) => i.start >= edit.section.bodyStart && i.start < end;
  const markers = (items: OutlineItem[]) =>
    items.flatMap((i) => (i.kind === 'marker' ? [`${i.role}:${i.id ?? ''}`] : [])).join(',');
  if (
    markers(after.filter((i) => inside(i, newEnd))) !== markers(original.filter((i) => inside(i, edit.section.bodyEnd)))
  )
    return 'the new body adds, drops or changes dardocs markers; markers inside a section must be kept as they are';
  for (const item of after) {
    if (!inside(item, newEnd) || item.kind !== 'heading') continue;
    if (edit.section.kind === 'heading' && item.depth <= edit.section.depth)
      return `the new body contains ${describe(item)}, a heading of the section's level or above, which would split the section`;
  }
  const outside = after.filter((i) => i.start < edit.section.bodyStart || i.start >= newEnd);
  const key = (i: OutlineItem, shift: number) =>
    `${i.kind}:${i.kind === 'heading' ? `${i.depth}:${i.title}` : `${i.role}:${i.id}`}@${i.start + shift}`;
  const expected = before.map((i) => key(i, i.start >= edit.section.bodyEnd ? delta : 0));
  const actual = outside.map((i) => key(i, 0));
  for (let index = 0; index < Math.max(expected.length, actual.length); index++) {
    if (expected[index] !== actual[index]) {
      const lost = before[index];
      return lost
        ? `the rest of the document no longer parses the same: ${describe(lost)} (line ${lost.line}) is gone or moved; an unclosed code fence or HTML block in the new body would do this`
        : 'the rest of the document no longer parses the same';
    }
  }
  return null;
}

/**
 * Applies edits from the last offset backwards, so earlier offsets stay valid, and checks the
 * result again as a whole. Bytes outside the replaced bodies are copied, never re-rendered.
 */
export function spliceSections(text: string, file: string, edits: SectionEdit[]): string {
  const ordered = [...edits].sort((a, b) => b.section.bodyStart - a.section.bodyStart);
  for (let i = 1; i < ordered.length; i++) {
    const later = ordered[i - 1] as SectionEdit;
    const earlier = ordered[i] as SectionEdit;
    if (earlier.section.bodyEnd > later.section.bodyStart) {
      throw new DardocsError(
        'DOCS_MARKDOWN_INVALID',
        `${file}: sections "${earlier.section.id}" and "${later.section.id}" overlap; one push can rewrite only one of them`,
      );
    }
  }
  let result = text;
  for (const edit of ordered) {
    const problem = checkEdit(result, edit);
    if (problem) throw new DardocsError('DOCS_MARKDOWN_INVALID', `${file}#${edit.section.id}: ${problem}`);
    result =
      result.slice(0, edit.section.bodyStart) + replacementFor(result, edit) + result.slice(edit.section.bodyEnd);
  }
  return result;
}
