import { createHash } from 'node:crypto';
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** A Mermaid-safe identifier: repository and node id joined, anything else replaced. */
function nodeId(repository, id) {
    return `${repository}__${id}`.replace(/[^A-Za-z0-9_]/g, '_');
}
const label = (text) => text.replace(/"/g, '#quot;').replace(/[\r\n]+/g, ' ');
const SHAPES = {
    service: (id, t) => `${id}["${t}"]`,
    datastore: (id, t) => `${id}[("${t}")]`,
    queue: (id, t) => `${id}[["${t}"]]`,
    external: (id, t) => `${id}(["${t}"])`,
    client: (id, t) => `${id}>"${t}"]`,
};
function graphOf(analysis) {
    const graph = analysis.graph;
    return {
        nodes: Array.isArray(graph?.nodes) ? graph.nodes : [],
        edges: Array.isArray(graph?.edges) ? graph.edges : [],
    };
}
/**
 * One flowchart with a subgraph per repository; node ids are namespaced so repositories never
 * collide. An edge to an id its own graph lacks joins the node of that id (or label) in another
 * repository, which is how services in different repositories connect; failing that it points
 * at an external node named after it.
 */
export function combinedMermaid(parts) {
    const graphs = parts.map((p) => ({ repository: p.repository, ...graphOf(p.analysis) }));
    const resolve = (repository, id) => {
        const own = graphs.find((g) => g.repository === repository);
        if (own?.nodes.some((n) => n.id === id))
            return nodeId(repository, id);
        for (const g of graphs) {
            if (g.repository === repository)
                continue;
            const hit = g.nodes.find((n) => n.id === id || n.label.toLowerCase() === id.toLowerCase());
            if (hit)
                return nodeId(g.repository, hit.id);
        }
        return undefined;
    };
    const lines = ['flowchart LR'];
    const externals = new Map();
    const edges = [];
    for (const graph of graphs) {
        lines.push(`  subgraph ${nodeId(graph.repository, 'repo')}["${label(graph.repository)}"]`);
        if (graph.nodes.length === 0)
            lines.push(`    ${nodeId(graph.repository, 'self')}["${label(graph.repository)}"]`);
        for (const node of [...graph.nodes].sort((a, b) => byName(a.id, b.id))) {
            const shape = SHAPES[node.kind] ?? SHAPES.service;
            lines.push(`    ${shape(nodeId(graph.repository, node.id), label(node.label))}`);
        }
        lines.push('  end');
        for (const edge of [...graph.edges].sort((a, b) => byName(`${a.from}>${a.to}`, `${b.from}>${b.to}`))) {
            const from = resolve(graph.repository, edge.from) ?? nodeId(graph.repository, edge.from);
            let to = resolve(graph.repository, edge.to);
            if (!to) {
                to = nodeId('external', edge.to);
                externals.set(to, edge.to);
            }
            const arrow = edge.label ? `-->|"${label(edge.label)}"|` : '-->';
            edges.push(`  ${from} ${arrow} ${to}`);
        }
    }
    for (const [id, name] of [...externals].sort(([a], [b]) => byName(a, b)))
        lines.push(`  ${SHAPES.external(id, label(name))}`);
    return [...lines, ...edges].join('\n');
}
/** Shifts every ATX heading down two levels, so a repository's `#` sections nest under its `##` section. */
function nestHeadings(markdown) {
    let fence;
    return markdown
        .split('\n')
        .map((line) => {
        const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
        if (opener) {
            if (fence === undefined)
                fence = opener[1]?.[0];
            else if (opener[1]?.[0] === fence)
                fence = undefined;
            return line;
        }
        if (fence === undefined && /^#{1,6}\s/.test(line))
            return line.startsWith('#####') ? `######${line.replace(/^#+/, '')}` : `##${line}`;
        return line;
    })
        .join('\n');
}
export function composeSoc(input) {
    const wanted = [...new Set(input.soc.repositories)].sort(byName);
    const parts = input.parts
        .filter((p) => wanted.includes(p.repository))
        .sort((a, b) => byName(a.repository, b.repository));
    const have = new Set(parts.map((p) => p.repository));
    const missing = wanted.filter((r) => !have.has(r));
    const lines = [
        `# ${input.soc.name}`,
        '',
        `System Overview Chart of ${wanted.length} ${wanted.length === 1 ? 'repository' : 'repositories'}: ${wanted.join(', ') || '(none)'}.`,
        '',
        '## Overview',
        '',
        '```mermaid',
        combinedMermaid(parts),
        '```',
    ];
    for (const part of parts) {
        lines.push('', `## ${part.repository}`, '');
        const source = [
            part.commitSha ? `commit \`${part.commitSha.slice(0, 12)}\`` : undefined,
            part.runUrl ? `[run](${part.runUrl})` : undefined,
        ].filter(Boolean);
        if (source.length > 0)
            lines.push(`_From ${source.join(', ')}._`, '');
        lines.push(nestHeadings(part.markdown.trim()));
    }
    if (missing.length > 0) {
        lines.push('', '## Not reported yet', '', ...missing.map((r) => `- ${r}: no analysis received yet.`));
    }
    const markdown = `${lines.join('\n')}\n`;
    const json = {
        soc: { id: input.soc.id, name: input.soc.name },
        repositories: parts.map((p) => ({
            repository: p.repository,
            commitSha: p.commitSha,
            runUrl: p.runUrl,
            analysis: p.analysis,
        })),
        missing,
    };
    const contentHash = createHash('sha256').update(markdown).update('\0').update(JSON.stringify(json)).digest('hex');
    return { markdown, json, contentHash };
}
