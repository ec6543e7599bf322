import { manifestReader, type Dependency, type Ecosystem } from './manifests.js';
import { TECH_RULES, type TechCategory, type TechRule } from './tech-rules.js';

export interface Detection {
  name: string;
  category: TechCategory;
  /** The manifests that showed it, sorted. */
  evidence: string[];
}

export interface StackReport {
  technologies: Detection[];
  /** Manifests that could not be parsed, with why. */
  unparsed: Array<{ path: string; problem: string }>;
}

const CATEGORY_ORDER: readonly TechCategory[] = [
  'runtime',
  'web-framework',
  'datastore',
  'queue-cache',
  'cloud-infra',
  'test',
  'ci',
];

/** Rule patterns indexed by ecosystem: exact names in a map, `*` prefixes in a list. */
const exact = new Map<string, TechRule[]>();
const prefixes: Array<{ ecosystem: Ecosystem; prefix: string; rule: TechRule }> = [];
for (const rule of TECH_RULES) {
  for (const [ecosystem, patterns] of Object.entries(rule.match) as Array<[Ecosystem, readonly string[]]>) {
    for (const pattern of patterns) {
      if (pattern.endsWith('*')) prefixes.push({ ecosystem, prefix: pattern.slice(0, -1).toLowerCase(), rule });
      else {
        const key = `${ecosystem}:${pattern.toLowerCase()}`;
        exact.set(key, [...(exact.get(key) ?? []), rule]);
      }
    }
  }
}

function rulesFor(dependency: Dependency): TechRule[] {
  const name = dependency.name.toLowerCase();
  return [
    ...(exact.get(`${dependency.ecosystem}:${name}`) ?? []),
    ...prefixes.filter((p) => p.ecosystem === dependency.ecosystem && name.startsWith(p.prefix)).map((p) => p.rule),
  ];
}

/** Whether a path is a manifest this analysis reads. */
export const isManifest = (path: string): boolean => manifestReader(path) !== undefined;

/**
 * The technology stack shown by the manifests among `files` (path and text): each technology
 * once, with every manifest that showed it. Manifests under node_modules or vendor are ignored.
 * Sorted by category, then name. Pure.
 */
export function detectStack(files: ReadonlyArray<{ path: string; content: string | null }>): StackReport {
  const found = new Map<string, { rule: { name: string; category: TechCategory }; evidence: Set<string> }>();
  const unparsed: StackReport['unparsed'] = [];
  const note = (name: string, category: TechCategory, path: string) => {
    const entry = found.get(name) ?? { rule: { name, category }, evidence: new Set<string>() };
    entry.evidence.add(path);
    found.set(name, entry);
  };
  for (const file of files) {
    if (file.content === null || /(^|\/)(node_modules|vendor|third_party)\//.test(file.path)) continue;
    const reader = manifestReader(file.path);
    if (!reader) continue;
    const reading = reader(file.content);
    if (reading.problem) unparsed.push({ path: file.path, problem: reading.problem });
    for (const runtime of reading.runtimes) note(runtime, 'runtime', file.path);
    for (const dependency of reading.dependencies) {
      for (const rule of rulesFor(dependency)) note(rule.name, rule.category, file.path);
    }
  }
  const technologies = [...found.values()]
    .map(({ rule, evidence }) => ({ name: rule.name, category: rule.category, evidence: [...evidence].sort() }))
    .sort(
      (a, b) =>
        CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  return { technologies, unparsed: unparsed.sort((a, b) => (a.path < b.path ? -1 : 1)) };
}
