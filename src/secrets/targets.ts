/**
 * Where secrets go: the Codespaces and Dependabot scopes of repositories, their environments,
 * and organisations. Parsed from the `targets` input. Pure.
 */
export type Target =
  /** A repository scope; `actions` is only ever read (it is where the source secrets live). */
  | { kind: 'repo'; scope: 'codespaces' | 'dependabot' | 'actions'; owner: string; repo: string }
  | { kind: 'environment'; owner: string; repo: string; environment: string }
  | { kind: 'org'; org: string; scope: 'actions' | 'codespaces' | 'dependabot' };

export function targetLabel(t: Target): string {
  if (t.kind === 'repo') return `${t.owner}/${t.repo} ${t.scope}`;
  if (t.kind === 'environment') return `${t.owner}/${t.repo} environment:${t.environment}`;
  return `org:${t.org} ${t.scope}`;
}

/** The scope name the receiver's mappings and audit events use. */
export function scopeName(t: Target): string {
  if (t.kind === 'repo') return t.scope;
  if (t.kind === 'environment') return `environment:${t.environment}`;
  return `org:${t.org}:${t.scope}`;
}

export function parseTargets(entries: string[], repositories: string[]): Target[] {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const add = (t: Target) => {
    const key = targetLabel(t);
    if (!seen.has(key)) {
      seen.add(key);
      targets.push(t);
    }
  };
  for (const raw of entries.length > 0 ? entries : ['codespaces', 'dependabot']) {
    const entry = raw.trim();
    if (entry === 'codespaces' || entry === 'dependabot') {
      for (const r of repositories) {
        const [owner = '', repo = ''] = r.split('/');
        add({ kind: 'repo', scope: entry, owner, repo });
      }
      continue;
    }
    const env = /^environment:([\w.-]{1,255})$/.exec(entry);
    if (env) {
      for (const r of repositories) {
        const [owner = '', repo = ''] = r.split('/');
        add({ kind: 'environment', owner, repo, environment: env[1] as string });
      }
      continue;
    }
    const org = /^org:([\w-]+)(?::(actions|codespaces|dependabot))?$/.exec(entry);
    if (org) {
      const scopes = org[2] ? [org[2]] : ['codespaces', 'dependabot'];
      for (const scope of scopes)
        add({ kind: 'org', org: org[1] as string, scope: scope as 'actions' | 'codespaces' | 'dependabot' });
      continue;
    }
    throw new Error(
      `'${entry}' is not a target: use codespaces, dependabot, environment:<name>, org:<name> (its Codespaces and Dependabot secrets) or org:<name>:<actions|codespaces|dependabot>`,
    );
  }
  return targets;
}
