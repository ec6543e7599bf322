export const id = 390;
export const ids = [390];
export const modules = {

/***/ 3390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseSettings: () => (/* reexport */ parseSocSettings),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/git/repository.ts
var git_repository = __webpack_require__(5986);
;// CONCATENATED MODULE: ./src/analysis/contributors.ts

const BOT_PATTERNS = [
    /\[bot\]$/i,
    /\[bot\]@/i,
    /^(dependabot|renovate|github-actions|greenkeeper|snyk-bot|mergify|codecov)\b/i,
    /(^|[-_.])bot$/i,
];
function isBot(name, email) {
    return BOT_PATTERNS.some((p) => p.test(name) || p.test(email));
}
/** Groups commits by person (the .mailmap-resolved name and email); most commits first. Pure. */
function summarizeContributors(commits) {
    const people = new Map();
    for (const c of commits) {
        const key = `${c.name.toLowerCase()}\0${c.email.toLowerCase()}`;
        const entry = people.get(key) ?? { name: c.name, email: c.email, commits: 0, last: 0 };
        entry.commits++;
        entry.last = Math.max(entry.last, c.time);
        people.set(key, entry);
    }
    return [...people.values()]
        .map((p) => ({
        name: p.name,
        commits: p.commits,
        lastActive: new Date(p.last * 1000).toISOString().slice(0, 10),
        bot: isBot(p.name, p.email),
    }))
        .sort((a, b) => b.commits - a.commits || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Contributors in the `windowDays` before HEAD's commit, from git history. */
async function analyzeContributors(root, windowDays) {
    const end = await (0,git_repository/* headTime */.aT)(root);
    if (end === undefined)
        return { windowDays, windowEnd: null, contributors: [], shallow: false };
    const start = end - windowDays * 86_400;
    // --since filters on committer time (a cheap prefilter); the window itself is on author time,
    // so a rebase or merge that re-commits old work does not pull it into the window.
    const [commits, shallow] = await Promise.all([(0,git_repository/* commitAuthors */.Ax)(root, start), (0,git_repository/* isShallow */.fE)(root)]);
    const inWindow = commits.filter((c) => c.time >= start && c.time <= end);
    return {
        windowDays,
        windowEnd: new Date(end * 1000).toISOString().slice(0, 10),
        contributors: summarizeContributors(inWindow),
        shallow,
    };
}

;// CONCATENATED MODULE: ./src/analysis/graph.ts
/**
 * This repository's part of the overview graph (src/wire/soc.ts): its services, and the
 * datastores, queues and external APIs they use. A service is a directory whose manifest shows a
 * web framework; an edge joins a service to a technology whose evidence lies inside that
 * directory. Pure and deterministic (sorted ids).
 */
const NODE_KINDS = Object.fromEntries([
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
    ].map((n) => [n, 'datastore']),
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
    ].map((n) => [n, 'queue']),
    ...['Stripe', 'Auth0', 'OpenAI API', 'Anthropic API', 'GitHub API', 'Twilio', 'SendGrid', 'Sentry', 'Datadog'].map((n) => [n, 'external']),
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
const slug = (text) => text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '') || 'root';
const dirOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const inside = (dir, path) => dir === '' || path === dir || path.startsWith(`${dir}/`);
function deriveGraph(repositoryName, technologies) {
    // Services: each manifest directory that shows a web framework; the server framework names it.
    const services = new Map();
    for (const tech of technologies) {
        if (tech.category !== 'web-framework')
            continue;
        for (const evidence of tech.evidence) {
            if (/(^|\/)(Dockerfile|docker-compose[^/]*|compose[^/]*)$/.test(evidence))
                continue;
            const dir = dirOf(evidence);
            services.set(dir, (services.get(dir) ?? new Set()).add(tech.name));
        }
    }
    const nodes = [];
    const edges = [];
    const serviceIds = new Map();
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
        if (!kind)
            continue;
        const id = `${kind}_${slug(tech.name)}`;
        nodes.push({ id, label: tech.name, kind });
        for (const [dir, serviceId] of serviceIds) {
            if (tech.evidence.some((e) => inside(dir, e) && !(dir === '' && /(^|\/)(docker-)?compose[^/]*$/.test(e))))
                edges.push({ from: serviceId, to: id });
        }
    }
    const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
        nodes: nodes.sort(byId),
        edges: edges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0)),
    };
}

;// CONCATENATED MODULE: ./src/analysis/language-rules.ts
const LANGUAGES = [
    {
        name: 'TypeScript',
        kind: 'programming',
        extensions: ['.ts', '.tsx', '.mts', '.cts'],
        interpreters: ['ts-node', 'tsx', 'deno'],
    },
    {
        name: 'JavaScript',
        kind: 'programming',
        extensions: ['.js', '.jsx', '.mjs', '.cjs'],
        interpreters: ['node', 'nodejs'],
    },
    {
        name: 'Python',
        kind: 'programming',
        extensions: ['.py', '.pyi', '.pyw'],
        filenames: ['SConstruct', 'SConscript'],
        interpreters: ['python', 'python2', 'python3'],
    },
    { name: 'Go', kind: 'programming', extensions: ['.go'] },
    { name: 'Rust', kind: 'programming', extensions: ['.rs'] },
    { name: 'Java', kind: 'programming', extensions: ['.java'] },
    { name: 'Kotlin', kind: 'programming', extensions: ['.kt', '.kts'] },
    { name: 'Scala', kind: 'programming', extensions: ['.scala', '.sc'], interpreters: ['scala'] },
    {
        name: 'Groovy',
        kind: 'programming',
        extensions: ['.groovy', '.gradle'],
        filenames: ['Jenkinsfile'],
        interpreters: ['groovy'],
    },
    { name: 'C', kind: 'programming', extensions: ['.c', '.h'] },
    { name: 'C++', kind: 'programming', extensions: ['.cc', '.cpp', '.cxx', '.hpp', '.hh', '.hxx'] },
    { name: 'C#', kind: 'programming', extensions: ['.cs', '.csx'] },
    { name: 'F#', kind: 'programming', extensions: ['.fs', '.fsi', '.fsx'] },
    { name: 'Swift', kind: 'programming', extensions: ['.swift'] },
    { name: 'Objective-C', kind: 'programming', extensions: ['.m', '.mm'] },
    {
        name: 'Ruby',
        kind: 'programming',
        extensions: ['.rb', '.rake', '.gemspec'],
        filenames: ['Rakefile', 'Gemfile', 'Guardfile', 'Vagrantfile', 'config.ru'],
        interpreters: ['ruby'],
    },
    { name: 'PHP', kind: 'programming', extensions: ['.php', '.phtml'], interpreters: ['php'] },
    { name: 'Perl', kind: 'programming', extensions: ['.pl', '.pm'], interpreters: ['perl'] },
    { name: 'Elixir', kind: 'programming', extensions: ['.ex', '.exs'], interpreters: ['elixir'] },
    { name: 'Erlang', kind: 'programming', extensions: ['.erl', '.hrl'], interpreters: ['escript'] },
    { name: 'Haskell', kind: 'programming', extensions: ['.hs', '.lhs'], interpreters: ['runghc', 'runhaskell'] },
    { name: 'OCaml', kind: 'programming', extensions: ['.ml', '.mli'], interpreters: ['ocaml'] },
    { name: 'Clojure', kind: 'programming', extensions: ['.clj', '.cljs', '.cljc', '.edn'] },
    { name: 'Dart', kind: 'programming', extensions: ['.dart'] },
    { name: 'Lua', kind: 'programming', extensions: ['.lua'], interpreters: ['lua'] },
    { name: 'R', kind: 'programming', extensions: ['.r', '.R'], interpreters: ['Rscript'] },
    { name: 'Julia', kind: 'programming', extensions: ['.jl'], interpreters: ['julia'] },
    { name: 'Zig', kind: 'programming', extensions: ['.zig'] },
    { name: 'Nim', kind: 'programming', extensions: ['.nim'] },
    {
        name: 'Shell',
        kind: 'programming',
        extensions: ['.sh', '.bash', '.zsh', '.ksh'],
        filenames: ['.bashrc', '.zshrc', '.profile'],
        interpreters: ['sh', 'bash', 'zsh', 'ksh', 'dash'],
    },
    { name: 'PowerShell', kind: 'programming', extensions: ['.ps1', '.psm1', '.psd1'], interpreters: ['pwsh'] },
    { name: 'Batchfile', kind: 'programming', extensions: ['.bat', '.cmd'] },
    { name: 'SQL', kind: 'data', extensions: ['.sql'] },
    { name: 'PLpgSQL', kind: 'programming', extensions: ['.pgsql', '.plpgsql'] },
    { name: 'HCL', kind: 'programming', extensions: ['.tf', '.tfvars', '.hcl'] },
    { name: 'Dockerfile', kind: 'programming', extensions: ['.dockerfile'], filenames: ['Dockerfile', 'Containerfile'] },
    {
        name: 'Makefile',
        kind: 'programming',
        extensions: ['.mk', '.mak'],
        filenames: ['Makefile', 'makefile', 'GNUmakefile'],
        interpreters: ['make'],
    },
    { name: 'CMake', kind: 'programming', extensions: ['.cmake'], filenames: ['CMakeLists.txt'] },
    { name: 'Nix', kind: 'programming', extensions: ['.nix'] },
    { name: 'Solidity', kind: 'programming', extensions: ['.sol'] },
    { name: 'Vue', kind: 'markup', extensions: ['.vue'] },
    { name: 'Svelte', kind: 'markup', extensions: ['.svelte'] },
    { name: 'Astro', kind: 'markup', extensions: ['.astro'] },
    { name: 'HTML', kind: 'markup', extensions: ['.html', '.htm', '.xhtml'] },
    { name: 'CSS', kind: 'markup', extensions: ['.css'] },
    { name: 'SCSS', kind: 'markup', extensions: ['.scss'] },
    { name: 'Sass', kind: 'markup', extensions: ['.sass'] },
    { name: 'Less', kind: 'markup', extensions: ['.less'] },
    { name: 'Handlebars', kind: 'markup', extensions: ['.hbs', '.handlebars'] },
    { name: 'Jinja', kind: 'markup', extensions: ['.jinja', '.jinja2', '.j2'] },
    { name: 'GraphQL', kind: 'data', extensions: ['.graphql', '.gql'] },
    { name: 'Protocol Buffer', kind: 'data', extensions: ['.proto'] },
    { name: 'JSON', kind: 'data', extensions: ['.json', '.jsonc', '.json5'] },
    { name: 'YAML', kind: 'data', extensions: ['.yml', '.yaml'] },
    { name: 'TOML', kind: 'data', extensions: ['.toml'] },
    {
        name: 'XML',
        kind: 'data',
        extensions: ['.xml', '.xsd', '.xsl', '.csproj', '.fsproj', '.props'],
        filenames: ['pom.xml'],
    },
    { name: 'INI', kind: 'data', extensions: ['.ini', '.cfg', '.conf'], filenames: ['.editorconfig'] },
    { name: 'CSV', kind: 'data', extensions: ['.csv', '.tsv'] },
    { name: 'Markdown', kind: 'prose', extensions: ['.md', '.markdown', '.mdx'] },
    { name: 'reStructuredText', kind: 'prose', extensions: ['.rst'] },
    { name: 'AsciiDoc', kind: 'prose', extensions: ['.adoc', '.asciidoc'] },
    { name: 'Text', kind: 'prose', extensions: ['.txt'], filenames: ['LICENSE', 'COPYING', 'AUTHORS', 'CHANGELOG'] },
];
/** Paths linguist leaves out of language statistics: vendored, generated and documentation files. */
const EXCLUDED_PATHS = [
    {
        reason: 'vendored',
        pattern: /(^|\/)(node_modules|bower_components|vendor|vendors|third[-_]party|external|extern|Pods|Carthage|\.yarn|jspm_packages)\//,
    },
    {
        reason: 'vendored',
        pattern: /(^|\/)(jquery|bootstrap|d3|modernizr|angular|react|lodash|underscore|moment)([.-][\w.-]*)?\.js$/i,
    },
    { reason: 'vendored', pattern: /(^|\/)\.(github|gitlab|circleci|vscode|idea|devcontainer)\// },
    { reason: 'vendored', pattern: /(^|\/)(gradlew|gradlew\.bat|mvnw|mvnw\.cmd)$/ },
    { reason: 'generated', pattern: /\.min\.(js|css)$/ },
    {
        reason: 'generated',
        pattern: /\.(map|snap|lock|pb\.go|pb\.py|_pb2\.py|g\.dart|freezed\.dart|designer\.cs|generated\.\w+)$/,
    },
    { reason: 'generated', pattern: /(^|\/)(dist|build|out|target|coverage|\.next|\.nuxt|__generated__|generated)\// },
    {
        reason: 'generated',
        pattern: /(^|\/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml|Cargo\.lock|Gemfile\.lock|poetry\.lock|composer\.lock|go\.sum)$/,
    },
    { reason: 'documentation', pattern: /(^|\/)(docs?|documentation|examples?|samples?|Documentation)\// },
    {
        reason: 'documentation',
        pattern: /(^|\/)(README|CHANGELOG|CONTRIBUTING|LICENSE|COPYING|AUTHORS|CODE_OF_CONDUCT|SECURITY)(\.\w+)?$/i,
    },
];

;// CONCATENATED MODULE: ./src/analysis/languages.ts

const byExtension = new Map();
const byFilename = new Map();
const byInterpreter = new Map();
for (const rule of LANGUAGES) {
    for (const ext of rule.extensions ?? [])
        byExtension.set(ext, rule);
    for (const name of rule.filenames ?? [])
        byFilename.set(name, rule);
    for (const interpreter of rule.interpreters ?? [])
        byInterpreter.set(interpreter, rule);
}
/** Why a path is left out of language statistics, or undefined when it counts. */
function excludedBecause(path) {
    return EXCLUDED_PATHS.find((rule) => rule.pattern.test(path))?.reason;
}
/** The language of a file: its name, then its extension, then a `#!` line. Pure. */
function detectLanguage(path, content) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const known = byFilename.get(name);
    if (known)
        return known;
    const dot = name.lastIndexOf('.');
    if (dot > 0) {
        const rule = byExtension.get(name.slice(dot)) ?? byExtension.get(name.slice(dot).toLowerCase());
        if (rule)
            return rule;
    }
    const shebang = content?.startsWith('#!')
        ? /^#!\s*(?:\/usr\/bin\/env\s+(?:-S\s+)?)?(?:\S*\/)?([\w.+-]+)/.exec(content)
        : null;
    if (shebang?.[1])
        return byInterpreter.get(shebang[1].replace(/[\d.]+$/, '')) ?? byInterpreter.get(shebang[1]);
    return undefined;
}
/**
 * Languages by bytes, as linguist counts them: programming and markup languages only, with
 * vendored, generated and documentation files left out. Sorted by bytes, then name. Pure.
 */
function languageShares(files) {
    const totals = new Map();
    for (const file of files) {
        if (excludedBecause(file.path))
            continue;
        const rule = detectLanguage(file.path, file.content);
        if (!rule || (rule.kind !== 'programming' && rule.kind !== 'markup'))
            continue;
        const entry = totals.get(rule.name) ?? { bytes: 0, files: 0 };
        entry.bytes += file.size;
        entry.files += 1;
        totals.set(rule.name, entry);
    }
    const sum = [...totals.values()].reduce((a, b) => a + b.bytes, 0);
    return [...totals.entries()]
        .map(([language, t]) => ({
        language,
        bytes: t.bytes,
        files: t.files,
        percent: sum === 0 ? 0 : Math.round((t.bytes / sum) * 1000) / 10,
    }))
        .sort((a, b) => b.bytes - a.bytes || (a.language < b.language ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/analysis/routes-more.ts
/** Route recognisers for NestJS, Django, Spring and Rails: line-oriented like the others, pure. */
const joinPath = (prefix, path) => {
    const joined = `/${[prefix, path]
        .map((p) => p.replace(/^\/+|\/+$/g, ''))
        .filter(Boolean)
        .join('/')}`;
    return joined.replace(/\/+/g, '/');
};
const lineOf = (text, index) => text.slice(0, index).split('\n').length;
// ---- NestJS ----------------------------------------------------------------------------------
/** `app.setGlobalPrefix('api')` anywhere in the sources, applied to every controller. */
function nestGlobalPrefix(files) {
    for (const f of files) {
        const m = /\.setGlobalPrefix\(\s*['"`]([^'"`]*)['"`]/.exec(f.content);
        if (m)
            return m[1] ?? '';
    }
    return '';
}
function nestRoutes(file, globalPrefix) {
    if (!/@nestjs\/common/.test(file.content))
        return [];
    const routes = [];
    let controller;
    const pattern = /@Controller\(\s*(?:['"`]([^'"`]*)['"`]|\{[^}]*path\s*:\s*['"`]([^'"`]*)['"`][^}]*\})?\s*\)|@(Get|Post|Put|Patch|Delete|Options|Head|All)\(\s*(?:['"`]([^'"`]*)['"`])?\s*\)/g;
    for (const m of file.content.matchAll(pattern)) {
        if (m[0].startsWith('@Controller')) {
            controller = m[1] ?? m[2] ?? '';
            continue;
        }
        if (controller === undefined)
            continue;
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
function readDjango(file) {
    if (!file.path.endsWith('urls.py') || !/urlpatterns/.test(file.content))
        return undefined;
    const routes = [];
    const includes = [];
    for (const m of file.content.matchAll(/\b(path|re_path)\(\s*r?['"]([^'"]*)['"]\s*,\s*([^\n]*)/g)) {
        const route = m[1] === 're_path' ? (m[2] ?? '').replace(/^\^/, '').replace(/\$$/, '') : (m[2] ?? '');
        const include = /include\(\s*(?:\(\s*)?['"]([\w.]+)['"]/.exec(m[3] ?? '');
        if (include)
            includes.push({ prefix: route, target: include[1] ?? '' });
        else
            routes.push({ path: route, line: lineOf(file.content, m.index ?? 0) });
    }
    return { path: file.path, dotted: file.path.replace(/\.py$/, '').split('/').join('.'), routes, includes };
}
function djangoRoutes(files) {
    const modules = files.map(readDjango).filter((m) => m !== undefined);
    const matches = (module, target) => module.dotted === target || module.dotted.endsWith(`.${target}`);
    const prefixesOf = (module, seen) => {
        if (seen.has(module.path))
            return [''];
        const found = [];
        for (const parent of modules) {
            for (const include of parent.includes) {
                if (!matches(module, include.target))
                    continue;
                for (const outer of prefixesOf(parent, new Set([...seen, module.path])))
                    found.push(joinPath(outer, include.prefix));
            }
        }
        return found.length > 0 ? found : [''];
    };
    return modules.flatMap((module) => module.routes.flatMap((r) => prefixesOf(module, new Set()).map((prefix) => ({
        method: 'ANY',
        path: joinPath(prefix, r.path),
        file: module.path,
        line: r.line,
        framework: 'Django',
    }))));
}
// ---- Spring ----------------------------------------------------------------------------------
const SPRING_VERBS = {
    GetMapping: 'GET',
    PostMapping: 'POST',
    PutMapping: 'PUT',
    PatchMapping: 'PATCH',
    DeleteMapping: 'DELETE',
};
function springRoutes(file) {
    if (!/\.(java|kt)$/.test(file.path) || !/@(Rest)?Controller\b/.test(file.content))
        return [];
    const text = file.content;
    const classAt = /\bclass\s+\w+/.exec(text)?.index ?? 0;
    const pathOf = (args) => /(?:value|path)?\s*=?\s*\[?\s*"([^"]*)"/.exec(args)?.[1] ?? '';
    const classMapping = [...text.slice(0, classAt).matchAll(/@RequestMapping\(([^)]*)\)/g)].at(-1);
    const prefix = classMapping ? pathOf(classMapping[1] ?? '') : '';
    const routes = [];
    for (const m of text
        .slice(classAt)
        .matchAll(/@(GetMapping|PostMapping|PutMapping|PatchMapping|DeleteMapping|RequestMapping)(?:\(([^)]*)\))?/g)) {
        const args = m[2] ?? '';
        const method = m[1] === 'RequestMapping'
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
const RESOURCE_ACTIONS = [
    { action: 'index', method: 'GET', suffix: '', member: false },
    { action: 'create', method: 'POST', suffix: '', member: false },
    { action: 'new', method: 'GET', suffix: '/new', member: false },
    { action: 'edit', method: 'GET', suffix: '/edit', member: true },
    { action: 'show', method: 'GET', suffix: '', member: true },
    { action: 'update', method: 'PATCH', suffix: '', member: true },
    { action: 'update', method: 'PUT', suffix: '', member: true },
    { action: 'destroy', method: 'DELETE', suffix: '', member: true },
];
function railsRoutes(file) {
    if (!file.path.endsWith('config/routes.rb'))
        return [];
    const routes = [];
    const stack = [];
    const prefix = () => stack.filter(Boolean).join('/');
    file.content.split('\n').forEach((raw, i) => {
        const line = raw.replace(/#.*/, '').trim();
        const add = (method, path) => routes.push({ method, path: joinPath(prefix(), path), file: file.path, line: i + 1, framework: 'Rails' });
        const opens = /\bdo(\s*\|[^|]*\|)?\s*$/.test(line);
        let scope;
        let m;
        if ((m = /^namespace\s+:(\w+)/.exec(line)))
            scope = m[1];
        else if ((m = /^scope\s+(?:path:\s*)?['"]\/?([^'"]*)['"]/.exec(line)))
            scope = m[1];
        else if ((m = /^resources?\s+:(\w+)(.*)$/.exec(line))) {
            const name = m[1] ?? '';
            const singular = line.startsWith('resource ');
            const only = /only:\s*\[([^\]]*)\]/.exec(m[2] ?? '')?.[1]?.match(/\w+/g);
            const except = /except:\s*\[([^\]]*)\]/.exec(m[2] ?? '')?.[1]?.match(/\w+/g);
            for (const a of RESOURCE_ACTIONS) {
                if ((singular && a.action === 'index') ||
                    (only && !only.includes(a.action)) ||
                    (except && except.includes(a.action)))
                    continue;
                add(a.method, `${name}${a.member && !singular ? '/:id' : ''}${a.suffix}`);
            }
            scope = opens ? `${name}/:${name.replace(/s$/, '')}_id` : undefined;
        }
        else if ((m = /^(get|post|put|patch|delete|match)\s+['"]([^'"]+)['"]/.exec(line)))
            add(m[1] === 'match' ? 'ANY' : (m[1] ?? '').toUpperCase(), m[2] ?? '');
        else if (/^root\b/.test(line))
            add('GET', '/');
        if (opens)
            stack.push(scope ?? '');
        else if (line === 'end' && stack.length > 0)
            stack.pop();
    });
    return routes;
}

;// CONCATENATED MODULE: ./src/analysis/routes.ts

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all'];
const SKIP = /(^|\/)(node_modules|vendor|dist|build|\.next|coverage|__tests__|tests?|spec|e2e|__mocks__)\/|\.(test|spec)\.\w+$|\.min\.js$|_test\.go$|(^|\/)test_[^/]+\.py$/;
const routes_joinPath = (prefix, path) => {
    const joined = `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`.replace(/\/+/g, '/');
    return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
};
const routes_lineOf = (text, index) => text.slice(0, index).split('\n').length;
const JS_FRAMEWORKS = [
    { name: 'Hono', detect: /from\s+['"]hono['"]|require\(['"]hono['"]\)/ },
    { name: 'Fastify', detect: /from\s+['"]fastify['"]|require\(['"]fastify['"]\)/ },
    {
        name: 'Koa',
        detect: /from\s+['"](@koa\/router|koa-router|koa)['"]|require\(['"](@koa\/router|koa-router|koa)['"]\)/,
    },
    { name: 'Express', detect: /from\s+['"]express['"]|require\(['"]express['"]\)/ },
];
function resolveModule(from, specifier) {
    if (!specifier.startsWith('.'))
        return undefined;
    const parts = from.split('/').slice(0, -1);
    for (const piece of specifier.split('/')) {
        if (piece === '..')
            parts.pop();
        else if (piece !== '.')
            parts.push(piece);
    }
    return parts.join('/').replace(/\.(m?[jt]sx?|cjs)$/, '');
}
function readJsModule(file) {
    const framework = JS_FRAMEWORKS.find((f) => f.detect.test(file.content))?.name;
    const text = file.content;
    const imports = new Map();
    for (const m of text.matchAll(/import\s+(?:(\w+)|\{\s*(\w+)(?:\s+as\s+(\w+))?\s*\})\s+from\s+['"]([^'"]+)['"]/g)) {
        const target = resolveModule(file.path, m[4] ?? '');
        const local = m[1] ?? m[3] ?? m[2];
        if (target && local)
            imports.set(local, target);
    }
    for (const m of text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const target = resolveModule(file.path, m[2] ?? '');
        if (target && m[1])
            imports.set(m[1], target);
    }
    const hasMount = /\.(use|route|register)\s*\(\s*['"`]/.test(text);
    if (!framework && !hasMount)
        return undefined;
    const routes = [];
    const methodPattern = new RegExp(`\\b(\\w+)\\s*\\.\\s*(${HTTP_METHODS.join('|')})\\s*\\(\\s*(['"\`])([^'"\`]*)\\3`, 'gi');
    for (const m of text.matchAll(methodPattern)) {
        const variable = m[1] ?? '';
        if ([
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
        ].includes(variable))
            continue;
        const path = m[4] ?? '';
        if (!path.startsWith('/') && path !== '' && path !== '*')
            continue;
        routes.push({ variable, method: (m[2] ?? '').toUpperCase(), path: path || '/', line: routes_lineOf(text, m.index ?? 0) });
    }
    // router.route('/x').get(...).post(...)
    for (const m of text.matchAll(/\b(\w+)\s*\.\s*route\s*\(\s*(['"`])([^'"`]+)\2\s*\)((?:\s*\.\s*(?:get|post|put|patch|delete)\s*\([^)]*\))+)/g)) {
        for (const verb of (m[4] ?? '').matchAll(/\.\s*(get|post|put|patch|delete)\s*\(/g)) {
            routes.push({
                variable: m[1] ?? '',
                method: (verb[1] ?? '').toUpperCase(),
                path: m[3] ?? '/',
                line: routes_lineOf(text, m.index ?? 0),
            });
        }
    }
    const mounts = [];
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
function jsRoutes(modules) {
    const byPath = new Map(modules.map((m) => [m.path.replace(/\.(m?[jt]sx?|cjs)$/, ''), m]));
    const lookup = (target) => byPath.get(target) ?? byPath.get(`${target}/index`);
    // Prefixes a module's exported router is mounted under, from every module that mounts it.
    const mountedAt = new Map();
    for (const parent of modules) {
        for (const mount of parent.mounts) {
            const target = parent.imports.get(mount.child);
            const child = target ? lookup(target) : undefined;
            if (!child)
                continue;
            // The parent's own position: a parent that is itself mounted contributes its prefixes.
            mountedAt.set(child.path, [
                ...(mountedAt.get(child.path) ?? []),
                `${parent.path}\0${mount.parent}\0${mount.prefix}`,
            ]);
        }
    }
    const prefixesOf = (module, variable, seen) => {
        if (seen.has(module.path))
            return [''];
        const local = [];
        // Mounts inside the same module: app.use('/api', router)
        for (const mount of module.mounts) {
            if (mount.child === variable && !module.imports.has(mount.child)) {
                for (const outer of prefixesOf(module, mount.parent, new Set(seen)))
                    local.push(routes_joinPath(outer, mount.prefix));
            }
        }
        if (local.length > 0)
            return local;
        if (module.exported === variable) {
            const entries = mountedAt.get(module.path) ?? [];
            const found = [];
            for (const entry of entries) {
                const [parentPath = '', parentVariable = '', prefix = ''] = entry.split('\0');
                const parent = modules.find((m) => m.path === parentPath);
                if (!parent)
                    continue;
                for (const outer of prefixesOf(parent, parentVariable, new Set([...seen, module.path])))
                    found.push(routes_joinPath(outer, prefix));
            }
            if (found.length > 0)
                return found;
        }
        return [''];
    };
    const routes = [];
    for (const module of modules) {
        for (const r of module.routes) {
            for (const prefix of prefixesOf(module, r.variable, new Set())) {
                routes.push({
                    method: r.method === 'ALL' ? 'ANY' : r.method,
                    path: routes_joinPath(prefix || '/', r.path),
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
function nextRoute(file) {
    const app = /(^|\/)app\/(.*?)\/?route\.(ts|js|tsx|jsx|mjs)$/.exec(file.path);
    const pages = /(^|\/)pages\/api\/(.*)\.(ts|js|tsx|jsx|mjs)$/.exec(file.path);
    const segment = (part) => part
        .split('/')
        .filter((s) => s !== '' && !/^\(.*\)$/.test(s) && !s.startsWith('@'))
        .map((s) => s
        .replace(/^\[\[\.\.\.(\w+)\]\]$/, ':$1*')
        .replace(/^\[\.\.\.(\w+)\]$/, ':$1+')
        .replace(/^\[(\w+)\]$/, ':$1'))
        .join('/');
    if (app) {
        const path = `/${segment(app[2] ?? '')}`.replace(/\/$/, '') || '/';
        const methods = [
            ...(file.content ?? '').matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g),
        ];
        return methods.map((m) => ({
            method: m[1] ?? 'GET',
            path,
            file: file.path,
            line: routes_lineOf(file.content ?? '', m.index ?? 0),
            framework: 'Next.js',
        }));
    }
    if (pages) {
        const path = `/api/${segment((pages[2] ?? '').replace(/(^|\/)index$/, ''))}`.replace(/\/$/, '');
        return [{ method: 'ANY', path, file: file.path, line: 1, framework: 'Next.js' }];
    }
    return [];
}
const PREFIX_ARG = /(?:url_)?prefix\s*=\s*['"]([^'"]*)['"]/;
function readPyModule(file, pythonFiles) {
    const text = file.content;
    const fastapi = /\bfrom\s+fastapi\b|\bimport\s+fastapi\b/.test(text);
    const flask = /\bfrom\s+flask\b|\bimport\s+flask\b/.test(text);
    if (!fastapi && !flask)
        return undefined;
    const id = file.path.replace(/\.py$/, '');
    const dirs = id.split('/').slice(0, -1);
    /** A dotted module name to a module id present in the repository, searched from this file's directory upwards. */
    const resolve = (dotted) => {
        const dots = /^\.*/.exec(dotted)?.[0].length ?? 0;
        const rest = dotted.slice(dots).split('.').filter(Boolean).join('/');
        const bases = dots > 0
            ? [dirs.slice(0, dirs.length - (dots - 1)).join('/')]
            : dirs.map((_, i) => dirs.slice(0, dirs.length - i).join('/')).concat('');
        for (const base of bases) {
            const candidate = [base, rest].filter(Boolean).join('/');
            if (pythonFiles.has(`${candidate}.py`))
                return candidate;
            if (pythonFiles.has(`${candidate}/__init__.py`))
                return `${candidate}/__init__`;
        }
        return undefined;
    };
    const modules = new Map();
    const variables = new Map();
    for (const m of text.matchAll(/^from\s+([.\w]+)\s+import\s+\(?([\w ,]+)\)?\s*$/gm)) {
        for (const piece of (m[2] ?? '').split(',')) {
            const [original = '', alias = original] = piece.trim().split(/\s+as\s+/);
            if (!original)
                continue;
            const from = m[1] ?? '';
            const asModule = resolve(from.endsWith('.') ? `${from}${original}` : `${from}.${original}`);
            if (asModule)
                modules.set(alias, asModule);
            else {
                const parent = resolve(from);
                if (parent)
                    variables.set(alias, { module: parent, variable: original });
            }
        }
    }
    for (const m of text.matchAll(/^import\s+([.\w]+)(?:\s+as\s+(\w+))?\s*$/gm)) {
        const target = resolve(m[1] ?? '');
        if (target)
            modules.set(m[2] ?? (m[1] ?? '').split('.').pop() ?? '', target);
    }
    const prefixes = new Map();
    for (const m of text.matchAll(/(\w+)\s*=\s*(?:APIRouter|Blueprint|FastAPI|Flask)\(([^)]*)\)/g))
        prefixes.set(m[1] ?? '', PREFIX_ARG.exec(m[2] ?? '')?.[1] ?? '');
    const includes = [];
    for (const m of text.matchAll(/(\w+)\.(?:include_router|register_blueprint)\(\s*(?:(\w+)\.)?(\w+)([^)]*)\)/g)) {
        const prefix = PREFIX_ARG.exec(m[4] ?? '')?.[1] ?? '';
        const alias = m[2];
        const name = m[3] ?? '';
        const target = alias
            ? { module: modules.get(alias) ?? '', variable: name }
            : (variables.get(name) ?? { module: id, variable: name });
        if (target.module)
            includes.push({ parent: m[1] ?? '', ...target, prefix });
    }
    const routes = [];
    for (const m of text.matchAll(/@(\w+)\.(get|post|put|patch|delete|head|options|route|api_route)\(\s*['"]([^'"]*)['"]([^)]*)\)/g)) {
        const verb = (m[2] ?? '').toLowerCase();
        const methods = verb === 'route' || verb === 'api_route'
            ? [...(/methods\s*=\s*\[([^\]]*)\]/.exec(m[4] ?? '')?.[1] ?? "'GET'").matchAll(/['"](\w+)['"]/g)].map((x) => (x[1] ?? 'GET').toUpperCase())
            : [verb.toUpperCase()];
        for (const method of methods)
            routes.push({ variable: m[1] ?? '', method, path: m[3] ?? '/', line: routes_lineOf(text, m.index ?? 0) });
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
function pyRoutes(modules) {
    const prefixesOf = (module, variable, seen) => {
        const key = `${module.id}:${variable}`;
        const own = module.prefixes.get(variable) ?? '';
        if (seen.has(key))
            return [own];
        const found = [];
        for (const parent of modules) {
            for (const include of parent.includes) {
                if (include.module !== module.id || include.variable !== variable)
                    continue;
                for (const outer of prefixesOf(parent, include.parent, new Set([...seen, key])))
                    found.push(routes_joinPath(routes_joinPath(outer, include.prefix), own));
            }
        }
        return found.length > 0 ? found : [own];
    };
    return modules.flatMap((module) => module.routes.flatMap((r) => prefixesOf(module, r.variable, new Set()).map((prefix) => ({
        method: r.method,
        path: routes_joinPath(prefix || '/', r.path),
        file: module.path,
        line: r.line,
        framework: module.framework,
    }))));
}
// ---- Go -----------------------------------------------------------------------------------
function goRoutes(file) {
    const text = file.content;
    const routes = [];
    const framework = /github\.com\/gin-gonic\/gin/.test(text)
        ? 'gin'
        : /github\.com\/labstack\/echo/.test(text)
            ? 'echo'
            : /github\.com\/go-chi\/chi/.test(text)
                ? 'chi'
                : /"net\/http"/.test(text)
                    ? 'net/http'
                    : undefined;
    if (!framework)
        return routes;
    // Groups: v1 := r.Group("/api/v1")  (gin, echo) and r.Route("/x", func(r chi.Router) {...}) (chi, by indentation-free scan)
    const groups = new Map();
    for (const m of text.matchAll(/(\w+)\s*:?=\s*(\w+)\.Group\(\s*"([^"]*)"/g))
        groups.set(m[1] ?? '', routes_joinPath(groups.get(m[2] ?? '') ?? '', m[3] ?? ''));
    const verbs = 'GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Any|Get|Post|Put|Patch|Delete|Head|Options';
    for (const m of text.matchAll(new RegExp(`\\b(\\w+)\\.(${verbs})\\(\\s*"([^"]*)"`, 'g'))) {
        const variable = m[1] ?? '';
        if (variable === 'http' || variable === 'client')
            continue;
        routes.push({
            method: (m[2] ?? '').toUpperCase() === 'ANY' ? 'ANY' : (m[2] ?? '').toUpperCase(),
            path: routes_joinPath(groups.get(variable) ?? '/', m[3] ?? '/'),
            file: file.path,
            line: routes_lineOf(text, m.index ?? 0),
            framework,
        });
    }
    // net/http: http.HandleFunc("/x", h), mux.HandleFunc("GET /x", h) (Go 1.22 patterns)
    for (const m of text.matchAll(/\b(\w+)\.(?:HandleFunc|Handle)\(\s*"(?:(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+)?([^"]+)"/g)) {
        routes.push({
            method: m[2] ?? 'ANY',
            path: m[3] ?? '/',
            file: file.path,
            line: routes_lineOf(text, m.index ?? 0),
            framework: framework === 'chi' ? 'chi' : 'net/http',
        });
    }
    return routes;
}
/** Routes across the repository's source files; sorted by path, method, file and line. Pure. */
function findRoutes(files) {
    const unparsed = [];
    const modules = [];
    const pyModules = [];
    const pythonFiles = new Set(files.filter((f) => f.path.endsWith('.py')).map((f) => f.path));
    const routes = [];
    for (const file of files) {
        if (file.content === null || SKIP.test(file.path))
            continue;
        const withContent = file;
        try {
            if (/\.(m?[jt]sx?|cjs)$/.test(file.path)) {
                const next = nextRoute(file);
                if (next.length > 0)
                    routes.push(...next);
                else {
                    const module = readJsModule(withContent);
                    if (module)
                        modules.push(module);
                }
            }
            else if (file.path.endsWith('.py')) {
                const module = readPyModule(withContent, pythonFiles);
                if (module)
                    pyModules.push(module);
            }
            else if (file.path.endsWith('.go'))
                routes.push(...goRoutes(withContent));
        }
        catch (error) {
            unparsed.push({ path: file.path, problem: error.message });
        }
    }
    routes.push(...jsRoutes(modules), ...pyRoutes(pyModules));
    // NestJS, Django, Spring and Rails (routes-more.ts).
    const readable = files.filter((f) => f.content !== null && !SKIP.test(f.path));
    const globalPrefix = nestGlobalPrefix(readable);
    for (const file of readable) {
        if (/\.ts$/.test(file.path))
            routes.push(...nestRoutes(file, globalPrefix));
        routes.push(...springRoutes(file), ...railsRoutes(file));
    }
    routes.push(...djangoRoutes(readable));
    const unique = new Map(routes.map((r) => [`${r.method} ${r.path} ${r.file}:${r.line}`, r]));
    const sorted = [...unique.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        (a.method < b.method ? -1 : a.method > b.method ? 1 : 0) ||
        (a.file < b.file ? -1 : 1) ||
        a.line - b.line);
    return { routes: sorted, frameworks: [...new Set(sorted.map((r) => r.framework))].sort(), unparsed };
}

;// CONCATENATED MODULE: ./src/analysis/structure.ts
const ROLE_RULES = [
    { role: 'tests', names: /^(tests?|__tests__|specs?|e2e|integration|testing|cypress|playwright)$/i },
    { role: 'docs', names: /^(docs?|documentation|examples?|samples?|guides?|website)$/i },
    {
        role: 'infrastructure',
        names: /^(\.github|\.gitlab|\.circleci|infra|infrastructure|deploy|deployment|deployments|terraform|k8s|kubernetes|helm|charts|ops|ansible|docker|\.devcontainer|ci|scripts)$/i,
    },
    { role: 'config', names: /^(config|configs|\.config|settings|conf|etc|\.vscode|\.idea|\.husky)$/i },
    {
        role: 'source',
        names: /^(src|lib|app|apps|cmd|pkg|internal|services|packages|modules|server|client|web|api|frontend|backend|core|components|pages|routes|handlers|controllers|models|crates|bin)$/i,
    },
];
/** Paths that start a program or a service: a rule per ecosystem. */
const ENTRY_POINTS = [
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
function roleOf(name) {
    return ROLE_RULES.find((rule) => rule.names.test(name))?.role ?? 'other';
}
/** `package.json` `main` and `bin` targets, relative to the repository root. */
function packageEntryPoints(path, content) {
    if (!content || !path.endsWith('package.json') || /(^|\/)node_modules\//.test(path))
        return [];
    try {
        const json = JSON.parse(content);
        const dir = path.includes('/') ? `${path.slice(0, path.lastIndexOf('/'))}/` : '';
        const targets = [
            json.main,
            ...(typeof json.bin === 'string' ? [json.bin] : Object.values((json.bin ?? {}))),
        ];
        return targets.filter((t) => typeof t === 'string').map((t) => `${dir}${t.replace(/^\.\//, '')}`);
    }
    catch {
        return [];
    }
}
function analyzeStructure(files) {
    const counts = new Map();
    let rootFiles = 0;
    const entryPoints = new Set();
    for (const file of files) {
        const slash = file.path.indexOf('/');
        if (slash < 0)
            rootFiles++;
        else
            counts.set(file.path.slice(0, slash), (counts.get(file.path.slice(0, slash)) ?? 0) + 1);
        if (/(^|\/)(node_modules|vendor|dist|build|tests?|__tests__)\//.test(file.path))
            continue;
        if (ENTRY_POINTS.some((pattern) => pattern.test(file.path)))
            entryPoints.add(file.path);
        for (const target of packageEntryPoints(file.path, file.content))
            entryPoints.add(target);
    }
    const directories = [...counts.entries()]
        .map(([path, n]) => ({ path, files: n, role: roleOf(path) }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { directories, rootFiles, entryPoints: [...entryPoints].sort() };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/analysis/manifests.ts


const dep = (ecosystem, name) => ({ ecosystem, name: name.trim() });
const none = (problem) => ({
    dependencies: [],
    runtimes: [],
    ...(problem ? { problem } : {}),
});
const keysOf = (value) => (value && typeof value === 'object' ? Object.keys(value) : []);
/** A PEP 508 requirement's project name: `fastapi[all]>=0.110 ; python_version>"3.8"` is fastapi. */
function pep508Name(line) {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
    return match?.[1]?.toLowerCase().replace(/_/g, '-');
}
function packageJson(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        return none(`not valid JSON: ${error.message}`);
    }
    const names = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((k) => keysOf(json[k]));
    const engines = json.engines;
    return {
        dependencies: [...new Set(names)].map((n) => dep('npm', n)),
        runtimes: engines?.bun ? ['Node.js', 'Bun'] : ['Node.js'],
    };
}
function requirementsTxt(text) {
    const names = text
        .split(/\r?\n/)
        .map((l) => l.replace(/#.*/, '').trim())
        .filter((l) => l !== '' && !l.startsWith('-'))
        .map(pep508Name)
        .filter((n) => Boolean(n));
    return { dependencies: names.map((n) => dep('pypi', n)), runtimes: ['Python'] };
}
function pyproject(text) {
    let toml;
    try {
        toml = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        return none(`not valid TOML: ${error.message.split('\n')[0]}`);
    }
    const project = (toml.project ?? {});
    const poetry = (toml.tool?.poetry ?? {});
    const optional = Object.values((project['optional-dependencies'] ?? {})).flat();
    const groups = Object.values((poetry.group ?? {})).flatMap((g) => keysOf(g.dependencies));
    const names = [
        ...(project.dependencies ?? []).map(pep508Name),
        ...optional.map(pep508Name),
        ...keysOf(poetry.dependencies).map((n) => n.toLowerCase()),
        ...keysOf(poetry['dev-dependencies']).map((n) => n.toLowerCase()),
        ...groups.map((n) => n.toLowerCase()),
    ].filter((n) => Boolean(n) && n !== 'python');
    return { dependencies: [...new Set(names)].map((n) => dep('pypi', n)), runtimes: ['Python'] };
}
function pipfile(text) {
    try {
        const toml = (0,dist/* parse */.qg)(text);
        const names = [...keysOf(toml.packages), ...keysOf(toml['dev-packages'])].map((n) => n.toLowerCase());
        return { dependencies: names.map((n) => dep('pypi', n)), runtimes: ['Python'] };
    }
    catch (error) {
        return none(`not valid TOML: ${error.message.split('\n')[0]}`);
    }
}
function goMod(text) {
    const names = [];
    let inBlock = false;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/\/\/.*/, '').trim();
        if (/^require\s*\($/.test(line))
            inBlock = true;
        else if (inBlock && line === ')')
            inBlock = false;
        else if (inBlock && line)
            names.push(line.split(/\s+/)[0] ?? '');
        else {
            const single = /^require\s+(\S+)\s+\S+/.exec(line);
            if (single?.[1])
                names.push(single[1]);
        }
    }
    return { dependencies: names.filter(Boolean).map((n) => dep('go', n)), runtimes: ['Go'] };
}
function cargoToml(text) {
    try {
        const toml = (0,dist/* parse */.qg)(text);
        const workspace = (toml.workspace ?? {});
        const names = [
            ...keysOf(toml.dependencies),
            ...keysOf(toml['dev-dependencies']),
            ...keysOf(workspace.dependencies),
        ];
        return { dependencies: [...new Set(names)].map((n) => dep('cargo', n)), runtimes: ['Rust'] };
    }
    catch (error) {
        return none(`not valid TOML: ${error.message.split('\n')[0]}`);
    }
}
function pomXml(text) {
    const names = [];
    for (const block of text.match(/<(dependency|plugin|parent)>[\s\S]*?<\/\1>/g) ?? []) {
        const group = /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(block)?.[1];
        const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(block)?.[1];
        if (artifact)
            names.push(group ? `${group}:${artifact}` : artifact);
    }
    return { dependencies: names.map((n) => dep('maven', n)), runtimes: ['Java'] };
}
function gradle(text, kotlin) {
    const names = [
        ...text.matchAll(/\b(?:implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|kapt|ksp|annotationProcessor|classpath)\s*\(?\s*["']([\w.-]+):([\w.-]+)(?::[^"']*)?["']/g),
    ].map((m) => `${m[1]}:${m[2]}`);
    const plugins = [...text.matchAll(/\bid\s*\(?\s*["']([\w.-]+)["']/g)].map((m) => m[1] ?? '');
    return {
        dependencies: [...names, ...plugins].filter(Boolean).map((n) => dep('maven', n)),
        runtimes: [kotlin || /kotlin/.test(text) ? 'Kotlin' : 'Java', 'Java'],
    };
}
function gemfile(text) {
    const names = [...text.matchAll(/^\s*gem\s+["']([\w.-]+)["']/gm)].map((m) => m[1] ?? '');
    return { dependencies: names.map((n) => dep('gem', n)), runtimes: ['Ruby'] };
}
function composerJson(text) {
    try {
        const json = JSON.parse(text);
        const names = [...keysOf(json.require), ...keysOf(json['require-dev'])].filter((n) => n !== 'php' && !n.startsWith('ext-'));
        return { dependencies: names.map((n) => dep('composer', n)), runtimes: ['PHP'] };
    }
    catch (error) {
        return none(`not valid JSON: ${error.message}`);
    }
}
function csproj(text) {
    const names = [...text.matchAll(/<PackageReference\s+Include\s*=\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
    const web = /Sdk\s*=\s*"Microsoft\.NET\.Sdk\.Web"/.test(text) ? ['Microsoft.AspNetCore'] : [];
    return { dependencies: [...names, ...web].map((n) => dep('nuget', n)), runtimes: ['.NET'] };
}
/** `FROM image[:tag] [AS name]` lines; stage names are not images. */
function dockerfile(text) {
    const stages = new Set();
    const images = [];
    for (const m of text.matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/gim)) {
        const image = m[1] ?? '';
        if (!stages.has(image.toLowerCase()) && image !== 'scratch')
            images.push(image);
        if (m[2])
            stages.add(m[2].toLowerCase());
    }
    return { dependencies: images.map((i) => dep('docker', imageName(i))), runtimes: [] };
}
/** `library/postgres:16-alpine` and `docker.io/postgres@sha256:...` are both postgres. */
function imageName(image) {
    const withoutTag = image.replace(/@.*$/, '').replace(/:[^/]*$/, '');
    const parts = withoutTag.split('/');
    if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? ''))
        parts.shift();
    if (parts[0] === 'library')
        parts.shift();
    return parts.join('/').toLowerCase();
}
function compose(text) {
    try {
        const doc = (0,yaml_dist/* parse */.qg)(text);
        const images = Object.values(doc?.services ?? {})
            .map((s) => s?.image)
            .filter((i) => typeof i === 'string');
        return { dependencies: images.map((i) => dep('docker', imageName(i))), runtimes: [] };
    }
    catch (error) {
        return none(`not valid YAML: ${error.message.split('\n')[0]}`);
    }
}
function workflow(text) {
    try {
        const doc = (0,yaml_dist/* parse */.qg)(text);
        const uses = Object.values(doc?.jobs ?? {}).flatMap((job) => (job?.steps ?? []).map((s) => s?.uses).filter((u) => typeof u === 'string'));
        return {
            dependencies: ['github-actions', ...uses.map((u) => u.replace(/@.*$/, '').toLowerCase())].map((n) => dep('action', n)),
            runtimes: [],
        };
    }
    catch (error) {
        return {
            dependencies: [dep('action', 'github-actions')],
            runtimes: [],
            problem: `not valid YAML: ${error.message.split('\n')[0]}`,
        };
    }
}
function terraform(text) {
    const providers = [
        ...[...text.matchAll(/^\s*provider\s+"([\w-]+)"/gm)].map((m) => m[1] ?? ''),
        ...[...text.matchAll(/source\s*=\s*"(?:[\w.-]+\/)?(?:[\w-]+)\/([\w-]+)"/g)].map((m) => m[1] ?? ''),
    ];
    const modules = /^\s*(resource|module|terraform)\s/m.test(text) ? ['terraform'] : [];
    return {
        dependencies: [...new Set([...modules, ...providers.filter(Boolean)])].map((n) => dep('terraform', n)),
        runtimes: [],
    };
}
/** The reader for a path, or undefined when it is not a manifest this analysis reads. */
function manifestReader(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name === 'package.json')
        return packageJson;
    if (/^requirements.*\.txt$/.test(name))
        return requirementsTxt;
    if (name === 'pyproject.toml')
        return pyproject;
    if (name === 'Pipfile')
        return pipfile;
    if (name === 'go.mod')
        return goMod;
    if (name === 'Cargo.toml')
        return cargoToml;
    if (name === 'pom.xml')
        return pomXml;
    if (name === 'build.gradle' || name === 'build.gradle.kts')
        return (text) => gradle(text, name.endsWith('.kts'));
    if (name === 'Gemfile')
        return gemfile;
    if (name === 'composer.json')
        return composerJson;
    if (name.endsWith('.csproj') || name.endsWith('.fsproj'))
        return csproj;
    if (name === 'Dockerfile' || name === 'Containerfile' || name.endsWith('.dockerfile') || /^Dockerfile\./.test(name))
        return dockerfile;
    if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(name))
        return compose;
    if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path))
        return workflow;
    if (name.endsWith('.tf'))
        return terraform;
    return undefined;
}

;// CONCATENATED MODULE: ./src/analysis/tech-rules.ts
const w = (name, match) => ({ name, category: 'web-framework', match });
const d = (name, match) => ({ name, category: 'datastore', match });
const q = (name, match) => ({ name, category: 'queue-cache', match });
const c = (name, match) => ({ name, category: 'cloud-infra', match });
const t = (name, match) => ({ name, category: 'test', match });
const ci = (name, match) => ({ name, category: 'ci', match });
const TECH_RULES = [
    // Web frameworks: servers
    w('Express', { npm: ['express'] }),
    w('Koa', { npm: ['koa'] }),
    w('Fastify', { npm: ['fastify'] }),
    w('Hono', { npm: ['hono'] }),
    w('NestJS', { npm: ['@nestjs/core', '@nestjs/common'] }),
    w('Hapi', { npm: ['@hapi/hapi', 'hapi'] }),
    w('AdonisJS', { npm: ['@adonisjs/core'] }),
    w('tRPC', { npm: ['@trpc/server'] }),
    w('Apollo Server', { npm: ['@apollo/server', 'apollo-server', 'apollo-server-express'] }),
    w('GraphQL Yoga', { npm: ['graphql-yoga'] }),
    w('Socket.IO', { npm: ['socket.io'] }),
    w('Elysia', { npm: ['elysia'] }),
    w('FastAPI', { pypi: ['fastapi'] }),
    w('Flask', { pypi: ['flask'] }),
    w('Django', { pypi: ['django'] }),
    w('Django REST framework', { pypi: ['djangorestframework'] }),
    w('Starlette', { pypi: ['starlette'] }),
    w('aiohttp', { pypi: ['aiohttp'] }),
    w('Tornado', { pypi: ['tornado'] }),
    w('Sanic', { pypi: ['sanic'] }),
    w('Pyramid', { pypi: ['pyramid'] }),
    w('Litestar', { pypi: ['litestar'] }),
    w('gin', { go: ['github.com/gin-gonic/gin'] }),
    w('echo', { go: ['github.com/labstack/echo', 'github.com/labstack/echo/v4'] }),
    w('chi', { go: ['github.com/go-chi/chi', 'github.com/go-chi/chi/v5'] }),
    w('Fiber', { go: ['github.com/gofiber/fiber/v2', 'github.com/gofiber/fiber/v3'] }),
    w('gorilla/mux', { go: ['github.com/gorilla/mux'] }),
    w('gRPC', {
        go: ['google.golang.org/grpc'],
        npm: ['@grpc/grpc-js'],
        pypi: ['grpcio'],
        maven: ['io.grpc:*'],
        cargo: ['tonic'],
    }),
    w('Actix Web', { cargo: ['actix-web'] }),
    w('Axum', { cargo: ['axum'] }),
    w('Rocket', { cargo: ['rocket'] }),
    w('Warp', { cargo: ['warp'] }),
    w('Spring Boot', { maven: ['org.springframework.boot:*', 'org.springframework.boot'] }),
    w('Spring Web', {
        maven: [
            'org.springframework.boot:spring-boot-starter-web',
            'org.springframework:spring-webmvc',
            'org.springframework.boot:spring-boot-starter-webflux',
        ],
    }),
    w('Quarkus', { maven: ['io.quarkus:*', 'io.quarkus'] }),
    w('Micronaut', { maven: ['io.micronaut:*', 'io.micronaut.application'] }),
    w('Ktor', { maven: ['io.ktor:*'] }),
    w('Ruby on Rails', { gem: ['rails'] }),
    w('Sinatra', { gem: ['sinatra'] }),
    w('Grape', { gem: ['grape'] }),
    w('Laravel', { composer: ['laravel/framework'] }),
    w('Symfony', { composer: ['symfony/framework-bundle', 'symfony/http-kernel'] }),
    w('Slim', { composer: ['slim/slim'] }),
    w('ASP.NET Core', { nuget: ['Microsoft.AspNetCore', 'Microsoft.AspNetCore.*'] }),
    // Web frameworks: front ends and full stack
    w('Next.js', { npm: ['next'] }),
    w('Nuxt', { npm: ['nuxt'] }),
    w('Remix', { npm: ['@remix-run/node', '@remix-run/react'] }),
    w('SvelteKit', { npm: ['@sveltejs/kit'] }),
    w('Astro', { npm: ['astro'] }),
    w('Gatsby', { npm: ['gatsby'] }),
    w('React', { npm: ['react'] }),
    w('Vue', { npm: ['vue'] }),
    w('Svelte', { npm: ['svelte'] }),
    w('Angular', { npm: ['@angular/core'] }),
    w('SolidJS', { npm: ['solid-js'] }),
    w('Preact', { npm: ['preact'] }),
    w('Vite', { npm: ['vite'] }),
    w('Tailwind CSS', { npm: ['tailwindcss'] }),
    w('React Native', { npm: ['react-native'] }),
    w('Electron', { npm: ['electron'] }),
    // Datastores, drivers and ORMs
    d('PostgreSQL', {
        npm: ['pg', 'postgres', '@neondatabase/serverless'],
        pypi: ['psycopg', 'psycopg2', 'psycopg2-binary', 'asyncpg'],
        go: ['github.com/lib/pq', 'github.com/jackc/pgx/v5', 'github.com/jackc/pgx/v4'],
        cargo: ['tokio-postgres', 'postgres'],
        maven: ['org.postgresql:postgresql'],
        gem: ['pg'],
        nuget: ['Npgsql', 'Npgsql.*'],
        docker: ['postgres', 'postgis/postgis', 'bitnami/postgresql'],
    }),
    d('MySQL', {
        npm: ['mysql', 'mysql2'],
        pypi: ['mysqlclient', 'pymysql', 'mysql-connector-python'],
        go: ['github.com/go-sql-driver/mysql'],
        maven: ['mysql:mysql-connector-java', 'com.mysql:mysql-connector-j'],
        gem: ['mysql2'],
        nuget: ['MySql.Data', 'MySqlConnector'],
        docker: ['mysql', 'bitnami/mysql'],
    }),
    d('MariaDB', { npm: ['mariadb'], maven: ['org.mariadb.jdbc:mariadb-java-client'], docker: ['mariadb'] }),
    d('SQLite', {
        npm: ['sqlite3', 'better-sqlite3', 'sqlite'],
        go: ['github.com/mattn/go-sqlite3', 'modernc.org/sqlite'],
        cargo: ['rusqlite'],
        gem: ['sqlite3'],
        maven: ['org.xerial:sqlite-jdbc'],
    }),
    d('MongoDB', {
        npm: ['mongodb', 'mongoose'],
        pypi: ['pymongo', 'motor', 'mongoengine'],
        go: ['go.mongodb.org/mongo-driver'],
        maven: ['org.mongodb:*'],
        cargo: ['mongodb'],
        gem: ['mongoid', 'mongo'],
        nuget: ['MongoDB.Driver'],
        docker: ['mongo', 'bitnami/mongodb'],
    }),
    d('Redis', {
        npm: ['redis', 'ioredis', '@upstash/redis'],
        pypi: ['redis'],
        go: ['github.com/redis/go-redis/v9', 'github.com/go-redis/redis/v8', 'github.com/gomodule/redigo'],
        cargo: ['redis'],
        maven: ['redis.clients:jedis', 'io.lettuce:lettuce-core'],
        gem: ['redis'],
        nuget: ['StackExchange.Redis'],
        docker: ['redis', 'redis/redis-stack', 'bitnami/redis', 'valkey/valkey'],
    }),
    d('Elasticsearch', {
        npm: ['@elastic/elasticsearch'],
        pypi: ['elasticsearch'],
        maven: ['co.elastic.clients:*'],
        docker: ['elasticsearch', 'elastic/elasticsearch', 'docker.elastic.co/elasticsearch/elasticsearch'],
    }),
    d('OpenSearch', {
        npm: ['@opensearch-project/opensearch'],
        pypi: ['opensearch-py'],
        docker: ['opensearchproject/opensearch'],
    }),
    d('Cassandra', { npm: ['cassandra-driver'], pypi: ['cassandra-driver'], docker: ['cassandra'] }),
    d('DynamoDB', { npm: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', 'dynamoose'], pypi: ['pynamodb'] }),
    d('ClickHouse', {
        npm: ['@clickhouse/client'],
        pypi: ['clickhouse-driver', 'clickhouse-connect'],
        docker: ['clickhouse/clickhouse-server', 'yandex/clickhouse-server'],
    }),
    d('Neo4j', { npm: ['neo4j-driver'], pypi: ['neo4j'], docker: ['neo4j'] }),
    d('CockroachDB', { docker: ['cockroachdb/cockroach'] }),
    d('InfluxDB', { npm: ['@influxdata/influxdb-client'], pypi: ['influxdb-client'], docker: ['influxdb'] }),
    d('Supabase', { npm: ['@supabase/supabase-js'], pypi: ['supabase'] }),
    d('Firebase', { npm: ['firebase', 'firebase-admin'], pypi: ['firebase-admin'] }),
    d('Prisma', { npm: ['prisma', '@prisma/client'] }),
    d('Drizzle ORM', { npm: ['drizzle-orm'] }),
    d('TypeORM', { npm: ['typeorm'] }),
    d('Sequelize', { npm: ['sequelize'] }),
    d('Knex', { npm: ['knex'] }),
    d('Kysely', { npm: ['kysely'] }),
    d('MikroORM', { npm: ['@mikro-orm/core'] }),
    d('SQLAlchemy', { pypi: ['sqlalchemy'] }),
    d('SQLModel', { pypi: ['sqlmodel'] }),
    d('Alembic', { pypi: ['alembic'] }),
    d('Peewee', { pypi: ['peewee'] }),
    d('Tortoise ORM', { pypi: ['tortoise-orm'] }),
    d('GORM', { go: ['gorm.io/gorm'] }),
    d('sqlx', { go: ['github.com/jmoiron/sqlx'], cargo: ['sqlx'] }),
    d('Diesel', { cargo: ['diesel'] }),
    d('SeaORM', { cargo: ['sea-orm'] }),
    d('Hibernate', { maven: ['org.hibernate:*', 'org.hibernate.orm:*'] }),
    d('Spring Data JPA', { maven: ['org.springframework.boot:spring-boot-starter-data-jpa'] }),
    d('Flyway', { maven: ['org.flywaydb:*'] }),
    d('Liquibase', { maven: ['org.liquibase:*'] }),
    d('Entity Framework Core', {
        nuget: [
            'Microsoft.EntityFrameworkCore',
            'Microsoft.EntityFrameworkCore.*',
            'Npgsql.EntityFrameworkCore.*',
            'Pomelo.EntityFrameworkCore.*',
        ],
    }),
    d('Doctrine', { composer: ['doctrine/orm', 'doctrine/dbal'] }),
    d('ActiveRecord', { gem: ['activerecord'] }),
    // Queues, streams and caches
    q('RabbitMQ', {
        npm: ['amqplib', 'amqp-connection-manager'],
        pypi: ['pika', 'aio-pika', 'kombu'],
        go: ['github.com/rabbitmq/amqp091-go', 'github.com/streadway/amqp'],
        maven: ['com.rabbitmq:amqp-client', 'org.springframework.boot:spring-boot-starter-amqp'],
        gem: ['bunny'],
        nuget: ['RabbitMQ.Client'],
        docker: ['rabbitmq', 'bitnami/rabbitmq'],
    }),
    q('Apache Kafka', {
        npm: ['kafkajs', '@confluentinc/kafka-javascript'],
        pypi: ['kafka-python', 'confluent-kafka', 'aiokafka'],
        go: [
            'github.com/segmentio/kafka-go',
            'github.com/IBM/sarama',
            'github.com/Shopify/sarama',
            'github.com/confluentinc/confluent-kafka-go/v2',
        ],
        cargo: ['rdkafka'],
        maven: ['org.apache.kafka:*', 'org.springframework.kafka:spring-kafka'],
        nuget: ['Confluent.Kafka'],
        docker: ['confluentinc/cp-kafka', 'bitnami/kafka', 'apache/kafka', 'redpandadata/redpanda'],
    }),
    q('NATS', {
        npm: ['nats'],
        pypi: ['nats-py'],
        go: ['github.com/nats-io/nats.go'],
        cargo: ['async-nats'],
        docker: ['nats'],
    }),
    q('MQTT', {
        npm: ['mqtt'],
        pypi: ['paho-mqtt'],
        go: ['github.com/eclipse/paho.mqtt.golang'],
        docker: ['eclipse-mosquitto', 'emqx/emqx'],
    }),
    q('BullMQ', { npm: ['bullmq', 'bull'] }),
    q('Celery', { pypi: ['celery'] }),
    q('RQ', { pypi: ['rq'] }),
    q('Dramatiq', { pypi: ['dramatiq'] }),
    q('Sidekiq', { gem: ['sidekiq'] }),
    q('Resque', { gem: ['resque'] }),
    q('Amazon SQS', { npm: ['@aws-sdk/client-sqs'] }),
    q('Amazon SNS', { npm: ['@aws-sdk/client-sns'] }),
    q('Google Cloud Pub/Sub', {
        npm: ['@google-cloud/pubsub'],
        pypi: ['google-cloud-pubsub'],
        go: ['cloud.google.com/go/pubsub'],
    }),
    q('Azure Service Bus', {
        npm: ['@azure/service-bus'],
        pypi: ['azure-servicebus'],
        nuget: ['Azure.Messaging.ServiceBus'],
    }),
    q('Memcached', { npm: ['memcached', 'memjs'], pypi: ['pymemcache', 'python-memcached'], docker: ['memcached'] }),
    q('Temporal', {
        npm: ['@temporalio/client', '@temporalio/worker'],
        pypi: ['temporalio'],
        go: ['go.temporal.io/sdk'],
        docker: ['temporalio/auto-setup', 'temporalio/server'],
    }),
    q('Hangfire', { nuget: ['Hangfire', 'Hangfire.*'] }),
    // Cloud and infrastructure
    c('AWS', {
        npm: ['aws-sdk', '@aws-sdk/*', 'aws-cdk-lib', 'aws-cdk'],
        pypi: ['boto3', 'botocore', 'aws-cdk-lib'],
        go: ['github.com/aws/aws-sdk-go', 'github.com/aws/aws-sdk-go-v2'],
        cargo: ['aws-sdk-*', 'aws-config'],
        maven: ['software.amazon.awssdk:*', 'com.amazonaws:*'],
        gem: ['aws-sdk', 'aws-sdk-*'],
        nuget: ['AWSSDK.*'],
        terraform: ['aws'],
        action: ['aws-actions/*'],
    }),
    c('Google Cloud', {
        npm: ['@google-cloud/*'],
        pypi: ['google-cloud-*'],
        go: ['cloud.google.com/go', 'cloud.google.com/go/*'],
        maven: ['com.google.cloud:*'],
        terraform: ['google', 'google-beta'],
        action: ['google-github-actions/*'],
    }),
    c('Azure', {
        npm: ['@azure/*'],
        pypi: ['azure-*'],
        nuget: ['Azure.*', 'Microsoft.Azure.*'],
        terraform: ['azurerm', 'azuread'],
        action: ['azure/*'],
    }),
    c('Cloudflare', {
        npm: ['wrangler', '@cloudflare/workers-types', '@cloudflare/*'],
        terraform: ['cloudflare'],
        action: ['cloudflare/wrangler-action'],
    }),
    c('Vercel', { npm: ['vercel', '@vercel/*'] }),
    c('Netlify', { npm: ['netlify-cli', '@netlify/functions'] }),
    c('Heroku', { terraform: ['heroku'] }),
    c('DigitalOcean', { terraform: ['digitalocean'] }),
    c('Fly.io', { action: ['superfly/flyctl-actions', 'superfly/flyctl-actions/setup-flyctl'] }),
    c('Docker', { docker: ['*'], action: ['docker/*'] }),
    c('Kubernetes', {
        npm: ['@kubernetes/client-node'],
        pypi: ['kubernetes'],
        go: ['k8s.io/client-go'],
        terraform: ['kubernetes'],
        action: ['azure/k8s-deploy', 'azure/setup-kubectl'],
    }),
    c('Helm', { terraform: ['helm'], action: ['azure/setup-helm'] }),
    c('Terraform', { terraform: ['terraform'], action: ['hashicorp/setup-terraform'] }),
    c('Pulumi', {
        npm: ['@pulumi/pulumi'],
        pypi: ['pulumi'],
        go: ['github.com/pulumi/pulumi/sdk/v3'],
        action: ['pulumi/actions'],
    }),
    c('Serverless Framework', { npm: ['serverless'] }),
    c('AWS Lambda', {
        npm: ['@types/aws-lambda', 'aws-lambda'],
        pypi: ['aws-lambda-powertools'],
        go: ['github.com/aws/aws-lambda-go'],
    }),
    c('Nginx', { docker: ['nginx', 'nginxinc/nginx-unprivileged'] }),
    c('Traefik', { docker: ['traefik'] }),
    c('Caddy', { docker: ['caddy'] }),
    c('HashiCorp Vault', {
        npm: ['node-vault'],
        pypi: ['hvac'],
        go: ['github.com/hashicorp/vault/api'],
        terraform: ['vault'],
        docker: ['hashicorp/vault', 'vault'],
    }),
    c('Consul', {
        go: ['github.com/hashicorp/consul/api'],
        terraform: ['consul'],
        docker: ['hashicorp/consul', 'consul'],
    }),
    c('MinIO', {
        npm: ['minio'],
        pypi: ['minio'],
        go: ['github.com/minio/minio-go/v7'],
        docker: ['minio/minio', 'bitnami/minio'],
    }),
    c('LocalStack', { docker: ['localstack/localstack'] }),
    c('OpenTelemetry', {
        npm: ['@opentelemetry/*'],
        pypi: ['opentelemetry-*'],
        go: ['go.opentelemetry.io/otel'],
        maven: ['io.opentelemetry:*'],
        docker: ['otel/opentelemetry-collector', 'otel/opentelemetry-collector-contrib'],
    }),
    c('Prometheus', {
        npm: ['prom-client'],
        pypi: ['prometheus-client'],
        go: ['github.com/prometheus/client_golang'],
        maven: ['io.micrometer:micrometer-registry-prometheus'],
        docker: ['prom/prometheus'],
    }),
    c('Grafana', { docker: ['grafana/grafana', 'grafana/grafana-oss'] }),
    c('Sentry', {
        npm: ['@sentry/node', '@sentry/react', '@sentry/nextjs', '@sentry/*'],
        pypi: ['sentry-sdk'],
        go: ['github.com/getsentry/sentry-go'],
        gem: ['sentry-ruby'],
        nuget: ['Sentry', 'Sentry.*'],
    }),
    c('Datadog', {
        npm: ['dd-trace'],
        pypi: ['ddtrace', 'datadog'],
        go: ['gopkg.in/DataDog/dd-trace-go.v1'],
        terraform: ['datadog'],
        docker: ['datadog/agent'],
    }),
    c('Stripe', {
        npm: ['stripe'],
        pypi: ['stripe'],
        go: ['github.com/stripe/stripe-go/v76', 'github.com/stripe/stripe-go/v78'],
        gem: ['stripe'],
        composer: ['stripe/stripe-php'],
        nuget: ['Stripe.net'],
    }),
    c('Auth0', { npm: ['auth0', '@auth0/*'], pypi: ['auth0-python'] }),
    c('OpenAI API', { npm: ['openai'], pypi: ['openai'], go: ['github.com/sashabaranov/go-openai'] }),
    c('Anthropic API', { npm: ['@anthropic-ai/sdk'], pypi: ['anthropic'] }),
    c('GitHub API', {
        npm: ['@octokit/rest', '@octokit/core', '@actions/github', 'octokit'],
        pypi: ['pygithub'],
        go: ['github.com/google/go-github/v60'],
    }),
    c('Twilio', { npm: ['twilio'], pypi: ['twilio'] }),
    c('SendGrid', { npm: ['@sendgrid/mail'], pypi: ['sendgrid'] }),
    // Test tools
    t('Jest', { npm: ['jest', 'ts-jest'] }),
    t('Vitest', { npm: ['vitest'] }),
    t('Mocha', { npm: ['mocha'] }),
    t('Jasmine', { npm: ['jasmine'] }),
    t('AVA', { npm: ['ava'] }),
    t('Playwright', {
        npm: ['@playwright/test', 'playwright', 'playwright-core'],
        pypi: ['playwright', 'pytest-playwright'],
    }),
    t('Cypress', { npm: ['cypress'] }),
    t('Puppeteer', { npm: ['puppeteer', 'puppeteer-core'] }),
    t('Testing Library', { npm: ['@testing-library/*'] }),
    t('Storybook', { npm: ['storybook', '@storybook/*'] }),
    t('Supertest', { npm: ['supertest'] }),
    t('MSW', { npm: ['msw'] }),
    t('Testcontainers', {
        npm: ['testcontainers', '@testcontainers/*'],
        pypi: ['testcontainers'],
        go: ['github.com/testcontainers/testcontainers-go'],
        maven: ['org.testcontainers:*'],
        nuget: ['Testcontainers', 'Testcontainers.*'],
    }),
    t('pytest', { pypi: ['pytest', 'pytest-*'] }),
    t('Hypothesis', { pypi: ['hypothesis'] }),
    t('tox', { pypi: ['tox'] }),
    t('Locust', { pypi: ['locust'] }),
    t('testify', { go: ['github.com/stretchr/testify'] }),
    t('Ginkgo', { go: ['github.com/onsi/ginkgo/v2', 'github.com/onsi/gomega'] }),
    t('JUnit', { maven: ['junit:junit', 'org.junit.jupiter:*', 'org.junit:junit-bom'] }),
    t('Mockito', { maven: ['org.mockito:*'] }),
    t('AssertJ', { maven: ['org.assertj:*'] }),
    t('RSpec', { gem: ['rspec', 'rspec-rails'] }),
    t('Minitest', { gem: ['minitest'] }),
    t('Capybara', { gem: ['capybara'] }),
    t('PHPUnit', { composer: ['phpunit/phpunit'] }),
    t('Pest', { composer: ['pestphp/pest'] }),
    t('xUnit', { nuget: ['xunit', 'xunit.*'] }),
    t('NUnit', { nuget: ['NUnit', 'NUnit3TestAdapter'] }),
    t('k6', { npm: ['k6'], docker: ['grafana/k6'] }),
    t('proptest', { cargo: ['proptest'] }),
    t('criterion', { cargo: ['criterion'] }),
    // CI
    ci('GitHub Actions', { action: ['github-actions'] }),
    ci('Codecov', { action: ['codecov/codecov-action'] }),
    ci('Dependabot', { action: ['dependabot/fetch-metadata'] }),
    ci('semantic-release', { npm: ['semantic-release'] }),
    ci('Changesets', { npm: ['@changesets/cli'], action: ['changesets/action'] }),
    ci('Husky', { npm: ['husky'] }),
    ci('ESLint', { npm: ['eslint'] }),
    ci('Prettier', { npm: ['prettier'] }),
    ci('Biome', { npm: ['@biomejs/biome'] }),
    ci('Ruff', { pypi: ['ruff'] }),
    ci('Black', { pypi: ['black'] }),
    ci('mypy', { pypi: ['mypy'] }),
    ci('golangci-lint', { action: ['golangci/golangci-lint-action'] }),
    ci('RuboCop', { gem: ['rubocop', 'rubocop-*'] }),
];

;// CONCATENATED MODULE: ./src/analysis/tech-stack.ts


const CATEGORY_ORDER = [
    'runtime',
    'web-framework',
    'datastore',
    'queue-cache',
    'cloud-infra',
    'test',
    'ci',
];
/** Rule patterns indexed by ecosystem: exact names in a map, `*` prefixes in a list. */
const exact = new Map();
const prefixes = [];
for (const rule of TECH_RULES) {
    for (const [ecosystem, patterns] of Object.entries(rule.match)) {
        for (const pattern of patterns) {
            if (pattern.endsWith('*'))
                prefixes.push({ ecosystem, prefix: pattern.slice(0, -1).toLowerCase(), rule });
            else {
                const key = `${ecosystem}:${pattern.toLowerCase()}`;
                exact.set(key, [...(exact.get(key) ?? []), rule]);
            }
        }
    }
}
function rulesFor(dependency) {
    const name = dependency.name.toLowerCase();
    return [
        ...(exact.get(`${dependency.ecosystem}:${name}`) ?? []),
        ...prefixes.filter((p) => p.ecosystem === dependency.ecosystem && name.startsWith(p.prefix)).map((p) => p.rule),
    ];
}
/** Whether a path is a manifest this analysis reads. */
const isManifest = (path) => manifestReader(path) !== undefined;
/**
 * The technology stack shown by the manifests among `files` (path and text): each technology
 * once, with every manifest that showed it. Manifests under node_modules or vendor are ignored.
 * Sorted by category, then name. Pure.
 */
function detectStack(files) {
    const found = new Map();
    const unparsed = [];
    const note = (name, category, path) => {
        const entry = found.get(name) ?? { rule: { name, category }, evidence: new Set() };
        entry.evidence.add(path);
        found.set(name, entry);
    };
    for (const file of files) {
        if (file.content === null || /(^|\/)(node_modules|vendor|third_party)\//.test(file.path))
            continue;
        const reader = manifestReader(file.path);
        if (!reader)
            continue;
        const reading = reader(file.content);
        if (reading.problem)
            unparsed.push({ path: file.path, problem: reading.problem });
        for (const runtime of reading.runtimes)
            note(runtime, 'runtime', file.path);
        for (const dependency of reading.dependencies) {
            for (const rule of rulesFor(dependency))
                note(rule.name, rule.category, file.path);
        }
    }
    const technologies = [...found.values()]
        .map(({ rule, evidence }) => ({ name: rule.name, category: rule.category, evidence: [...evidence].sort() }))
        .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { technologies, unparsed: unparsed.sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/commit-files.ts
var commit_files = __webpack_require__(1125);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/pull-requests.ts
var pull_requests = __webpack_require__(2139);
// EXTERNAL MODULE: ./src/publish/pull-request-branch.ts
var pull_request_branch = __webpack_require__(377);
// EXTERNAL MODULE: ./src/output/atomic-file.ts
var atomic_file = __webpack_require__(2791);
// EXTERNAL MODULE: ./src/receiver-client/socs.ts
var socs = __webpack_require__(7615);
// EXTERNAL MODULE: ./src/runtime/repository-identity.ts
var repository_identity = __webpack_require__(9329);
// EXTERNAL MODULE: ./src/scan/file-set.ts + 3 modules
var file_set = __webpack_require__(7950);
// EXTERNAL MODULE: ./src/scan/ignore-rules.ts
var ignore_rules = __webpack_require__(6817);
// EXTERNAL MODULE: ./src/scan/read-entry.ts + 1 modules
var read_entry = __webpack_require__(4863);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/commands/soc/dispatch-event.ts

/** Reads the dispatch payload from GITHUB_EVENT_PATH when the run was started by one; {} otherwise. */
function readDispatchRequest(env, read = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    if (env.GITHUB_EVENT_NAME !== 'repository_dispatch' || !env.GITHUB_EVENT_PATH)
        return {};
    try {
        const event = JSON.parse(read(env.GITHUB_EVENT_PATH));
        if (event.action !== 'dardocs-soc-regenerate')
            return {};
        const payload = event.client_payload ?? {};
        return {
            ...(typeof payload.socId === 'string' ? { socId: payload.socId } : {}),
            ...(typeof payload.regenerationId === 'string' ? { regenerationId: payload.regenerationId } : {}),
        };
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./src/commands/soc/part.ts
const CATEGORY_TITLES = {
    runtime: 'Language runtimes',
    'web-framework': 'Web frameworks',
    datastore: 'Datastores',
    'queue-cache': 'Queues and caches',
    'cloud-infra': 'Cloud and infrastructure',
    test: 'Test tools',
    ci: 'CI and tooling',
};
const SHAPES = {
    service: (id, t) => `${id}["${t}"]`,
    datastore: (id, t) => `${id}[("${t}")]`,
    queue: (id, t) => `${id}[["${t}"]]`,
    external: (id, t) => `${id}(["${t}"])`,
    client: (id, t) => `${id}>"${t}"]`,
};
const cell = (text) => text.replace(/\|/g, '\\|');
/** This repository's flowchart on its own (the receiver draws the combined one). Pure. */
function renderMermaid(graph) {
    const label = (text) => text.replace(/"/g, '#quot;');
    const lines = ['flowchart LR', ...graph.nodes.map((n) => `  ${SHAPES[n.kind](n.id, label(n.label))}`)];
    for (const e of graph.edges)
        lines.push(`  ${e.from} ${e.label ? `-->|"${label(e.label)}"|` : '-->'} ${e.to}`);
    return lines.join('\n');
}
function contributorLines(c) {
    const out = ['', `## Contributors (${c.windowDays} days${c.windowEnd ? ` to ${c.windowEnd}` : ''})`, ''];
    if (c.shallow)
        out.push('_This is a shallow clone: counts cover only the history it has. Check out with `fetch-depth: 0` for all of it._', '');
    if (c.contributors.length === 0)
        out.push('No commit in the window.');
    else
        out.push('| name | commits | last active |', '| --- | ---: | --- |', ...c.contributors.map((p) => `| ${cell(p.name)}${p.bot ? ' (bot)' : ''} | ${p.commits} | ${p.lastActive} |`));
    return out;
}
/** The Markdown half of the part: deterministic, no timestamps beyond the history window's end. Pure. */
function renderPartMarkdown(a, options = {}) {
    const out = [`# ${a.repository}`, ''];
    const top = a.languages.slice(0, 3).map((l) => `${l.language} ${l.percent}%`);
    out.push(`${a.files} files${a.commitSha && !options.forRepository ? ` at \`${a.commitSha.slice(0, 12)}\`` : ''}${top.length ? `; mostly ${top.join(', ')}` : ''}.`, '');
    out.push('## Languages', '');
    if (a.languages.length === 0)
        out.push('No programming or markup language found.');
    else
        out.push('| language | share | files |', '| --- | ---: | ---: |', ...a.languages.map((l) => `| ${l.language} | ${l.percent}% | ${l.files} |`));
    out.push('', '## Technology stack', '');
    if (a.stack.technologies.length === 0)
        out.push('No manifest names a known technology.');
    for (const category of Object.keys(CATEGORY_TITLES)) {
        const found = a.stack.technologies.filter((t) => t.category === category);
        if (found.length === 0)
            continue;
        out.push(`### ${CATEGORY_TITLES[category]}`, '', ...found.map((t) => `- ${t.name} (${t.evidence.map((e) => `\`${e}\``).join(', ')})`), '');
    }
    if (a.stack.unparsed.length > 0)
        out.push(`Manifests that could not be read: ${a.stack.unparsed.map((u) => `\`${u.path}\` (${u.problem})`).join('; ')}.`, '');
    out.push(`## HTTP API (${a.routes.routes.length} ${a.routes.routes.length === 1 ? 'route' : 'routes'})`, '');
    if (a.routes.routes.length === 0)
        out.push('No HTTP route found.');
    else
        out.push('| method | path | where |', '| --- | --- | --- |', ...a.routes.routes.map((r) => `| ${r.method} | \`${cell(r.path)}\` | \`${cell(r.file)}:${r.line}\` |`));
    out.push('', `Frameworks recognised: ${a.routes.frameworks.join(', ') || 'none'}.`);
    if (a.routes.unparsed.length > 0)
        out.push(`Files that could not be parsed: ${a.routes.unparsed.map((u) => `\`${u.path}\``).join(', ')}.`);
    // The copy committed into the repository leaves out what every commit changes (the commit id,
    // contributor activity); otherwise merging its pull request would make it stale at once.
    if (!options.forRepository)
        out.push(...contributorLines(a.contributors));
    out.push('', '## Structure', '', '| directory | files | role |', '| --- | ---: | --- |', ...a.structure.directories.map((d) => `| \`${cell(d.path)}/\` | ${d.files} | ${d.role} |`));
    out.push('', `${a.structure.rootFiles} files at the root.${a.structure.entryPoints.length ? ` Entry points: ${a.structure.entryPoints.map((e) => `\`${e}\``).join(', ')}.` : ''}`);
    out.push('', '## Diagram', '', '```mermaid', renderMermaid(a.graph), '```', '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/inputs/fields.ts
var fields = __webpack_require__(2996);
;// CONCATENATED MODULE: ./src/commands/soc/settings.ts


const schema = schemas/* object */.Ikc({
    cwd: (0,fields/* text */.Qq)(),
    'receiver-url': (0,fields/* url */.OZ)(),
    'receiver-api-key': (0,fields/* optionalText */.mR)(),
    'soc-id': (0,fields/* optionalText */.mR)(),
    'regeneration-id': (0,fields/* optionalText */.mR)(),
    repository: (0,fields/* ownerRepo */.QH)(),
    output: (0,fields/* optionalText */.mR)(),
    exclude: (0,fields/* list */.p_)(),
    'max-file-size': (0,fields/* integer */.nd)({ min: 0, unit: 'bytes' }),
    'window-days': (0,fields/* integer */.nd)({ min: 1, max: 3650, unit: 'days' }),
    commit: schemas/* enum */.k5n(['', 'pr'], { error: (issue) => `must be pr or empty for soc, got '${String(issue.input)}'` }),
    base: (0,fields/* optionalText */.mR)(),
    'github-token': (0,fields/* optionalText */.mR)(),
})
    .superRefine((v, ctx) => {
    if (v.commit === 'pr' && !v['github-token'])
        ctx.addIssue({
            code: 'custom',
            path: ['github-token'],
            message: 'is required with commit: pr (to open the pull request)',
        });
    if (v['receiver-url'] && !v['receiver-api-key'])
        ctx.addIssue({ code: 'custom', path: ['receiver-api-key'], message: 'is required when receiver-url is set' });
})
    .transform((v) => ({
    cwd: v.cwd === '' ? '.' : v.cwd,
    receiverUrl: v['receiver-url'],
    receiverApiKey: v['receiver-api-key'],
    socId: v['soc-id'],
    regenerationId: v['regeneration-id'],
    repository: v.repository,
    output: v.output,
    exclude: v.exclude,
    maxFileSize: v['max-file-size'],
    windowDays: v['window-days'],
    commit: v.commit === 'pr' ? 'pr' : undefined,
    base: v.base,
    githubToken: v['github-token'],
}));
function parseSocSettings(values) {
    return (0,fields/* parseWith */.Ku)(schema, values);
}

;// CONCATENATED MODULE: ./src/commands/soc/index.ts






















/** Where `commit: pr` puts the part when `output` does not say. */
const DEFAULT_PART_PATH = 'docs/system-overview.md';
/** Writes the part into the repository through a pull request (the machinery `docs` uses too). */
async function proposePart(options) {
    const { root, settings, deps } = options;
    const path = (0,external_node_path_.relative)(root, options.partPath).split('\\').join('/');
    if (path.startsWith('..')) {
        throw new errors/* InputError */.dz('output', `with commit: pr the part must be inside the repository, and ${options.partPath} is not`);
    }
    const head = await (0,git_repository/* headCommit */.Qo)(root);
    if (!head)
        throw new errors/* InputError */.dz('commit', 'commit: pr needs a repository with at least one commit');
    const pushed = deps.env.GITHUB_REF?.startsWith('refs/heads/') ? deps.env.GITHUB_REF_NAME : undefined;
    const base = settings.base ?? pushed ?? (await (0,git_repository/* currentBranch */.eR)(root));
    if (!base)
        throw new errors/* InputError */.dz('base', 'HEAD is detached and no branch was pushed: set base.');
    const token = settings.githubToken ?? '';
    const octokit = (0,client/* createGithubClient */.zZ)({ token, apiUrl: deps.env.GITHUB_API_URL, log: deps.log });
    const repository = `${options.repository.owner}/${options.repository.name}`;
    return (0,pull_request_branch/* proposeOnBranch */.m)({
        cwd: root,
        base,
        baseSha: head,
        branch: `dardocs/soc-${base}`,
        changes: async (read) => ((await read(path)) === options.markdown ? [] : [{ path, content: options.markdown }]),
        message: `docs: update the system overview of ${repository}\n\nDardocs-Update: true\n`,
        title: `docs: update the system overview of ${repository}`,
        body: `The System Overview Chart part of ${repository} (\`${path}\`), regenerated by dardocs soc from ${head.slice(0, 12)}.`,
        identity: commit_files/* ACTIONS_BOT */.aX,
        auth: { token },
        pulls: new pull_requests/* PullRequests */.u(octokit, options.repository.owner, options.repository.name),
        log: deps.log,
    });
}
/** Files whose text the analysers read; for the rest, their size is enough (and the first line, for a shebang). */
const NEEDS_TEXT = /\.(m?[jt]sx?|cjs|py|go)$/;
/**
 * Analyses this repository into its part of a System Overview Chart and delivers it: to the
 * receiver (carrying the regeneration it answers), to a file, and to the job summary.
 */
async function run(settings, deps) {
    const { log, env } = deps;
    const root = (0,external_node_path_.resolve)(deps.workdir, settings.cwd);
    const dispatch = readDispatchRequest(env);
    const socId = settings.socId ?? dispatch.socId;
    const regenerationId = settings.regenerationId ?? dispatch.regenerationId;
    if (!settings.output && !settings.receiverUrl && !settings.commit) {
        throw new errors/* InputError */.dz('output', "Nowhere to send the part: set 'receiver-url' (with 'soc-id'), 'output' (a file), or 'commit: pr' (a pull request).");
    }
    if (settings.receiverUrl && !socId) {
        throw new errors/* InputError */.dz('soc-id', "Input 'soc-id' is required with receiver-url (or run from the receiver's repository_dispatch, which carries it).");
    }
    const outputPath = settings.output ? (0,external_node_path_.resolve)(deps.workdir, settings.output) : undefined;
    const exclude = new ignore_rules/* IgnoreRules */.w0();
    exclude.add('', settings.exclude.join('\n'));
    const partPath = outputPath ?? (settings.commit ? (0,external_node_path_.resolve)(root, DEFAULT_PART_PATH) : undefined);
    if (partPath) {
        const inside = (0,external_node_path_.relative)(root, partPath).split('\\').join('/');
        if (!inside.startsWith('..'))
            exclude.add('', `/${inside}`);
    }
    const { location, fileSet } = await (0,file_set/* listFileSet */.x)(root, exclude, log);
    const identity = (0,repository_identity/* resolveRepository */.BN)({
        input: settings.repository,
        env,
        originUrl: location ? await (0,git_repository/* originUrl */.sH)(root) : undefined,
        dirName: (0,external_node_path_.basename)(location?.topLevel ?? root),
    });
    const repository = `${identity.owner}/${identity.name}`;
    const analysis = await log.group('Analyse', async () => {
        const files = [];
        for (const candidate of fileSet.candidates) {
            const entry = (0,read_entry/* readEntry */.hB)(candidate, {
                root,
                maxFileSize: settings.maxFileSize,
                objectFormat: fileSet.objectFormat,
            });
            if (entry.type !== 'file')
                continue;
            const keep = entry.content !== null &&
                (isManifest(entry.path) || NEEDS_TEXT.test(entry.path) || entry.path.endsWith('package.json'));
            const content = keep
                ? entry.content
                : entry.content?.startsWith('#!')
                    ? entry.content.slice(0, entry.content.indexOf('\n') + 1 || 200)
                    : null;
            files.push({ path: entry.path, size: entry.size, content });
        }
        const stack = detectStack(files);
        const routes = findRoutes(files);
        const result = {
            repository,
            commitSha: location ? ((await (0,git_repository/* headCommit */.Qo)(root)) ?? null) : null,
            files: files.length,
            languages: languageShares(files),
            stack,
            routes,
            contributors: location
                ? await analyzeContributors(root, settings.windowDays)
                : { windowDays: settings.windowDays, windowEnd: null, contributors: [], shallow: false },
            structure: analyzeStructure(files),
            graph: deriveGraph(identity.name, stack.technologies),
        };
        log.info(`${result.files} files: ${result.languages.length} languages, ${stack.technologies.length} technologies, ${routes.routes.length} routes, ${result.contributors.contributors.length} contributors`);
        if (result.contributors.shallow)
            log.warning('this is a shallow clone, so contributors cover only part of the history; use fetch-depth: 0');
        return result;
    });
    const markdown = renderPartMarkdown(analysis);
    const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : null;
    if (outputPath) {
        const file = new atomic_file/* AtomicFile */.A(outputPath);
        file.write(outputPath.endsWith('.md') ? markdown : `${JSON.stringify({ ...analysis, markdown }, null, 2)}\n`);
        file.commit();
        log.info(`wrote ${outputPath}`);
    }
    let delivered;
    if (settings.receiverUrl && settings.receiverApiKey && socId) {
        delivered = await log.group(`Send the part to SOC ${socId}`, async () => {
            const client = new socs/* SocClient */.n(settings.receiverUrl, settings.receiverApiKey, deps.fetch);
            const { graph, ...rest } = analysis;
            const answer = await client.putPart(socId, repository, {
                analysis: { ...rest, graph },
                markdown,
                commitSha: analysis.commitSha,
                regenerationId: regenerationId ?? null,
                runUrl,
            });
            log.info(`the receiver ${answer.changed ? `stored version ${answer.version}` : `kept version ${answer.version} (nothing changed)`}${regenerationId ? `; answered regeneration ${regenerationId}` : ''}`);
            return answer;
        });
    }
    let proposal;
    if (settings.commit === 'pr') {
        proposal = await log.group('Propose the part as a pull request', () => proposePart({
            root,
            partPath: partPath,
            markdown: renderPartMarkdown(analysis, { forRepository: true }),
            repository: identity,
            settings,
            deps,
        }));
    }
    return {
        outputs: {
            changed: String(proposal?.changed ?? false),
            'pull-request-number': proposal?.pullRequest ? String(proposal.pullRequest.number) : '',
            'pull-request-url': proposal?.pullRequest?.url ?? '',
            delivered: String(delivered !== undefined),
            version: delivered?.version === null || delivered === undefined ? '' : String(delivered.version),
            'regeneration-id': regenerationId ?? '',
            'part-path': outputPath ?? '',
            'route-count': String(analysis.routes.routes.length),
            'technology-count': String(analysis.stack.technologies.length),
        },
        summary: {
            title: `dardocs soc: ${repository}`,
            facts: [
                ['Repository', repository],
                ['Commit', analysis.commitSha ?? '(none)'],
                ['Files', String(analysis.files)],
                ['Languages', analysis.languages.map((l) => `${l.language} ${l.percent}%`).join(', ') || 'none'],
                ['Technologies', String(analysis.stack.technologies.length)],
                [
                    'HTTP routes',
                    `${analysis.routes.routes.length} (${analysis.routes.frameworks.join(', ') || 'no framework recognised'})`,
                ],
                [
                    'Contributors',
                    `${analysis.contributors.contributors.length} in ${analysis.contributors.windowDays} days${analysis.contributors.shallow ? ' (shallow clone: partial)' : ''}`,
                ],
                [
                    'Sent to',
                    delivered
                        ? `SOC ${socId}: version ${delivered.version}${delivered.changed ? '' : ' (unchanged)'}`
                        : 'no receiver',
                ],
                ...(regenerationId ? [['Regeneration', regenerationId]] : []),
                ...(outputPath ? [['Written to', outputPath]] : []),
                ...(proposal
                    ? [
                        [
                            'Pull request',
                            proposal.pullRequest
                                ? `#${proposal.pullRequest.number} ${proposal.pullRequest.url}${proposal.changed ? '' : ' (unchanged)'}`
                                : 'none: the repository already holds this part',
                        ],
                    ]
                    : []),
            ],
            notes: [markdown],
        },
    };
}


/***/ }),

/***/ 7615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ SocClient)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

class SocClient {
    apiKey;
    fetchImpl;
    base;
    constructor(receiverUrl, apiKey, fetchImpl = globalThis.fetch) {
        this.apiKey = apiKey;
        this.fetchImpl = fetchImpl;
        this.base = receiverUrl.endsWith('/') ? receiverUrl : `${receiverUrl}/`;
    }
    url(path) {
        return new URL(path.replace(/^\//, ''), this.base).toString();
    }
    async request(method, path, headers = {}) {
        const response = await this.fetchImpl(this.url(path), {
            method,
            headers: { authorization: `Bearer ${this.apiKey}`, accept: 'application/json', ...headers },
            signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        let body = text;
        try {
            body = JSON.parse(text);
        }
        catch {
            // not JSON: keep the text for the error message
        }
        return { status: response.status, body, headers: response.headers };
    }
    fail(status, body, what) {
        const message = body?.error?.message ??
            (typeof body === 'string' ? body.slice(0, 300) : '');
        const hint = status === 401
            ? ' Check receiver-api-key: it must be a live dardocs_ key of this receiver.'
            : status === 403
                ? ' The key needs the soc:regenerate scope (soc:read is enough to follow a run).'
                : status === 404
                    ? ' Check soc-id: GET /api/socs on the receiver lists the SOCs this key can see.'
                    : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DardocsError */ .d9('DELIVERY_REJECTED', `${what}: the receiver answered ${status}${message ? ` (${message})` : ''}.${hint}`, { details: { status } });
    }
    async startRegeneration(socId, idempotencyKey) {
        const { status, body, headers } = await this.request('POST', `api/socs/${encodeURIComponent(socId)}/regenerate`, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {});
        if (status === 202)
            return { kind: 'started', regenerationId: body.regenerationId };
        if (status === 429) {
            const error = body
                .error;
            return {
                kind: 'in-progress',
                regenerationId: error.details.regenerationId,
                retryAfterS: Number(headers.get('retry-after') ?? error.details.retryAfterS),
                message: error.message,
            };
        }
        return this.fail(status, body, `Starting a regeneration of SOC ${socId}`);
    }
    async status(socId, regenerationId) {
        const { status, body } = await this.request('GET', `api/socs/${encodeURIComponent(socId)}/regenerate/${encodeURIComponent(regenerationId)}`);
        if (status !== 200)
            return this.fail(status, body, `Reading regeneration ${regenerationId}`);
        return body;
    }
    /** Sends this repository's part; the receiver recomposes the document and answers its version. */
    async putPart(socId, repository, part) {
        const [owner = '', name = ''] = repository.split('/');
        const response = await this.fetchImpl(this.url(`api/socs/${encodeURIComponent(socId)}/parts/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`), {
            method: 'PUT',
            headers: {
                authorization: `Bearer ${this.apiKey}`,
                'content-type': 'application/json',
                accept: 'application/json',
            },
            body: JSON.stringify(part),
            signal: AbortSignal.timeout(60_000),
        });
        const text = await response.text();
        let body = text;
        try {
            body = JSON.parse(text);
        }
        catch {
            // keep the text for the error message
        }
        if (response.status !== 200)
            return this.fail(response.status, body, `Sending the part of ${repository} to SOC ${socId}`);
        return body;
    }
    /** The document's current version, or undefined when no repository has reported yet. */
    async documentVersion(socId) {
        const { status, body } = await this.request('GET', `api/socs/${encodeURIComponent(socId)}/document?format=json`);
        if (status === 404)
            return undefined;
        if (status !== 200)
            return this.fail(status, body, `Reading the document of SOC ${socId}`);
        return body.version;
    }
}


/***/ }),

/***/ 7950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ listFileSet)
});

// EXTERNAL MODULE: ./src/git/repository.ts
var repository = __webpack_require__(5986);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/scan/ignore-rules.ts
var ignore_rules = __webpack_require__(6817);
;// CONCATENATED MODULE: ./src/scan/dardocs-ignore.ts



/**
 * Builds the .dardocsignore/.docoraignore rules for a scan: the files found in the file set (each
 * scoped to its directory, skipped when an outer rule already excludes it, as git does), plus those
 * in directories between the repository's top level and the scan root.
 */
function loadDardocsIgnore(root, paths, above, readText = (file) => (0,external_node_fs_.readFileSync)(file, 'utf8')) {
    const rules = new ignore_rules/* IgnoreRules */.w0();
    const files = [];
    if (above) {
        const rootFromTop = (0,external_node_path_.relative)(above.topLevel, root).split('\\').join('/');
        const segments = rootFromTop === '' ? [] : rootFromTop.split('/');
        for (let i = 0; i < segments.length; i++) {
            const dir = (0,external_node_path_.join)(above.topLevel, ...segments.slice(0, i));
            const outerPrefix = `${segments.slice(i).join('/')}/`;
            for (const name of ignore_rules/* DARDOCS_IGNORE_FILES */.Wj) {
                const text = tryRead((0,external_node_path_.join)(dir, name), readText);
                if (text !== undefined)
                    rules.add('', text, outerPrefix);
            }
        }
    }
    const ruleFiles = paths
        .filter((p) => (0,ignore_rules/* isIgnoreFileName */.u5)(p.slice(p.lastIndexOf('/') + 1)))
        .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
    for (const file of ruleFiles) {
        if (rules.ignores(file))
            continue;
        const text = tryRead((0,external_node_path_.join)(root, file), readText);
        if (text === undefined)
            continue;
        const slash = file.lastIndexOf('/');
        rules.add(slash < 0 ? '' : file.slice(0, slash), text);
        files.push(file);
    }
    return { rules, files };
}
function tryRead(file, readText) {
    try {
        return readText(file);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/scan/types.ts
var types = __webpack_require__(1184);
;// CONCATENATED MODULE: ./src/scan/git-file-set.ts




/**
 * The working tree exactly as git counts it: tracked files (minus those deleted from the working
 * tree) plus untracked files that no .gitignore, info/exclude or global excludes file ignores.
 * Git is asked rather than imitated, since the `ignore` package and git disagree on some patterns.
 */
async function gitFileSet(root, location, exclude) {
    const [index, untracked, changes] = await Promise.all([(0,repository/* listIndex */.VH)(root), (0,repository/* listUntracked */.c7)(root), (0,repository/* worktreeChanges */.rV)(root)]);
    const candidates = new Map();
    for (const entry of index) {
        const status = changes.get(entry.path);
        if (status === 'D')
            continue;
        if (entry.stage !== 0 || candidates.has(entry.path)) {
            // An unmerged path has several stages: the working-tree file is what there is.
            candidates.set(entry.path, { path: entry.path, kind: 'unknown', tracked: true });
            continue;
        }
        if (entry.mode === '160000') {
            candidates.set(entry.path, { path: entry.path, kind: 'submodule', commit: entry.sha, tracked: true });
            continue;
        }
        const kind = status === 'T' ? 'unknown' : entry.mode === '120000' ? 'symlink' : 'file';
        const unchanged = status === undefined;
        candidates.set(entry.path, {
            path: entry.path,
            kind,
            tracked: true,
            ...(unchanged ? { indexSha: entry.sha } : {}),
        });
    }
    for (const path of untracked) {
        if (path.endsWith('/')) {
            // A nested repository that is not a registered submodule: git lists it as a directory; report the commit it is at.
            const dir = path.slice(0, -1);
            candidates.set(dir, { path: dir, kind: 'submodule', commit: (await (0,repository/* headCommit */.Qo)((0,external_node_path_.join)(root, dir))) ?? null });
        }
        else {
            candidates.set(path, { path, kind: 'unknown' });
        }
    }
    const all = [...candidates.values()];
    const { rules, files } = loadDardocsIgnore(root, all.map((c) => c.path), location.prefix === '' ? undefined : location);
    const excludes = (path) => rules.ignores(path) || exclude.ignores(path);
    const kept = all.filter((c) => !excludes(c.path)).sort(types/* byPath */.f);
    const needsHash = kept.filter((c) => c.indexSha === undefined && c.kind !== 'submodule' && c.kind !== 'symlink');
    const hasAttributes = kept.some((c) => c.path === '.gitattributes' || c.path.endsWith('/.gitattributes'));
    if (needsHash.length > 0 && (await (0,repository/* mayFilterContent */.tA)(root, hasAttributes))) {
        const ids = await (0,repository/* hashObjects */.l$)(root, needsHash.map((c) => c.path));
        for (const c of needsHash) {
            const id = ids.get(c.path);
            if (id)
                c.gitSha = id;
        }
    }
    return {
        source: 'git',
        candidates: kept,
        objectFormat: location.objectFormat,
        excludedCount: all.length - kept.length,
        excludes,
        ignoreFiles: files,
    };
}

;// CONCATENATED MODULE: ./src/scan/walk-file-set.ts




/**
 * The file set of a directory that is not in a git repository: a walk that applies .gitignore
 * files with gitignore semantics (through `ignore`) plus .dardocsignore/.docoraignore, pruning an
 * ignored directory instead of walking into it. Links are listed, never followed, so a link loop
 * cannot trap the walk.
 */
function walkFileSet(root, exclude) {
    const gitignore = new ignore_rules/* IgnoreRules */.w0();
    const dardocs = new ignore_rules/* IgnoreRules */.w0();
    const ignoreFiles = [];
    const candidates = [];
    let excludedCount = 0;
    const excluded = (path) => gitignore.ignores(path) || dardocs.ignores(path) || exclude.ignores(path);
    const visit = (dirPath, rel) => {
        const readRules = (name, rules) => {
            try {
                rules.add(rel, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dirPath, name), 'utf8'));
                return true;
            }
            catch {
                return false;
            }
        };
        readRules('.gitignore', gitignore);
        for (const name of ignore_rules/* DARDOCS_IGNORE_FILES */.Wj)
            if (readRules(name, dardocs))
                ignoreFiles.push(rel ? `${rel}/${name}` : name);
        let dir;
        try {
            dir = (0,external_node_fs_.opendirSync)(dirPath);
        }
        catch {
            if (rel !== '')
                candidates.push({ path: rel, kind: 'unknown' });
            return;
        }
        const children = [];
        for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
            children.push({ name: entry.name, isDir: entry.isDirectory(), isLink: entry.isSymbolicLink() });
        }
        dir.closeSync();
        for (const child of children) {
            if (child.name === '.git')
                continue;
            const path = rel === '' ? child.name : `${rel}/${child.name}`;
            if (child.isDir) {
                if (excluded(`${path}/`)) {
                    excludedCount++;
                    continue;
                }
                visit((0,external_node_path_.join)(dirPath, child.name), path);
            }
            else if (excluded(path)) {
                excludedCount++;
            }
            else {
                candidates.push({ path, kind: child.isLink ? 'symlink' : 'unknown' });
            }
        }
    };
    visit(root, '');
    candidates.sort(types/* byPath */.f);
    const excludes = (path) => dardocs.ignores(path) || exclude.ignores(path);
    return { source: 'walk', candidates, objectFormat: 'sha1', excludedCount, excludes, ignoreFiles };
}

;// CONCATENATED MODULE: ./src/scan/file-set.ts



/** The file set of a root, from git when it is in a repository, else from a .gitignore-aware walk; logged in a group. */
async function listFileSet(root, exclude, log) {
    const location = await (0,repository/* locateRepository */.ZX)(root);
    const fileSet = await log.group('List files', async () => {
        const set = location ? await gitFileSet(root, location, exclude) : walkFileSet(root, exclude);
        log.info(location
            ? `git lists ${set.candidates.length} entries under ${root} (${set.excludedCount} left out by .dardocsignore/exclude)`
            : `${root} is not in a git repository: walked it applying .gitignore files; ${set.candidates.length} entries`);
        if (set.ignoreFiles.length > 0)
            log.info(`ignore files applied: ${set.ignoreFiles.join(', ')}`);
        return set;
    });
    return { location, fileSet };
}


/***/ }),

/***/ 6817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wj: () => (/* binding */ DARDOCS_IGNORE_FILES),
/* harmony export */   u5: () => (/* binding */ isIgnoreFileName),
/* harmony export */   w0: () => (/* binding */ IgnoreRules)
/* harmony export */ });
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_0__);

class IgnoreRules {
    layers = [];
    get size() {
        return this.layers.length;
    }
    /** Adds a rule file's text. `dir` is relative to the scan root; '' with `outerPrefix` for files above it. */
    add(dir, text, outerPrefix = '') {
        this.layers.push({ dir, outerPrefix, matcher: ignore__WEBPACK_IMPORTED_MODULE_0___default()({ allowRelativePaths: true }).add(text) });
        // Outer and shallower first, so the deepest decision is the last one taken.
        this.layers.sort((a, b) => depth(a) - depth(b));
    }
    /** Whether `path` (relative to the scan root; directories end with '/') is excluded. */
    ignores(path) {
        let ignored = false;
        for (const layer of this.layers) {
            if (layer.dir !== '' && !path.startsWith(`${layer.dir}/`))
                continue;
            const relative = layer.outerPrefix + (layer.dir === '' ? path : path.slice(layer.dir.length + 1));
            if (relative === '' || relative === '/')
                continue;
            const verdict = layer.matcher.test(relative);
            if (verdict.ignored)
                ignored = true;
            else if (verdict.unignored)
                ignored = false;
        }
        return ignored;
    }
}
function depth(layer) {
    if (layer.dir === '')
        return -layer.outerPrefix.split('/').length;
    return layer.dir.split('/').length;
}
const DARDOCS_IGNORE_FILES = ['.dardocsignore', '.docoraignore'];
function isIgnoreFileName(name) {
    return DARDOCS_IGNORE_FILES.includes(name);
}


/***/ }),

/***/ 4863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hB: () => (/* binding */ readEntry),
  yn: () => (/* binding */ realFileSystem)
});

// UNUSED EXPORTS: isBinary

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/scan/blob-id.ts


/** Git's object id of a blob: the hash of `blob <size>\0<bytes>` (SHA-1, or SHA-256 in a sha256 repository). */
function blobId(bytes, format = 'sha1') {
    return blobHasher(bytes.length, format).update(bytes).digest('hex');
}
function blobHasher(size, format) {
    return (0,external_node_crypto_.createHash)(format).update(`blob ${size}\0`);
}
/** The blob id of a file read in 1 MiB chunks, so a 100 MB file costs 1 MiB of memory. */
function blobIdOfFile(file, size, format = 'sha1') {
    const hash = blobHasher(size, format);
    const chunk = Buffer.allocUnsafe(Math.min(size, 1 << 20) || 1);
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        let total = 0;
        for (let n = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, null); n > 0; n = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, null)) {
            hash.update(n === chunk.length ? chunk : chunk.subarray(0, n));
            total += n;
        }
        if (total !== size)
            throw new Error(`file changed size while it was read (${size} then ${total} bytes)`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/scan/read-entry.ts




// O_NONBLOCK: opening a FIFO must not wait for a writer; it has no effect on regular files.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
const realFileSystem = {
    openNoFollow(path) {
        try {
            return (0,external_node_fs_.openSync)(path, OPEN_FLAGS);
        }
        catch (error) {
            if (error.code === 'ELOOP')
                return undefined;
            throw error;
        }
    },
    fstat: (fd) => (0,external_node_fs_.fstatSync)(fd),
    read(fd, size) {
        const buffer = Buffer.allocUnsafe(size);
        let total = 0;
        while (total < size) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, total, size - total, total);
            if (n === 0)
                break;
            total += n;
        }
        return total === size ? buffer : buffer.subarray(0, total);
    },
    close: (fd) => (0,external_node_fs_.closeSync)(fd),
    readlink: (path) => (0,external_node_fs_.readlinkSync)(path, { encoding: 'buffer' }),
};
const SNIFF_BYTES = 8192;
/** Binary as git and most tools judge it: a NUL byte in the first 8 KiB, or bytes that are not UTF-8. */
function isBinary(bytes) {
    const head = bytes.length > SNIFF_BYTES ? bytes.subarray(0, SNIFF_BYTES) : bytes;
    return head.includes(0) || !(0,external_node_buffer_.isUtf8)(bytes);
}
/**
 * Reads one candidate into a snapshot entry. Synchronous on purpose: for tens of thousands of small
 * files a plain read is several times faster than the thread-pool round trips of fs/promises, and
 * the caller yields to the event loop between entries. Never throws for a file's own trouble: an
 * unreadable file becomes an entry with `skipped: "unreadable"` and a note.
 */
function readEntry(candidate, options, fs = realFileSystem, notes = []) {
    const { path } = candidate;
    if (candidate.kind === 'submodule') {
        return { path, type: 'submodule', sha: candidate.commit ?? null, size: 0, content: null };
    }
    const absolute = options.openPrefix === undefined ? (0,external_node_path_.join)(options.root, path) : options.openPrefix + path;
    // One open, one fstat, one read: no lstat for regular files, which is most of them.
    let fd;
    try {
        fd = fs.openNoFollow(absolute);
    }
    catch (error) {
        return unreadable(candidate, 'file', notes, error);
    }
    if (fd === undefined)
        return readLink(candidate, absolute, options, fs, notes);
    let size = 0;
    try {
        const stats = fs.fstat(fd);
        size = stats.size;
        if (!stats.isFile()) {
            notes.push({ path, message: 'not a regular file (a directory, FIFO or socket), listed without content' });
            return { path, type: 'file', sha: candidate.indexSha ?? null, size: 0, content: null, skipped: 'unreadable' };
        }
        const known = candidate.indexSha ?? candidate.gitSha;
        if (size > options.maxFileSize) {
            const sha = known ?? blobIdOfFile(absolute, size, options.objectFormat);
            return { path, type: 'file', sha, size, content: null, skipped: 'too-large' };
        }
        const bytes = fs.read(fd, size);
        const sha = known ?? blobId(bytes, options.objectFormat);
        if (isBinary(bytes))
            return { path, type: 'file', sha, size: bytes.length, content: null, skipped: 'binary' };
        return { path, type: 'file', sha, size: bytes.length, content: bytes.toString('utf8') };
    }
    catch (error) {
        return unreadable(candidate, 'file', notes, error, size);
    }
    finally {
        fs.close(fd);
    }
}
function readLink(candidate, absolute, options, fs, notes) {
    let target;
    try {
        target = fs.readlink(absolute);
    }
    catch (error) {
        return unreadable(candidate, 'symlink', notes, error);
    }
    // Git stores a link as a blob holding its target text.
    const sha = candidate.indexSha ?? blobId(target, options.objectFormat);
    const text = target.toString('utf8');
    const landing = (0,external_node_path_.relative)(options.root, (0,external_node_path_.resolve)((0,external_node_path_.dirname)(absolute), text));
    const inside = !(0,external_node_path_.isAbsolute)(text) && landing !== '..' && !landing.startsWith('../') && !(0,external_node_path_.isAbsolute)(landing);
    const base = { path: candidate.path, type: 'symlink', sha, size: target.length, content: null };
    if (!inside)
        return { ...base, skipped: 'outside-root', target: null };
    return { ...base, target: text };
}
function unreadable(candidate, type, notes, error, size = 0) {
    const code = error?.code;
    notes.push({ path: candidate.path, message: `could not be read (${code ?? String(error)}), listed without content` });
    return { path: candidate.path, type, sha: candidate.indexSha ?? null, size, content: null, skipped: 'unreadable' };
}


/***/ }),

/***/ 1184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ byPath)
/* harmony export */ });
const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;


/***/ })

};
