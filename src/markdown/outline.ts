import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

/** A heading or a dardocs marker comment, found on the syntax tree (never by matching lines). */
export type OutlineItem =
  | { kind: 'heading'; depth: number; title: string; start: number; end: number; line: number }
  | {
      kind: 'marker';
      role: 'section' | 'end';
      id: string | null;
      paths: string[];
      start: number;
      end: number;
      line: number;
    };

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
}

const MARKER = /^<!--\s*dardocs:(section|end)\b([\s\S]*?)-->$/;
const ATTRIBUTE = /([a-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g;

function markerAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes[match[1] as string] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attributes;
}

/**
 * Headings and marker comments in document order. Code blocks, inline code and front matter are
 * opaque to the parser, so a `#` line or a marker inside them is not reported; HTML comments
 * nested in lists or block quotes are.
 */
export function outline(text: string): OutlineItem[] {
  const items: OutlineItem[] = [];
  // micromark drops a byte order mark before it counts offsets; count it back in.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset === undefined ? undefined : node.position.start.offset + bom;
    const end = node.position?.end.offset === undefined ? undefined : node.position.end.offset + bom;
    if (node.type === 'heading' && start !== undefined && end !== undefined) {
      items.push({
        kind: 'heading',
        depth: node.depth,
        title: toString(node).trim(),
        start,
        end,
        line: node.position?.start.line ?? 0,
      });
      return;
    }
    if (node.type === 'html' && start !== undefined && end !== undefined) {
      const match = MARKER.exec(node.value.trim());
      if (match) {
        const attributes = markerAttributes(match[2] ?? '');
        items.push({
          kind: 'marker',
          role: match[1] as 'section' | 'end',
          id: attributes.id ?? null,
          paths: (attributes.paths ?? '')
            .split(/[\s,]+/)
            .map((p) => p.trim())
            .filter((p) => p !== ''),
          start,
          end,
          line: node.position?.start.line ?? 0,
        });
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parseMarkdown(text));
  return items;
}
