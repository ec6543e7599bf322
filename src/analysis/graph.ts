import type { SocGraphEdge, SocGraphNode } from '../wire/soc.js';
import type { Detection } from './tech-stack.js';

/**
 * This repository's part of the overview graph (src/wire/soc.ts): its services, and the
 * datastores, queues and external APIs they use. A service is a directory whose manifest shows a
 * web framework; an edge joins a service to a technology whose evidence lies inside that
 * directory. Pure and deterministic (sorted ids).
 */
const NODE_KINDS: Readonly<Record<string, SocGraphNode['kind']>> = Object.fromEntries([
  ...[
    'PostgreSQL',
    'MySQL',
    'MariaDB',
    'SQLite',
    'MongoDB',
    'Redis',
    'Elasticsearch',
    'OpenSearch',
    'Cassandra',
    'DynamoDB',
    'ClickHouse',
    'Neo4j',
    'CockroachDB',
    'InfluxDB',
    'Supabase',
    'Firebase',
    'MinIO',
  ].map((n) => [n, 'datastore' as const]),
  ...[
    'RabbitMQ',
    'Apache Kafka',
    'NATS',
    'MQTT',
    'Amazon SQS',
    'Amazon SNS',
    'Google Cloud Pub/Sub',
    'Azure Service Bus',
    'Memcached',
    'Temporal',
  ].map((n) => [n, 'queue' as const]),
  ...['Stripe', 'Auth0', 'OpenAI API', 'Anthropic API', 'GitHub API', 'Twilio', 'SendGrid', 'Sentry', 'Datadog'].map(
    (n) => [n, 'external' as const],
  ),
]);

const FRONT_ENDS = new Set([
  'Next.js',
  'Nuxt',
  'Remix',
  'SvelteKit',
  'Astro',
  'Gatsby',
  'React',
  'Vue',
  'Svelte',
  'Angular',
  'SolidJS',
  'Preact',
  'React Native',
  'Electron',
  'Vite',
  'Tailwind CSS',
]);

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '') || 'root';
const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const inside = (dir: string, path: string) => dir === '' || path === dir || path.startsWith(`${dir}/`);

export function deriveGraph(
  repositoryName: string,
  technologies: readonly Detection[],
): { nodes: SocGraphNode[]; edges: SocGraphEdge[] } {
  // Services: each manifest directory that shows a web framework; the server framework names it.
  const services = new Map<string, Set<string>>();
  for (const tech of technologies) {
    if (tech.category !== 'web-framework') continue;
    for (const evidence of tech.evidence) {
      if (/(^|\/)(Dockerfile|docker-compose[^/]*|compose[^/]*)$/.test(evidence)) continue;
      const dir = dirOf(evidence);
      services.set(dir, (services.get(dir) ?? new Set<string>()).add(tech.name));
    }
  }
  const nodes: SocGraphNode[] = [];
  const edges: SocGraphEdge[] = [];
  const serviceIds = new Map<string, string>();
  for (const [dir, found] of [...services].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const id = `svc_${slug(dir || repositoryName)}`;
    // Next.js serves API routes, so a Next.js app is a service; a front end alone is a client.
    const client = [...found].every((f) => FRONT_ENDS.has(f) && f !== 'Next.js');
    // Name the service by its most specific frameworks: Next.js rather than React underneath it.
    const frameworks = [...found]
      .filter((f) => !['React', 'Vite', 'Tailwind CSS'].includes(f) || found.size === 1)
      .sort();
    const name = dir === '' ? repositoryName : dir.slice(dir.lastIndexOf('/') + 1);
    nodes.push({ id, label: `${name} (${frameworks.join(', ')})`, kind: client ? 'client' : 'service' });
    serviceIds.set(dir, id);
  }
  for (const tech of technologies) {
    const kind = NODE_KINDS[tech.name];
    if (!kind) continue;
    const id = `${kind}_${slug(tech.name)}`;
    nodes.push({ id, label: tech.name, kind });
    for (const [dir, serviceId] of serviceIds) {
      if (tech.evidence.some((e) => inside(dir, e) && !(dir === '' && /(^|\/)(docker-)?compose[^/]*$/.test(e))))
        edges.push({ from: serviceId, to: id });
    }
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    nodes: nodes.sort(byId),
    edges: edges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0)),
  };
}
