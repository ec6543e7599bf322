import { djangoRoutes, nestGlobalPrefix, nestRoutes, railsRoutes, springRoutes } from './routes-more.js';

/**
 * HTTP routes found statically, each with method, path and file:line. Line-oriented recognisers
 * per framework (no execution, no type information); mount prefixes are resolved per module: a
 * router exported by one file and mounted by another under `/api/v2` gets that prefix, found
 * through the mounting file's import of it, not by matching variable names across files.
 */
export interface Route {
  method: string;
  path: string;
  file: string;
  line: number;
  framework: string;
}

export interface RouteReport {
  routes: Route[];
  frameworks: string[];
  /** Files a recogniser could not read, with why. */
  unparsed: Array<{ path: string; problem: string }>;
}

interface SourceFile {
  path: string;
  content: string | null;
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all'];
const SKIP =
  /(^|\/)(node_modules|vendor|dist|build|\.next|coverage|__tests__|tests?|spec|e2e|__mocks__)\/|\.(test|spec)\.\w+$|\.min\.js$|_test\.go$|(^|\/)test_[^/]+\.py$/;

const joinPath = (prefix: string, path: string): string => {
  const joined = `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
};

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

// ---- JavaScript and TypeScript servers ------------------------------------------------------

interface JsModule {
  path: string;
  framework: string;
  /** Local router variable -> routes declared on it (paths relative to that router). */
  routes: Array<{ variable: string; method: string; path: string; line: number }>;
  /** Imports: local name -> resolved module path (without extension). */
  imports: Map<string, string>;
  /** Mounts: parent variable, prefix, child expression (a local name). */
  mounts: Array<{ parent: string; prefix: string; child: string }>;
  /** Local name of the exported router (`export default router`, `module.exports = router`). */
  exported?: string;
}

const JS_FRAMEWORKS: ReadonlyArray<{ name: string; detect: RegExp }> = [
  { name: 'Hono', detect: /from\s+['"]hono['"]|require\(['"]hono['"]\)/ },
  { name: 'Fastify', detect: /from\s+['"]fastify['"]|require\(['"]fastify['"]\)/ },
  {
    name: 'Koa',
    detect: /from\s+['"](@koa\/router|koa-router|koa)['"]|require\(['"](@koa\/router|koa-router|koa)['"]\)/,
  },
  { name: 'Express', detect: /from\s+['"]express['"]|require\(['"]express['"]\)/ },
];

function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const parts = from.split('/').slice(0, -1);
  for (const piece of specifier.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/').replace(/\.(m?[jt]sx?|cjs)$/, '');
}

function readJsModule(file: SourceFile & { content: string }): JsModule | undefined {
  const framework = JS_FRAMEWORKS.find((f) => f.detect.test(file.content))?.name;
  const text = file.content;
  const imports = new Map<string, string>();
  for (const m of text.matchAll(/import\s+(?:(\w+)|\{\s*(\w+)(?:\s+as\s+(\w+))?\s*\})\s+from\s+['"]([^'"]+)['"]/g)) {
    const target = resolveModule(file.path, m[4] ?? '');
    const local = m[1] ?? m[3] ?? m[2];
    if (target && local) imports.set(local, target);
  }
  for (const m of text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const target = resolveModule(file.path, m[2] ?? '');
    if (target && m[1]) imports.set(m[1], target);
  }
  const hasMount = /\.(use|route|register)\s*\(\s*['"`]/.test(text);
  if (!framework && !hasMount) return undefined;
  const routes: JsModule['routes'] = [];
  const methodPattern = new RegExp(
    `\\b(\\w+)\\s*\\.\\s*(${HTTP_METHODS.join('|')})\\s*\\(\\s*(['"\`])([^'"\`]*)\\3`,
    'gi',
  );
  for (const m of text.matchAll(methodPattern)) {
    const variable = m[1] ?? '';
    if (
      [
        'axios',
        'request',
        'client',
        'http',
        'fetch',
        'cache',
        'map',
        'headers',
        'params',
        'searchParams',
        'req',
        'res',
        'c',
        'ctx',
        'this',
        'process',
        'config',
      ].includes(variable)
    )
      continue;
    const path = m[4] ?? '';
    if (!path.startsWith('/') && path !== '' && path !== '*') continue;
    routes.push({ variable, method: (m[2] ?? '').toUpperCase(), path: path || '/', line: lineOf(text, m.index ?? 0) });
  }
  // router.route('/x').get(...).post(...)
  for (const m of text.matchAll(
    /\b(\w+)\s*\.\s*route\s*\(\s*(['"`])([^'"`]+)\2\s*\)((?:\s*\.\s*(?:get|post|put|patch|delete)\s*\([^)]*\))+)/g,
  )) {
    for (const verb of (m[4] ?? '').matchAll(/\.\s*(get|post|put|patch|delete)\s*\(/g)) {
      routes.push({
        variable: m[1] ?? '',
        method: (verb[1] ?? '').toUpperCase(),
        path: m[3] ?? '/',
        line: lineOf(text, m.index ?? 0),
      });
    }
  }
  const mounts: JsModule['mounts'] = [];
  for (const m of text.matchAll(/\b(\w+)\s*\.\s*(use|route|register)\s*\(\s*(['"`])([^'"`]*)\3\s*,\s*(\w+)/g)) {
    mounts.push({ parent: m[1] ?? '', prefix: m[4] ?? '', child: m[5] ?? '' });
  }
  // fastify.register(plugin, { prefix: '/v1' })
  for (const m of text.matchAll(/\b(\w+)\s*\.\s*register\s*\(\s*(\w+)\s*,\s*\{[^}]*prefix\s*:\s*(['"`])([^'"`]+)\3/g)) {
    mounts.push({ parent: m[1] ?? '', prefix: m[4] ?? '', child: m[2] ?? '' });
  }
  const exported = /export\s+default\s+(\w+)\s*;?/.exec(text)?.[1] ?? /module\.exports\s*=\s*(\w+)/.exec(text)?.[1];
  return {
    path: file.path,
    framework: framework ?? 'Express',
    routes,
    imports,
    mounts,
    ...(exported ? { exported } : {}),
  };
}

function jsRoutes(modules: readonly JsModule[]): Route[] {
  const byPath = new Map(modules.map((m) => [m.path.replace(/\.(m?[jt]sx?|cjs)$/, ''), m]));
  const lookup = (target: string) => byPath.get(target) ?? byPath.get(`${target}/index`);
  // Prefixes a module's exported router is mounted under, from every module that mounts it.
  const mountedAt = new Map<string, string[]>();
  for (const parent of modules) {
    for (const mount of parent.mounts) {
      const target = parent.imports.get(mount.child);
      const child = target ? lookup(target) : undefined;
      if (!child) continue;
      // The parent's own position: a parent that is itself mounted contributes its prefixes.
      mountedAt.set(child.path, [
        ...(mountedAt.get(child.path) ?? []),
        `${parent.path}\0${mount.parent}\0${mount.prefix}`,
      ]);
    }
  }
  const prefixesOf = (module: JsModule, variable: string, seen: Set<string>): string[] => {
    if (seen.has(module.path)) return [''];
    const local: string[] = [];
    // Mounts inside the same module: app.use('/api', router)
    for (const mount of module.mounts) {
      if (mount.child === variable && !module.imports.has(mount.child)) {
        for (const outer of prefixesOf(module, mount.parent, new Set(seen))) local.push(joinPath(outer, mount.prefix));
      }
    }
    if (local.length > 0) return local;
    if (module.exported === variable) {
      const entries = mountedAt.get(module.path) ?? [];
      const found: string[] = [];
      for (const entry of entries) {
        const [parentPath = '', parentVariable = '', prefix = ''] = entry.split('\0');
        const parent = modules.find((m) => m.path === parentPath);
        if (!parent) continue;
        for (const outer of prefixesOf(parent, parentVariable, new Set([...seen, module.path])))
          found.push(joinPath(outer, prefix));
      }
      if (found.length > 0) return found;
    }
    return [''];
  };
  const routes: Route[] = [];
  for (const module of modules) {
    for (const r of module.routes) {
      for (const prefix of prefixesOf(module, r.variable, new Set())) {
        routes.push({
          method: r.method === 'ALL' ? 'ANY' : r.method,
          path: joinPath(prefix || '/', r.path),
          file: module.path,
          line: r.line,
          framework: module.framework,
        });
      }
    }
  }
  return routes;
}

// ---- Next.js file routes --------------------------------------------------------------------

function nextRoute(file: SourceFile): Route[] {
  const app = /(^|\/)app\/(.*?)\/?route\.(ts|js|tsx|jsx|mjs)$/.exec(file.path);
  const pages = /(^|\/)pages\/api\/(.*)\.(ts|js|tsx|jsx|mjs)$/.exec(file.path);
  const segment = (part: string) =>
    part
      .split('/')
      .filter((s) => s !== '' && !/^\(.*\)$/.test(s) && !s.startsWith('@'))
      .map((s) =>
        s
          .replace(/^\[\[\.\.\.(\w+)\]\]$/, ':$1*')
          .replace(/^\[\.\.\.(\w+)\]$/, ':$1+')
          .replace(/^\[(\w+)\]$/, ':$1'),
      )
      .join('/');
  if (app) {
    const path = `/${segment(app[2] ?? '')}`.replace(/\/$/, '') || '/';
    const methods = [
      ...(file.content ?? '').matchAll(
        /export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g,
      ),
    ];
    return methods.map((m) => ({
      method: m[1] ?? 'GET',
      path,
      file: file.path,
      line: lineOf(file.content ?? '', m.index ?? 0),
      framework: 'Next.js',
    }));
  }
  if (pages) {
    const path = `/api/${segment((pages[2] ?? '').replace(/(^|\/)index$/, ''))}`.replace(/\/$/, '');
    return [{ method: 'ANY', path, file: file.path, line: 1, framework: 'Next.js' }];
  }
  return [];
}

// ---- Python -------------------------------------------------------------------------------

interface PyModule {
  /** Module path without `.py` (`app/routers/users`). */
  id: string;
  path: string;
  framework: 'FastAPI' | 'Flask';
  /** Router variable -> its own prefix (APIRouter(prefix=...), Blueprint(url_prefix=...)). */
  prefixes: Map<string, string>;
  /** Local names bound to another module, or to a variable inside one. */
  modules: Map<string, string>;
  variables: Map<string, { module: string; variable: string }>;
  /** include_router / register_blueprint: parent variable -> (module, variable) with a prefix. */
  includes: Array<{ parent: string; module: string; variable: string; prefix: string }>;
  routes: Array<{ variable: string; method: string; path: string; line: number }>;
}

const PREFIX_ARG = /(?:url_)?prefix\s*=\s*['"]([^'"]*)['"]/;

function readPyModule(file: SourceFile & { content: string }, pythonFiles: ReadonlySet<string>): PyModule | undefined {
  const text = file.content;
  const fastapi = /\bfrom\s+fastapi\b|\bimport\s+fastapi\b/.test(text);
  const flask = /\bfrom\s+flask\b|\bimport\s+flask\b/.test(text);
  if (!fastapi && !flask) return undefined;
  const id = file.path.replace(/\.py$/, '');
  const dirs = id.split('/').slice(0, -1);
  /** A dotted module name to a module id present in the repository, searched from this file's directory upwards. */
  const resolve = (dotted: string): string | undefined => {
    const dots = /^\.*/.exec(dotted)?.[0].length ?? 0;
    const rest = dotted.slice(dots).split('.').filter(Boolean).join('/');
    const bases =
      dots > 0
        ? [dirs.slice(0, dirs.length - (dots - 1)).join('/')]
        : dirs.map((_, i) => dirs.slice(0, dirs.length - i).join('/')).concat('');
    for (const base of bases) {
      const candidate = [base, rest].filter(Boolean).join('/');
      if (pythonFiles.has(`${candidate}.py`)) return candidate;
      if (pythonFiles.has(`${candidate}/__init__.py`)) return `${candidate}/__init__`;
    }
    return undefined;
  };
  const modules = new Map<string, string>();
  const variables = new Map<string, { module: string; variable: string }>();
  for (const m of text.matchAll(/^from\s+([.\w]+)\s+import\s+\(?([\w ,]+)\)?\s*$/gm)) {
    for (const piece of (m[2] ?? '').split(',')) {
      const [original = '', alias = original] = piece.trim().split(/\s+as\s+/);
      if (!original) continue;
      const from = m[1] ?? '';
      const asModule = resolve(from.endsWith('.') ? `${from}${original}` : `${from}.${original}`);
      if (asModule) modules.set(alias, asModule);
      else {
        const parent = resolve(from);
        if (parent) variables.set(alias, { module: parent, variable: original });
      }
    }
  }
  for (const m of text.matchAll(/^import\s+([.\w]+)(?:\s+as\s+(\w+))?\s*$/gm)) {
    const target = resolve(m[1] ?? '');
    if (target) modules.set(m[2] ?? (m[1] ?? '').split('.').pop() ?? '', target);
  }
  const prefixes = new Map<string, string>();
  for (const m of text.matchAll(/(\w+)\s*=\s*(?:APIRouter|Blueprint|FastAPI|Flask)\(([^)]*)\)/g))
    prefixes.set(m[1] ?? '', PREFIX_ARG.exec(m[2] ?? '')?.[1] ?? '');
  const includes: PyModule['includes'] = [];
  for (const m of text.matchAll(/(\w+)\.(?:include_router|register_blueprint)\(\s*(?:(\w+)\.)?(\w+)([^)]*)\)/g)) {
    const prefix = PREFIX_ARG.exec(m[4] ?? '')?.[1] ?? '';
    const alias = m[2];
    const name = m[3] ?? '';
    const target = alias
      ? { module: modules.get(alias) ?? '', variable: name }
      : (variables.get(name) ?? { module: id, variable: name });
    if (target.module) includes.push({ parent: m[1] ?? '', ...target, prefix });
  }
  const routes: PyModule['routes'] = [];
  for (const m of text.matchAll(
    /@(\w+)\.(get|post|put|patch|delete|head|options|route|api_route)\(\s*['"]([^'"]*)['"]([^)]*)\)/g,
  )) {
    const verb = (m[2] ?? '').toLowerCase();
    const methods =
      verb === 'route' || verb === 'api_route'
        ? [...(/methods\s*=\s*\[([^\]]*)\]/.exec(m[4] ?? '')?.[1] ?? "'GET'").matchAll(/['"](\w+)['"]/g)].map((x) =>
            (x[1] ?? 'GET').toUpperCase(),
          )
        : [verb.toUpperCase()];
    for (const method of methods)
      routes.push({ variable: m[1] ?? '', method, path: m[3] ?? '/', line: lineOf(text, m.index ?? 0) });
  }
  return {
    id,
    path: file.path,
    framework: fastapi ? 'FastAPI' : 'Flask',
    prefixes,
    modules,
    variables,
    includes,
    routes,
  };
}

function pyRoutes(modules: readonly PyModule[]): Route[] {
  const prefixesOf = (module: PyModule, variable: string, seen: ReadonlySet<string>): string[] => {
    const key = `${module.id}:${variable}`;
    const own = module.prefixes.get(variable) ?? '';
    if (seen.has(key)) return [own];
    const found: string[] = [];
    for (const parent of modules) {
      for (const include of parent.includes) {
        if (include.module !== module.id || include.variable !== variable) continue;
        for (const outer of prefixesOf(parent, include.parent, new Set([...seen, key])))
          found.push(joinPath(joinPath(outer, include.prefix), own));
      }
    }
    return found.length > 0 ? found : [own];
  };
  return modules.flatMap((module) =>
    module.routes.flatMap((r) =>
      prefixesOf(module, r.variable, new Set()).map((prefix) => ({
        method: r.method,
        path: joinPath(prefix || '/', r.path),
        file: module.path,
        line: r.line,
        framework: module.framework,
      })),
    ),
  );
}

// ---- Go -----------------------------------------------------------------------------------

function goRoutes(file: SourceFile & { content: string }): Route[] {
  const text = file.content;
  const routes: Route[] = [];
  const framework = /github\.com\/gin-gonic\/gin/.test(text)
    ? 'gin'
    : /github\.com\/labstack\/echo/.test(text)
      ? 'echo'
      : /github\.com\/go-chi\/chi/.test(text)
        ? 'chi'
        : /"net\/http"/.test(text)
          ? 'net/http'
          : undefined;
  if (!framework) return routes;
  // Groups: v1 := r.Group("/api/v1")  (gin, echo) and r.Route("/x", func(r chi.Router) {...}) (chi, by indentation-free scan)
  const groups = new Map<string, string>();
  for (const m of text.matchAll(/(\w+)\s*:?=\s*(\w+)\.Group\(\s*"([^"]*)"/g))
    groups.set(m[1] ?? '', joinPath(groups.get(m[2] ?? '') ?? '', m[3] ?? ''));
  const verbs = 'GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Any|Get|Post|Put|Patch|Delete|Head|Options';
  for (const m of text.matchAll(new RegExp(`\\b(\\w+)\\.(${verbs})\\(\\s*"([^"]*)"`, 'g'))) {
    const variable = m[1] ?? '';
    if (variable === 'http' || variable === 'client') continue;
    routes.push({
      method: (m[2] ?? '').toUpperCase() === 'ANY' ? 'ANY' : (m[2] ?? '').toUpperCase(),
      path: joinPath(groups.get(variable) ?? '/', m[3] ?? '/'),
      file: file.path,
      line: lineOf(text, m.index ?? 0),
      framework,
    });
  }
  // net/http: http.HandleFunc("/x", h), mux.HandleFunc("GET /x", h) (Go 1.22 patterns)
  for (const m of text.matchAll(
    /\b(\w+)\.(?:HandleFunc|Handle)\(\s*"(?:(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+)?([^"]+)"/g,
  )) {
    routes.push({
      method: m[2] ?? 'ANY',
      path: m[3] ?? '/',
      file: file.path,
      line: lineOf(text, m.index ?? 0),
      framework: framework === 'chi' ? 'chi' : 'net/http',
    });
  }
  return routes;
}

/** Routes across the repository's source files; sorted by path, method, file and line. Pure. */
export function findRoutes(files: readonly SourceFile[]): RouteReport {
  const unparsed: RouteReport['unparsed'] = [];
  const modules: JsModule[] = [];
  const pyModules: PyModule[] = [];
  const pythonFiles = new Set(files.filter((f) => f.path.endsWith('.py')).map((f) => f.path));
  const routes: Route[] = [];
  for (const file of files) {
    if (file.content === null || SKIP.test(file.path)) continue;
    const withContent = file as SourceFile & { content: string };
    try {
      if (/\.(m?[jt]sx?|cjs)$/.test(file.path)) {
        const next = nextRoute(file);
        if (next.length > 0) routes.push(...next);
        else {
          const module = readJsModule(withContent);
          if (module) modules.push(module);
        }
      } else if (file.path.endsWith('.py')) {
        const module = readPyModule(withContent, pythonFiles);
        if (module) pyModules.push(module);
      } else if (file.path.endsWith('.go')) routes.push(...goRoutes(withContent));
    } catch (error) {
      unparsed.push({ path: file.path, problem: (error as Error).message });
    }
  }
  routes.push(...jsRoutes(modules), ...pyRoutes(pyModules));
  // NestJS, Django, Spring and Rails (routes-more.ts).
  const readable = files.filter((f): f is SourceFile & { content: string } => f.content !== null && !SKIP.test(f.path));
  const globalPrefix = nestGlobalPrefix(readable);
  for (const file of readable) {
    if (/\.ts$/.test(file.path)) routes.push(...nestRoutes(file, globalPrefix));
    routes.push(...springRoutes(file), ...railsRoutes(file));
  }
  routes.push(...djangoRoutes(readable));
  const unique = new Map(routes.map((r) => [`${r.method} ${r.path} ${r.file}:${r.line}`, r]));
  const sorted = [...unique.values()].sort(
    (a, b) =>
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      (a.method < b.method ? -1 : a.method > b.method ? 1 : 0) ||
      (a.file < b.file ? -1 : 1) ||
      a.line - b.line,
  );
  return { routes: sorted, frameworks: [...new Set(sorted.map((r) => r.framework))].sort(), unparsed };
}
