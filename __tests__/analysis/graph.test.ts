import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/analysis/graph.js';
import { detectStack } from '../../src/analysis/tech-stack.js';

describe('deriveGraph', () => {
  it('draws each service with the datastores, queues and external APIs its own manifests show', () => {
    const { technologies } = detectStack([
      {
        path: 'services/api/package.json',
        content: JSON.stringify({ dependencies: { express: '5', pg: '8', ioredis: '5', stripe: '1' } }),
      },
      { path: 'services/ml/requirements.txt', content: 'fastapi\ncelery\npika\n' },
      { path: 'web/package.json', content: JSON.stringify({ dependencies: { next: '15', react: '19' } }) },
      { path: 'admin/package.json', content: JSON.stringify({ dependencies: { vue: '3', vite: '6' } }) },
      {
        path: 'docker-compose.yml',
        content: 'services:\n  db:\n    image: postgres:16\n  mq:\n    image: rabbitmq:3\n',
      },
    ]);
    expect(deriveGraph('platform', technologies)).toEqual({
      nodes: [
        { id: 'datastore_postgresql', label: 'PostgreSQL', kind: 'datastore' },
        { id: 'datastore_redis', label: 'Redis', kind: 'datastore' },
        { id: 'external_stripe', label: 'Stripe', kind: 'external' },
        { id: 'queue_rabbitmq', label: 'RabbitMQ', kind: 'queue' },
        { id: 'svc_admin', label: 'admin (Vue)', kind: 'client' },
        { id: 'svc_services_api', label: 'api (Express)', kind: 'service' },
        { id: 'svc_services_ml', label: 'ml (FastAPI)', kind: 'service' },
        { id: 'svc_web', label: 'web (Next.js)', kind: 'service' },
      ],
      edges: [
        { from: 'svc_services_api', to: 'datastore_postgresql' },
        { from: 'svc_services_api', to: 'datastore_redis' },
        { from: 'svc_services_api', to: 'external_stripe' },
        { from: 'svc_services_ml', to: 'queue_rabbitmq' },
      ],
    });
  });

  it('names a single-service repository after itself', () => {
    const { technologies } = detectStack([
      {
        path: 'go.mod',
        content: 'module x\nrequire github.com/gin-gonic/gin v1.10.0\nrequire github.com/lib/pq v1.10.0\n',
      },
    ]);
    expect(deriveGraph('gateway', technologies)).toEqual({
      nodes: [
        { id: 'datastore_postgresql', label: 'PostgreSQL', kind: 'datastore' },
        { id: 'svc_gateway', label: 'gateway (gin)', kind: 'service' },
      ],
      edges: [{ from: 'svc_gateway', to: 'datastore_postgresql' }],
    });
  });
});
