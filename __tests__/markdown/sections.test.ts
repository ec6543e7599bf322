import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSections, findSection } from '../../src/markdown/sections.js';
import { checkEdit, sectionBody, spliceSections } from '../../src/markdown/splice.js';

const dir = join(import.meta.dirname, '../fixtures/markdown');
const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('sections of real-world Markdown (golden)', () => {
  it('finds the sections listed in sections.golden.json', () => {
    const actual = Object.fromEntries(
      files.map((file) => [
        file,
        documentSections(read(file), file).sections.map(
          (s) => `${s.kind} ${s.id} depth=${s.depth} line=${s.line} "${s.title}"`,
        ),
      ]),
    );
    const golden = join(dir, 'sections.golden.json');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it.each(files)('%s: replacing each section by itself gives a byte-identical file', (file) => {
    const text = read(file);
    for (const section of documentSections(text, file).sections) {
      expect(spliceSections(text, file, [{ section, body: sectionBody(text, section) }])).toBe(text);
    }
  });

  it.each(files)('%s: replacing one section changes no byte outside it', (file) => {
    const text = read(file);
    const { sections } = documentSections(text, file);
    for (const section of sections) {
      if (/dardocs:/.test(text.slice(section.bodyStart, section.bodyEnd))) continue; // markers must be kept
      const next = spliceSections(text, file, [{ section, body: 'Rewritten body.\nSecond line.' }]);
      expect(next.slice(0, section.bodyStart)).toBe(text.slice(0, section.bodyStart));
      expect(next.endsWith(text.slice(section.bodyEnd))).toBe(true);
      expect(
        sectionBody(
          next,
          documentSections(next, file).sections.find((s) => s.id === section.id)!,
        ),
      ).toBe(text.includes('\r\n') ? 'Rewritten body.\r\nSecond line.' : 'Rewritten body.\nSecond line.');
      // Every section outside the replaced one is still there, in the same order.
      const outside = (list: typeof sections, start: number, end: number) =>
        list.filter((s) => s.start < start || s.start >= end).map((s) => s.id);
      const delta = next.length - text.length;
      expect(outside(documentSections(next, file).sections, section.bodyStart, section.bodyEnd + delta)).toEqual(
        outside(sections, section.bodyStart, section.bodyEnd),
      );
    }
  });
});

describe('what is and is not a heading or a marker', () => {
  it('ignores # lines and markers inside code, front matter and indented code', () => {
    const { sections } = documentSections(read('code-fences.md'), 'code-fences.md');
    expect(sections.map((s) => s.title)).toEqual(['Tools', 'Real Heading']);
    const fm = documentSections(read('front-matter-bom.md'), 'front-matter-bom.md').sections;
    expect(fm.map((s) => s.title)).toEqual(['Guide', 'Usage']);
  });

  it('binds a marker to the heading after it, counts markers nested in lists, keeps blocks apart', () => {
    const { sections } = documentSections(read('markers.md'), 'markers.md');
    const byId = Object.fromEntries(sections.map((s) => [s.id, s]));
    expect(byId.api?.kind).toBe('heading');
    expect(byId.api?.paths).toEqual(['src/api/**', 'lib/api.ts']);
    expect(byId.nested?.kind).toBe('marker');
    expect(byId.nested?.paths).toEqual(['src/nested/**']);
    const text = read('markers.md');
    expect(sectionBody(text, byId.deploy!)).toBe('Deploy with `make deploy`.');
    // The API section runs to the next heading of its level, its subsection included.
    expect(sectionBody(text, byId.api!)).toContain('- GET /users');
    // A section's body ends before the marker that binds the next sibling heading.
    const siblings = '## Intro\n\nText.\n\n<!-- dardocs:section id=api -->\n## API\n\nRoutes.\n';
    const intro = documentSections(siblings, 's.md').sections.find((s) => s.id === 'intro')!;
    expect(sectionBody(siblings, intro)).toBe('Text.');
  });

  it('reports unpaired and duplicate markers with the file and line', () => {
    expect(() => documentSections('# A\n\n<!-- dardocs:end -->\n', 'x.md')).toThrow(/x\.md:3: dardocs:end has no/);
    expect(() => documentSections('# A\n\n<!-- dardocs:section id=a -->\n\ntext\n', 'y.md')).toThrow(
      /y\.md:3: dardocs:section id=a has no dardocs:end/,
    );
    expect(() =>
      documentSections(
        '<!-- dardocs:section id=a -->\nx\n<!-- dardocs:end -->\n\n<!-- dardocs:section id=a -->\ny\n<!-- dardocs:end -->\n',
        'z.md',
      ),
    ).toThrow(/z\.md:5: duplicate section id "a" \(also on line 1\)/);
  });

  it('gives duplicate headings distinct anchors and finds sections by text, anchor or marker id', () => {
    const { sections } = documentSections(read('tables-html.md'), 'tables-html.md');
    expect(sections.filter((s) => s.title === 'Duplicate').map((s) => s.id)).toEqual(['duplicate', 'duplicate-1']);
    expect(findSection(sections, 'emoji--launch')?.title).toBe('Emoji 🚀 Launch');
    expect(findSection(sections, 'duplicate')?.line).toBe(14);
    expect(findSection(sections, '## Matrix')?.depth).toBe(1);
  });
});

describe('guardrails on a new body', () => {
  const text = '# Doc\n\n## One\n\nFirst.\n\n## Two\n\nSecond.\n';
  const one = () => documentSections(text, 'd.md').sections.find((s) => s.id === 'one')!;

  it('rejects a heading of the same level, a marker, and an unclosed fence that swallows the rest', () => {
    expect(checkEdit(text, { section: one(), body: 'x\n\n## Three\n\ny' })).toMatch(/heading of the section's level/);
    expect(checkEdit(text, { section: one(), body: '<!-- dardocs:end -->' })).toMatch(/marker/);
    expect(checkEdit(text, { section: one(), body: '```\ncode without end' })).toMatch(
      /no longer parses the same.*Two/,
    );
    expect(checkEdit(text, { section: one(), body: 'Fine.\n\n### A subsection\n\nok' })).toBeNull();
  });

  it('writes a body into an empty section and keeps a missing final newline missing', () => {
    const empty = '## A\n## B\n';
    const a = documentSections(empty, 'e.md').sections[0]!;
    expect(spliceSections(empty, 'e.md', [{ section: a, body: 'Filled.' }])).toBe('## A\n\nFilled.\n\n## B\n');
    const text2 = read('no-final-newline.md');
    const last = documentSections(text2, 'n.md').sections.find((s) => s.id === 'last')!;
    expect(spliceSections(text2, 'n.md', [{ section: last, body: 'New end.\n\n' }]).endsWith('New end.')).toBe(true);
  });

  it('applies several edits from the last backwards and refuses overlapping ones', () => {
    const { sections } = documentSections(text, 'd.md');
    const [doc, s1, s2] = sections;
    const out = spliceSections(text, 'd.md', [
      { section: s1!, body: 'Uno.' },
      { section: s2!, body: 'Dos.' },
    ]);
    expect(out).toBe('# Doc\n\n## One\n\nUno.\n\n## Two\n\nDos.\n');
    expect(() =>
      spliceSections(text, 'd.md', [
        { section: doc!, body: 'x' },
        { section: s2!, body: 'y' },
      ]),
    ).toThrow(/overlap/);
  });
});
