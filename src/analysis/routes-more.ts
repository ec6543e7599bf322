import type { Route } from './routes.js';

/** Route recognisers for NestJS, Django, Spring and Rails: line-oriented like the others, pure. */

const joinPath = (prefix: string, path: string): string => {
  const joined = `/${[prefix, path]
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;
  return joined.replace(/\/+/g, '/');
};
const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

interface SourceFile {
  path: string;
  content: string;
}

// ---- NestJS ----------------------------------------------------------------------------------

/** `app.setGlobalPrefix('api')` anywhere in the sources, applied to every controller. */
export function nestGlobalPrefix(files: readonly SourceFile[]): string {
  for (const f of files) {
    const m = /\.setGlobalPrefix\(\s*['"`]([^'"`]*)['"`]/.exec(f.content);
    if (m) return m[1] ?? '';
  }
  return '';
}

export function nestRoutes(file: SourceFile, globalPrefix: string): Route[] {
  if (!/@nestjs\/common/.test(file.content)) return [];
  const routes: Route[] = [];
  let controller: string | undefined;
  const pattern =
    /@Controller\(\s*(?:['"`]([^'"`]*)['"`]|\{[^}]*path\s*:\s*['"`]([^'"`]*)['"`][^}]*\})?\s*\)|@(Get|Post|Put|Patch|Delete|Options|Head|All)\(\s*(?:['"`]([^'"`]*)['"`])?\s*\)/g;
  for (const m of file.content.matchAll(pattern)) {
    if (m[0].startsWith('@Controller')) {
      controller = m[1] ?? m[2] ?? '';
      continue;
    }
    if (controller === undefined) continue;
    const method = (m[3] ?? 'GET').toUpperCase();
    routes.push({
      method: method === 'ALL' ? 'ANY' : method,
      path: joinPath(joinPath(globalPrefix, controller), m[4] ?? ''),
      file: file.path,
      line: lineOf(file.content, m.index ?? 0),
      framework: 'NestJS',
    });
  }
  return routes;
}

// ---- Django ----------------------------------------------------------------------------------

interface DjangoModule {
  path: string;
  /** Dotted module name this file answers to, as `include('shop.urls')` names it. */
  dotted: string;
  routes: Array<{ path: string; line: number }>;
  includes: Array<{ prefix: string; target: string }>;
}

function readDjango(file: SourceFile): DjangoModule | undefined {
  if (!file.path.endsWith('urls.py') || !/urlpatterns/.test(file.content)) return undefined;
  const routes: DjangoModule['routes'] = [];
  const includes: DjangoModule['includes'] = [];
  for (const m of file.content.matchAll(/\b(path|re_path)\(\s*r?['"]([^'"]*)['"]\s*,\s*([^\n]*)/g)) {
    const route = m[1] === 're_path' ? (m[2] ?? '').replace(/^\^/, '').replace(/\$$/, '') : (m[2] ?? '');
    const include = /include\(\s*(?:\(\s*)?['"]([\w.]+)['"]/.exec(m[3] ?? '');
    if (include) includes.push({ prefix: route, target: include[1] ?? '' });
    else routes.push({ path: route, line: lineOf(file.content, m.index ?? 0) });
  }
  return { path: file.path, dotted: file.path.replace(/\.py$/, '').split('/').join('.'), routes, includes };
}

export function djangoRoutes(files: readonly SourceFile[]): Route[] {
  const modules = files.map(readDjango).filter((m): m is DjangoModule => m !== undefined);
  const matches = (module: DjangoModule, target: string) =>
    module.dotted === target || module.dotted.endsWith(`.${target}`);
  const prefixesOf = (module: DjangoModule, seen: ReadonlySet<string>): string[] => {
    if (seen.has(module.path)) return [''];
    const found: string[] = [];
    for (const parent of modules) {
      for (const include of parent.includes) {
        if (!matches(module, include.target)) continue;
        for (const outer of prefixesOf(parent, new Set([...seen, module.path])))
          found.push(joinPath(outer, include.prefix));
      }
    }
    return found.length > 0 ? found : [''];
  };
  return modules.flatMap((module) =>
    module.routes.flatMap((r) =>
      prefixesOf(module, new Set()).map((prefix) => ({
        method: 'ANY',
        path: joinPath(prefix, r.path),
        file: module.path,
        line: r.line,
        framework: 'Django',
      })),
    ),
  );
}

// ---- Spring ----------------------------------------------------------------------------------

const SPRING_VERBS: Record<string, string> = {
  GetMapping: 'GET',
  PostMapping: 'POST',
  PutMapping: 'PUT',
  PatchMapping: 'PATCH',
  DeleteMapping: 'DELETE',
};

export function springRoutes(file: SourceFile): Route[] {
  if (!/\.(java|kt)$/.test(file.path) || !/@(Rest)?Controller\b/.test(file.content)) return [];
  const text = file.content;
  const classAt = /\bclass\s+\w+/.exec(text)?.index ?? 0;
  const pathOf = (args: string) => /(?:value|path)?\s*=?\s*\[?\s*"([^"]*)"/.exec(args)?.[1] ?? '';
  const classMapping = [...text.slice(0, classAt).matchAll(/@RequestMapping\(([^)]*)\)/g)].at(-1);
  const prefix = classMapping ? pathOf(classMapping[1] ?? '') : '';
  const routes: Route[] = [];
  for (const m of text
    .slice(classAt)
    .matchAll(/@(GetMapping|PostMapping|PutMapping|PatchMapping|DeleteMapping|RequestMapping)(?:\(([^)]*)\))?/g)) {
    const args = m[2] ?? '';
    const method =
      m[1] === 'RequestMapping'
        ? (/RequestMethod\.(\w+)/.exec(args)?.[1] ?? 'ANY')
        : (SPRING_VERBS[m[1] ?? ''] ?? 'ANY');
    routes.push({
      method,
      path: joinPath(prefix, pathOf(args)),
      file: file.path,
      line: lineOf(text, classAt + (m.index ?? 0)),
      framework: 'Spring',
    });
  }
  return routes;
}

// ---- Rails -----------------------------------------------------------------------------------

const RESOURCE_ACTIONS: ReadonlyArray<{ action: string; method: string; suffix: string; member: boolean }> = [
  { action: 'index', method: 'GET', suffix: '', member: false },
  { action: 'create', method: 'POST', suffix: '', member: false },
  { action: 'new', method: 'GET', suffix: '/new', member: false },
  { action: 'edit', method: 'GET', suffix: '/edit', member: true },
  { action: 'show', method: 'GET', suffix: '', member: true },
  { action: 'update', method: 'PATCH', suffix: '', member: true },
  { action: 'update', method: 'PUT', suffix: '', member: true },
  { action: 'destroy', method: 'DELETE', suffix: '', member: true },
];

export function railsRoutes(file: SourceFile): Route[] {
  if (!file.path.endsWith('config/routes.rb')) return [];
  const routes: Route[] = [];
  const stack: string[] = [];
  const prefix = () => stack.filter(Boolean).join('/');
  file.content.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    const add = (method: string, path: string) =>
      routes.push({ method, path: joinPath(prefix(), path), file: file.path, line: i + 1, framework: 'Rails' });
    const opens = /\bdo(\s*\|[^|]*\|)?\s*$/.test(line);
    let scope: string | undefined;
    let m: RegExpExecArray | null;
    if ((m = /^namespace\s+:(\w+)/.exec(line))) scope = m[1];
    else if ((m = /^scope\s+(?:path:\s*)?['"]\/?([^'"]*)['"]/.exec(line))) scope = m[1];
    else if ((m = /^resources?\s+:(\w+)(.*)$/.exec(line))) {
      const name = m[1] ?? '';
      const singular = line.startsWith('resource ');
      const only = /only:\s*\[([^\]]*)\]/.exec(m[2] ?? '')?.[1]?.match(/\w+/g);
      const except = /except:\s*\[([^\]]*)\]/.exec(m[2] ?? '')?.[1]?.match(/\w+/g);
      for (const a of RESOURCE_ACTIONS) {
        if (
          (singular && a.action === 'index') ||
          (only && !only.includes(a.action)) ||
          (except && except.includes(a.action))
        )
          continue;
        add(a.method, `${name}${a.member && !singular ? '/:id' : ''}${a.suffix}`);
      }
      scope = opens ? `${name}/:${name.replace(/s$/, '')}_id` : undefined;
    } else if ((m = /^(get|post|put|patch|delete|match)\s+['"]([^'"]+)['"]/.exec(line)))
      add(m[1] === 'match' ? 'ANY' : (m[1] ?? '').toUpperCase(), m[2] ?? '');
    else if (/^root\b/.test(line)) add('GET', '/');
    if (opens) stack.push(scope ?? '');
    else if (line === 'end' && stack.length > 0) stack.pop();
  });
  return routes;
}
