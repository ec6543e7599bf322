import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSettings, run } from '../../src/commands/soc/index.js';
import type { SocAnalysis } from '../../src/commands/soc/part.js';
import { readInputs } from '../../src/inputs/read.js';
import { createMemoryLog } from '../../src/runtime/log.js';
import { tempDir } from '../helpers/git-repo.js';

// Golden test on examples/sample-platform: the expected routes and technologies are listed here by
// hand from the example's files, so every one listed must be found and nothing else may be.
const root = new URL('../../examples/sample-platform', import.meta.url).pathname;

describe('soc on examples/sample-platform', async () => {
  const out = join(tempDir(), 'part.json');
  const settings = parseSettings(
    readInputs((n) => ({ command: 'soc', cwd: root, output: out, repository: 'dardocs/sample-platform' })[n]).values,
  );
  await run(settings, { log: createMemoryLog(), env: {}, workdir: root, now: () => new Date(), version: 't' });
  const part = JSON.parse(readFileSync(out, 'utf8')) as SocAnalysis & { markdown: string };
  rmSync(join(out, '..'), { recursive: true, force: true });

  it('finds every HTTP route, and only those', () => {
    expect(part.routes.routes.map((r) => `${r.method} ${r.path} ${r.file}:${r.line}`).sort()).toEqual(
      [
        'GET /healthz services/api/src/server.js:7',
        'GET /api/v1/orders services/api/src/routes/orders.js:7',
        'POST /api/v1/orders services/api/src/routes/orders.js:8',
        'GET /api/v1/orders/:id services/api/src/routes/orders.js:9',
        'GET /health services/recommender/app/main.py:8',
        'GET /api/recommendations/{user_id} services/recommender/app/routers/recommendations.py:6',
        'GET /status services/gateway/main.go:11',
        'GET /v1/catalog services/gateway/main.go:13',
        'GET /api/products/:id web/app/api/products/[id]/route.ts:1',
        'ANY /api/hello web/pages/api/hello.ts:1',
      ].sort(),
    );
    expect(part.routes.frameworks).toEqual(['Express', 'FastAPI', 'Next.js', 'gin']);
  });

  it('recognises every technology, and only those', () => {
    expect(part.stack.technologies.map((t) => `${t.category}:${t.name}`).sort()).toEqual(
      [
        'runtime:Go',
        'runtime:Node.js',
        'runtime:Python',
        'web-framework:Express',
        'web-framework:FastAPI',
        'web-framework:Next.js',
        'web-framework:React',
        'web-framework:gin',
        'datastore:PostgreSQL',
        'datastore:Redis',
        'cloud-infra:Docker',
        'test:Supertest',
        'test:Vitest',
        'test:pytest',
      ].sort(),
    );
    expect(part.stack.technologies.find((t) => t.name === 'Redis')?.evidence).toEqual([
      'docker-compose.yml',
      'services/api/package.json',
      'services/recommender/requirements.txt',
    ]);
  });

  it('lists the datastores in the diagram, joined to the services that use them', () => {
    const datastores = part.graph.nodes.filter((n) => n.kind === 'datastore').map((n) => n.label);
    expect(datastores).toEqual(['PostgreSQL', 'Redis']);
    expect(part.graph.edges).toEqual([
      { from: 'svc_services_api', to: 'datastore_postgresql' },
      { from: 'svc_services_api', to: 'datastore_redis' },
      { from: 'svc_services_recommender', to: 'datastore_redis' },
    ]);
  });

  it('counts the languages of the source, not the prose', () => {
    expect(part.languages.map((l) => l.language).sort()).toEqual([
      'Dockerfile',
      'Go',
      'JavaScript',
      'Python',
      'TypeScript',
    ]);
  });
});
