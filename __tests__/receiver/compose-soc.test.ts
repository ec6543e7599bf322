import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSoc } from '../../receiver/src/services/compose-soc.js';

const golden = (name: string, actual: string) => {
  const url = new URL(`../fixtures/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, actual);
  expect(actual).toBe(readFileSync(url, 'utf8'));
};

const input = {
  soc: { id: 'soc-1', name: 'Platform', repositories: ['acme/web', 'acme/api', 'acme/billing'] },
  parts: [
    {
      repository: 'acme/web',
      markdown: '# Web\n\nNext.js front end.\n\n```sh\n# not a heading\n```\n',
      analysis: {
        graph: {
          nodes: [{ id: 'web', label: 'web (Next.js)', kind: 'service' as const }],
          edges: [{ from: 'web', to: 'api', label: 'HTTP' }],
        },
      },
      commitSha: 'b'.repeat(40),
      runUrl: 'https://github.com/acme/web/actions/runs/2',
    },
    {
      repository: 'acme/api',
      markdown: '# API\n\n## Routes\n\n- GET /health',
      analysis: {
        graph: {
          nodes: [
            { id: 'api', label: 'api "v2"', kind: 'service' as const },
            { id: 'db', label: 'PostgreSQL', kind: 'datastore' as const },
            { id: 'cache', label: 'Redis', kind: 'queue' as const },
          ],
          edges: [
            { from: 'api', to: 'db' },
            { from: 'api', to: 'cache' },
          ],
        },
      },
      commitSha: 'a'.repeat(40),
      runUrl: null,
    },
    { repository: 'acme/unlisted', markdown: '# ignored', analysis: {}, commitSha: null, runUrl: null },
  ],
};

describe('composeSoc', () => {
  it('composes a deterministic document: sorted sections, one namespaced flowchart, the missing listed', () => {
    const doc = composeSoc(input);
    golden('soc-document.md', doc.markdown);
    expect(doc.json.missing).toEqual(['acme/billing']);
    expect(doc.json.repositories.map((r) => r.repository)).toEqual(['acme/api', 'acme/web']);
  });

  it('gives the same bytes and hash for the same parts in any order, and a new hash when content changes', () => {
    const a = composeSoc(input);
    const b = composeSoc({ ...input, parts: [...input.parts].reverse() });
    expect(b.markdown).toBe(a.markdown);
    expect(b.contentHash).toBe(a.contentHash);
    const changed = composeSoc({
      ...input,
      parts: [{ ...input.parts[0]!, markdown: '# Web\n\nChanged.' }, ...input.parts.slice(1)],
    });
    expect(changed.contentHash).not.toBe(a.contentHash);
  });
});
