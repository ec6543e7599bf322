import { describe, expect, it } from 'vitest';
import { detectLanguage, excludedBecause, languageShares } from '../../src/analysis/languages.js';

describe('detectLanguage', () => {
  it.each([
    ['src/server.ts', null, 'TypeScript'],
    ['web/App.TSX', null, 'TypeScript'],
    ['api/main.py', null, 'Python'],
    ['Dockerfile', null, 'Dockerfile'],
    ['services/api/Dockerfile', null, 'Dockerfile'],
    ['Makefile', null, 'Makefile'],
    ['Gemfile', null, 'Ruby'],
    ['infra/main.tf', null, 'HCL'],
    ['bin/deploy', '#!/usr/bin/env bash\nset -e\n', 'Shell'],
    ['bin/tool', '#!/usr/bin/env python3\nprint(1)\n', 'Python'],
    ['bin/run', '#!/usr/local/bin/node\n', 'JavaScript'],
  ])('%s is %s', (path, content, language) => {
    expect(detectLanguage(path, content)?.name).toBe(language);
  });

  it('knows nothing of an extensionless file without a shebang', () => {
    expect(detectLanguage('bin/data', 'just text')).toBeUndefined();
  });
});

describe('excludedBecause', () => {
  it.each([
    ['node_modules/express/index.js', 'vendored'],
    ['third_party/lib/a.c', 'vendored'],
    ['public/jquery-3.7.1.min.js', 'vendored'],
    ['static/app.min.js', 'generated'],
    ['web/.next/server/page.js', 'generated'],
    ['go.sum', 'generated'],
    ['docs/guide/setup.py', 'documentation'],
    ['README.md', 'documentation'],
  ])('%s is %s', (path, reason) => {
    expect(excludedBecause(path)).toBe(reason);
  });

  it('counts ordinary source', () => {
    expect(excludedBecause('src/index.ts')).toBeUndefined();
  });
});

describe('languageShares', () => {
  it('counts programming and markup bytes only, leaving out vendored, generated and documentation files', () => {
    const shares = languageShares([
      { path: 'src/a.ts', size: 600, content: '' },
      { path: 'src/b.tsx', size: 200, content: '' },
      { path: 'api/main.py', size: 150, content: '' },
      { path: 'web/index.html', size: 50, content: '' },
      { path: 'package.json', size: 5000, content: '' },
      { path: 'README.md', size: 9000, content: '' },
      { path: 'node_modules/x/index.js', size: 99999, content: '' },
      { path: 'dist/bundle.js', size: 99999, content: '' },
      { path: 'docs/example.py', size: 99999, content: '' },
    ]);
    expect(shares).toEqual([
      { language: 'TypeScript', bytes: 800, files: 2, percent: 80 },
      { language: 'Python', bytes: 150, files: 1, percent: 15 },
      { language: 'HTML', bytes: 50, files: 1, percent: 5 },
    ]);
  });

  it('is empty for a repository of data and prose', () => {
    expect(languageShares([{ path: 'data.json', size: 10, content: '{}' }])).toEqual([]);
  });
});
