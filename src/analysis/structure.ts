/**
 * Repository structure: top-level directories with their file counts and a role, and the entry
 * points found among the files. Rules are data; the functions are pure.
 */
export type DirectoryRole = 'source' | 'tests' | 'docs' | 'infrastructure' | 'config' | 'other';

export interface DirectorySummary {
  path: string;
  files: number;
  role: DirectoryRole;
}

export interface StructureReport {
  directories: DirectorySummary[];
  /** Files directly at the root. */
  rootFiles: number;
  entryPoints: string[];
}

const ROLE_RULES: ReadonlyArray<{ role: DirectoryRole; names: RegExp }> = [
  { role: 'tests', names: /^(tests?|__tests__|specs?|e2e|integration|testing|cypress|playwright)$/i },
  { role: 'docs', names: /^(docs?|documentation|examples?|samples?|guides?|website)$/i },
  {
    role: 'infrastructure',
    names:
      /^(\.github|\.gitlab|\.circleci|infra|infrastructure|deploy|deployment|deployments|terraform|k8s|kubernetes|helm|charts|ops|ansible|docker|\.devcontainer|ci|scripts)$/i,
  },
  { role: 'config', names: /^(config|configs|\.config|settings|conf|etc|\.vscode|\.idea|\.husky)$/i },
  {
    role: 'source',
    names:
      /^(src|lib|app|apps|cmd|pkg|internal|services|packages|modules|server|client|web|api|frontend|backend|core|components|pages|routes|handlers|controllers|models|crates|bin)$/i,
  },
];

/** Paths that start a program or a service: a rule per ecosystem. */
const ENTRY_POINTS: readonly RegExp[] = [
  /(^|\/)main\.(go|rs|py|ts|js|kt|java|c|cpp|swift|dart)$/,
  /(^|\/)cmd\/[^/]+\/main\.go$/,
  /(^|\/)src\/(index|main|server|app)\.(ts|tsx|js|mjs)$/,
  /^(index|server|app)\.(ts|js|mjs)$/,
  /(^|\/)(app|wsgi|asgi|manage|__main__)\.py$/,
  /(^|\/)Program\.cs$/,
  /(^|\/)Application\.(java|kt)$/,
  /(^|\/)config\.ru$/,
  /(^|\/)app\/(page|layout)\.(tsx|jsx|ts|js)$/,
  /(^|\/)src\/bin\/[^/]+\.rs$/,
];

function roleOf(name: string): DirectoryRole {
  return ROLE_RULES.find((rule) => rule.names.test(name))?.role ?? 'other';
}

/** `package.json` `main` and `bin` targets, relative to the repository root. */
function packageEntryPoints(path: string, content: string | null): string[] {
  if (!content || !path.endsWith('package.json') || /(^|\/)node_modules\//.test(path)) return [];
  try {
    const json = JSON.parse(content) as { main?: unknown; bin?: unknown };
    const dir = path.includes('/') ? `${path.slice(0, path.lastIndexOf('/'))}/` : '';
    const targets = [
      json.main,
      ...(typeof json.bin === 'string' ? [json.bin] : Object.values((json.bin ?? {}) as object)),
    ];
    return targets.filter((t): t is string => typeof t === 'string').map((t) => `${dir}${t.replace(/^\.\//, '')}`);
  } catch {
    return [];
  }
}

export function analyzeStructure(files: ReadonlyArray<{ path: string; content: string | null }>): StructureReport {
  const counts = new Map<string, number>();
  let rootFiles = 0;
  const entryPoints = new Set<string>();
  for (const file of files) {
    const slash = file.path.indexOf('/');
    if (slash < 0) rootFiles++;
    else counts.set(file.path.slice(0, slash), (counts.get(file.path.slice(0, slash)) ?? 0) + 1);
    if (/(^|\/)(node_modules|vendor|dist|build|tests?|__tests__)\//.test(file.path)) continue;
    if (ENTRY_POINTS.some((pattern) => pattern.test(file.path))) entryPoints.add(file.path);
    for (const target of packageEntryPoints(file.path, file.content)) entryPoints.add(target);
  }
  const directories = [...counts.entries()]
    .map(([path, n]) => ({ path, files: n, role: roleOf(path) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { directories, rootFiles, entryPoints: [...entryPoints].sort() };
}
