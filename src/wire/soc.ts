/**
 * What the action's `soc` command sends for one repository (PUT /api/socs/:id/parts/:owner/:repo),
 * shared type-only by the action and the receiver.
 */
export interface SocGraphNode {
  /** Unique within the repository's graph; the receiver prefixes it when combining repositories. */
  id: string;
  label: string;
  kind: 'service' | 'datastore' | 'queue' | 'external' | 'client';
}

export interface SocGraphEdge {
  from: string;
  to: string;
  label?: string;
}

export interface SocPartInput {
  /** The repository's analysis (languages, stack, routes, contributors, structure). */
  analysis: Record<string, unknown> & { graph?: { nodes: SocGraphNode[]; edges: SocGraphEdge[] } };
  /** The repository's section, rendered as Markdown by the action. */
  markdown: string;
  commitSha?: string | null;
  /** The regeneration this part answers, when it answers one. */
  regenerationId?: string | null;
  /** The workflow run that produced it. */
  runUrl?: string | null;
}
