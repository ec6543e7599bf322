import type { ContributorReport } from '../../analysis/contributors.js';
import type { LanguageShare } from '../../analysis/languages.js';
import type { RouteReport } from '../../analysis/routes.js';
import type { StructureReport } from '../../analysis/structure.js';
import type { StackReport } from '../../analysis/tech-stack.js';
import type { TechCategory } from '../../analysis/tech-rules.js';
import type { SocGraphEdge, SocGraphNode } from '../../wire/soc.js';

/** Everything the analysis found in one repository: the JSON half of its SOC part. */
export interface SocAnalysis {
  repository: string;
  commitSha: string | null;
  files: number;
  languages: LanguageShare[];
  stack: StackReport;
  routes: RouteReport;
  contributors: ContributorReport;
  structure: StructureReport;
  graph: { nodes: SocGraphNode[]; edges: SocGraphEdge[] };
}

const CATEGORY_TITLES: Record<TechCategory, string> = {
  runtime: 'Language runtimes',
  'web-framework': 'Web frameworks',
  datastore: 'Datastores',
  'queue-cache': 'Queues and caches',
  'cloud-infra': 'Cloud and infrastructure',
  test: 'Test tools',
  ci: 'CI and tooling',
};

const SHAPES: Record<SocGraphNode['kind'], (id: string, text: string) => string> = {
  service: (id, t) => `${id}["${t}"]`,
  datastore: (id, t) => `${id}[("${t}")]`,
  queue: (id, t) => `${id}[["${t}"]]`,
  external: (id, t) => `${id}(["${t}"])`,
  client: (id, t) => `${id}>"${t}"]`,
};

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** This repository's flowchart on its own (the receiver draws the combined one). Pure. */
export function renderMermaid(graph: SocAnalysis['graph']): string {
  const label = (text: string) => text.replace(/"/g, '#quot;');
  const lines = ['flowchart LR', ...graph.nodes.map((n) => `  ${SHAPES[n.kind](n.id, label(n.label))}`)];
  for (const e of graph.edges) lines.push(`  ${e.from} ${e.label ? `-->|"${label(e.label)}"|` : '-->'} ${e.to}`);
  return lines.join('\n');
}

function contributorLines(c: SocAnalysis['contributors']): string[] {
  const out = ['', `## Contributors (${c.windowDays} days${c.windowEnd ? ` to ${c.windowEnd}` : ''})`, ''];
  if (c.shallow)
    out.push(
      '_This is a shallow clone: counts cover only the history it has. Check out with `fetch-depth: 0` for all of it._',
      '',
    );
  if (c.contributors.length === 0) out.push('No commit in the window.');
  else
    out.push(
      '| name | commits | last active |',
      '| --- | ---: | --- |',
      ...c.contributors.map((p) => `| ${cell(p.name)}${p.bot ? ' (bot)' : ''} | ${p.commits} | ${p.lastActive} |`),
    );
  return out;
}

/** The Markdown half of the part: deterministic, no timestamps beyond the history window's end. Pure. */
export function renderPartMarkdown(a: SocAnalysis, options: { forRepository?: boolean } = {}): string {
  const out: string[] = [`# ${a.repository}`, ''];
  const top = a.languages.slice(0, 3).map((l) => `${l.language} ${l.percent}%`);
  out.push(
    `${a.files} files${a.commitSha && !options.forRepository ? ` at \`${a.commitSha.slice(0, 12)}\`` : ''}${top.length ? `; mostly ${top.join(', ')}` : ''}.`,
    '',
  );

  out.push('## Languages', '');
  if (a.languages.length === 0) out.push('No programming or markup language found.');
  else
    out.push(
      '| language | share | files |',
      '| --- | ---: | ---: |',
      ...a.languages.map((l) => `| ${l.language} | ${l.percent}% | ${l.files} |`),
    );

  out.push('', '## Technology stack', '');
  if (a.stack.technologies.length === 0) out.push('No manifest names a known technology.');
  for (const category of Object.keys(CATEGORY_TITLES) as TechCategory[]) {
    const found = a.stack.technologies.filter((t) => t.category === category);
    if (found.length === 0) continue;
    out.push(
      `### ${CATEGORY_TITLES[category]}`,
      '',
      ...found.map((t) => `- ${t.name} (${t.evidence.map((e) => `\`${e}\``).join(', ')})`),
      '',
    );
  }
  if (a.stack.unparsed.length > 0)
    out.push(
      `Manifests that could not be read: ${a.stack.unparsed.map((u) => `\`${u.path}\` (${u.problem})`).join('; ')}.`,
      '',
    );

  out.push(`## HTTP API (${a.routes.routes.length} ${a.routes.routes.length === 1 ? 'route' : 'routes'})`, '');
  if (a.routes.routes.length === 0) out.push('No HTTP route found.');
  else
    out.push(
      '| method | path | where |',
      '| --- | --- | --- |',
      ...a.routes.routes.map((r) => `| ${r.method} | \`${cell(r.path)}\` | \`${cell(r.file)}:${r.line}\` |`),
    );
  out.push('', `Frameworks recognised: ${a.routes.frameworks.join(', ') || 'none'}.`);
  if (a.routes.unparsed.length > 0)
    out.push(`Files that could not be parsed: ${a.routes.unparsed.map((u) => `\`${u.path}\``).join(', ')}.`);

  // The copy committed into the repository leaves out what every commit changes (the commit id,
  // contributor activity); otherwise merging its pull request would make it stale at once.
  if (!options.forRepository) out.push(...contributorLines(a.contributors));

  out.push(
    '',
    '## Structure',
    '',
    '| directory | files | role |',
    '| --- | ---: | --- |',
    ...a.structure.directories.map((d) => `| \`${cell(d.path)}/\` | ${d.files} | ${d.role} |`),
  );
  out.push(
    '',
    `${a.structure.rootFiles} files at the root.${a.structure.entryPoints.length ? ` Entry points: ${a.structure.entryPoints.map((e) => `\`${e}\``).join(', ')}.` : ''}`,
  );

  out.push('', '## Diagram', '', '```mermaid', renderMermaid(a.graph), '```', '');
  return out.join('\n');
}
