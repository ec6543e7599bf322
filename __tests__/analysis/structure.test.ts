import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../src/analysis/structure.js';

const file = (path: string, content: string | null = '') => ({ path, content });

describe('analyzeStructure', () => {
  it('summarises top-level directories with a role and finds entry points', () => {
    const report = analyzeStructure([
      file('README.md'),
      file('package.json', JSON.stringify({ main: './dist/index.js', bin: { tool: './bin/tool.js' } })),
      file('src/index.ts'),
      file('src/routes/users.ts'),
      file('services/gateway/cmd/gateway/main.go'),
      file('services/ml/app.py'),
      file('web/app/page.tsx'),
      file('tests/users.test.ts'),
      file('tests/fixtures/main.go'),
      file('docs/guide.md'),
      file('.github/workflows/ci.yml'),
      file('infra/main.tf'),
      file('config/default.json'),
      file('misc/notes.txt'),
    ]);
    expect(report.directories).toEqual([
      { path: '.github', files: 1, role: 'infrastructure' },
      { path: 'config', files: 1, role: 'config' },
      { path: 'docs', files: 1, role: 'docs' },
      { path: 'infra', files: 1, role: 'infrastructure' },
      { path: 'misc', files: 1, role: 'other' },
      { path: 'services', files: 2, role: 'source' },
      { path: 'src', files: 2, role: 'source' },
      { path: 'tests', files: 2, role: 'tests' },
      { path: 'web', files: 1, role: 'source' },
    ]);
    expect(report.rootFiles).toBe(2);
    expect(report.entryPoints).toEqual([
      'bin/tool.js',
      'dist/index.js',
      'services/gateway/cmd/gateway/main.go',
      'services/ml/app.py',
      'src/index.ts',
      'web/app/page.tsx',
    ]);
  });
});
