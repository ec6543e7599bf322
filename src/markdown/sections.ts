import GithubSlugger from 'github-slugger';
import { DardocsError } from '../errors.js';
import { outline, type OutlineItem } from './outline.js';

/**
 * A replaceable part of a document: a heading and everything up to the next heading of the same
 * or higher level (or the end of an enclosing marker block), or a marker block. Only the body is
 * ever replaced; the heading line and the markers stay as they are.
 */
export interface Section {
  /** Marker id, or the heading's GitHub anchor (`api-reference`, `usage-1` for a second "Usage"). */
  id: string;
  kind: 'heading' | 'marker';
  /** Heading text, or the marker id. */
  title: string;
  /** Heading depth; 0 for a marker block. */
  depth: number;
  /** 1-based line of the heading or the opening marker. */
  line: number;
  /** Offset of the heading (or of the marker bound to it), or of the opening marker. */
  start: number;
  bodyStart: number;
  bodyEnd: number;
  /** Code globs that a marker binds to this section. */
  paths: string[];
  /** Set when a marker names this heading's section. */
  markerId: string | null;
}

export interface DocumentOutline {
  sections: Section[];
  headings: Array<Extract<OutlineItem, { kind: 'heading' }>>;
}

function structureError(file: string, line: number, message: string): DardocsError {
  return new DardocsError('DOCS_MARKDOWN_INVALID', `${file}:${line}: ${message}`, { details: { file, line } });
}

type Marker = Extract<OutlineItem, { kind: 'marker' }>;

/**
 * Sections of a Markdown document. Unpaired or duplicate markers are an error naming the file and
 * line, since guessing where a block ends could rewrite text the author meant to keep.
 */
export function documentSections(text: string, file: string): DocumentOutline {
  const items = outline(text);
  const headings = items.filter((i): i is Extract<OutlineItem, { kind: 'heading' }> => i.kind === 'heading');
  const markers = items.filter((i): i is Marker => i.kind === 'marker');

  // Pair ends with the nearest open marker (blocks may nest); an open marker left unpaired binds
  // the heading right after it.
  const blocks: Array<{ open: Marker; close: Marker }> = [];
  const stack: Marker[] = [];
  for (const marker of markers) {
    if (marker.role === 'section') {
      if (!marker.id) throw structureError(file, marker.line, 'dardocs:section marker has no id="..."');
      stack.push(marker);
      continue;
    }
    const open = stack.pop();
    if (!open) throw structureError(file, marker.line, 'dardocs:end has no dardocs:section before it');
    blocks.push({ open, close: marker });
  }
  const bindings = new Map<Extract<OutlineItem, { kind: 'heading' }>, Marker>();
  for (const open of stack) {
    const next = headings.find((h) => h.start >= open.end);
    if (!next || text.slice(open.end, next.start).trim() !== '') {
      throw structureError(
        file,
        open.line,
        `dardocs:section id=${open.id} has no dardocs:end and is not right before a heading`,
      );
    }
    bindings.set(next, open);
  }

  const sections: Section[] = [];
  const seenMarkerIds = new Map<string, number>();
  const claimId = (id: string, line: number) => {
    const earlier = seenMarkerIds.get(id);
    if (earlier !== undefined)
      throw structureError(file, line, `duplicate section id "${id}" (also on line ${earlier})`);
    seenMarkerIds.set(id, line);
  };
  for (const { open, close } of blocks) {
    claimId(open.id as string, open.line);
    sections.push({
      id: open.id as string,
      kind: 'marker',
      title: open.id as string,
      depth: 0,
      line: open.line,
      start: open.start,
      bodyStart: open.end,
      bodyEnd: close.start,
      paths: open.paths,
      markerId: open.id,
    });
  }

  const slugger = new GithubSlugger();
  headings.forEach((heading, index) => {
    const slug = slugger.slug(heading.title);
    // The section ends at the next heading of the same or higher level, or where an enclosing
    // marker block closes, whichever comes first.
    let bodyEnd = text.length;
    for (const next of headings.slice(index + 1)) {
      if (next.depth <= heading.depth) {
        bodyEnd = next.start;
        break;
      }
    }
    for (const { open, close } of blocks) {
      if (open.end <= heading.start && heading.start < close.start) bodyEnd = Math.min(bodyEnd, close.start);
    }
    // A marker that binds a later heading belongs to that heading, not to the end of this body.
    for (const [bound, marker] of bindings) {
      if (bound !== heading && marker.start >= heading.end && bound.start <= bodyEnd && bound.depth <= heading.depth)
        bodyEnd = Math.min(bodyEnd, marker.start);
    }
    // A block that opens inside this body and closes after it belongs to what follows.
    for (const { open, close } of blocks) {
      if (open.start >= heading.end && open.start < bodyEnd && close.start >= bodyEnd) bodyEnd = open.start;
    }
    const marker = bindings.get(heading);
    if (marker) claimId(marker.id as string, marker.line);
    sections.push({
      id: marker?.id ?? slug,
      kind: 'heading',
      title: heading.title,
      depth: heading.depth,
      line: heading.line,
      start: marker?.start ?? heading.start,
      bodyStart: heading.end,
      bodyEnd: Math.max(bodyEnd, heading.end),
      paths: marker?.paths ?? [],
      markerId: marker?.id ?? null,
    });
  });
  sections.sort((a, b) => a.start - b.start || b.bodyEnd - a.bodyEnd);
  return { sections, headings };
}

/** Finds the section a mapping names: a marker id, a heading anchor, or heading text (case-insensitive). */
export function findSection(sections: Section[], name: string): Section | undefined {
  const wanted = name.trim();
  const lower = wanted.toLowerCase().replace(/^#+\s*/, '');
  return (
    sections.find((s) => s.markerId === wanted) ??
    sections.find((s) => s.kind === 'heading' && s.title.toLowerCase() === lower) ??
    sections.find((s) => s.id === wanted)
  );
}
