export const id = 753;
export const ids = [753];
export const modules = {

/***/ 9753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_DOC_FILES: () => (/* binding */ DEFAULT_DOC_FILES),
  baseBranch: () => (/* binding */ baseBranch),
  parseSettings: () => (/* reexport */ parseDocsSettings),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/exec-git.ts
var exec_git = __webpack_require__(3474);
// EXTERNAL MODULE: ./src/git/repository.ts
var git_repository = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/runtime/repository-identity.ts
var repository_identity = __webpack_require__(9329);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/commands/docs/config.ts



/** `.dardocs.yml`: which code maps to which documentation section, and which files are documentation. */
const mapping = schemas/* object */.Ikc({
    code: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)]),
    doc: schemas/* string */.YjP().min(1),
    section: schemas/* string */.YjP().min(1),
})
    .strict();
const schema = schemas/* object */.Ikc({
    'doc-files': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).nullish(),
    mappings: schemas/* array */.YOg(mapping).nullish(),
    infer: schemas/* boolean */.zMY().nullish(),
    /** Code paths that never trigger a rewrite (generated code, lock files). */
    ignore: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).nullish(),
})
    .strict();
const EMPTY_CONFIG = { docFiles: undefined, mappings: [], infer: undefined, ignore: [] };
function configError(file, line, message) {
    return new src_errors/* DardocsError */.d9('DOCS_CONFIG_INVALID', `${file}${line ? `:${line}` : ''}: ${message}`, {
        details: { file, line },
    });
}
/** The YAML node at a zod issue path, to name its line. */
function nodeAt(root, path) {
    let node = root;
    let found = node;
    for (const key of path) {
        if ((0,dist/* isMap */.jh)(node))
            node = node.get(key, true);
        else if ((0,dist/* isSeq */.oP)(node))
            node = node.get(key, true);
        else
            break;
        if (node)
            found = node;
    }
    return found;
}
/** Parses and validates the config; every error names the file and line and says what is expected there. */
function parseDocsConfig(source, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(source, { lineCounter, prettyErrors: false });
    const yamlError = document.errors[0];
    if (yamlError) {
        const line = yamlError.linePos?.[0]?.line;
        throw configError(file, line, `not valid YAML: ${yamlError.message.split('\n')[0]}`);
    }
    const parsed = schema.safeParse(document.toJS() ?? {});
    if (!parsed.success) {
        // An unknown key usually explains a missing one (a typo), so it is reported first.
        const issues = parsed.error.issues;
        const issue = (issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]);
        const node = nodeAt(document.contents, issue.path);
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
        const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
        const message = missing ? 'is required' : issue.message;
        const hint = issue.code === 'unrecognized_keys'
            ? ` (known keys: ${issue.path.length === 0 ? 'doc-files, mappings, infer, ignore' : 'code, doc, section'})`
            : '';
        throw configError(file, line, `${where}${message}${hint}`);
    }
    const mappingsNode = (0,dist/* isMap */.jh)(document.contents) ? document.contents.get('mappings', true) : undefined;
    return {
        docFiles: parsed.data['doc-files'] ?? undefined,
        infer: parsed.data.infer ?? undefined,
        ignore: parsed.data.ignore ?? [],
        mappings: (parsed.data.mappings ?? []).map((m, index) => {
            const node = (0,dist/* isSeq */.oP)(mappingsNode) ? mappingsNode.get(index, true) : undefined;
            return {
                code: Array.isArray(m.code) ? m.code : [m.code],
                doc: m.doc,
                section: m.section,
                line: node?.range ? lineCounter.linePos(node.range[0]).line : 0,
            };
        }),
    };
}
/** The commented starting config `dardocs docs init` writes, listing the documentation it found. */
function renderInitialConfig(docFiles, headings) {
    const lines = [
        '# dardocs docs: which code changes rewrite which documentation sections.',
        '# A push that changes files matching `code` asks the LLM to update `section` of `doc`.',
        '# Sections can also be bound in the Markdown itself:',
        '#   <!-- dardocs:section id=api paths="src/api/**" --> ... <!-- dardocs:end -->',
        '',
        '# Documentation files (globs). Commits that touch only these are never rewritten from.',
        'doc-files:',
        ...(docFiles.length > 0 ? docFiles : ['README.md', 'docs/**/*.md']).map((f) => `  - ${JSON.stringify(f)}`),
        '',
        '# Code paths that never trigger a rewrite.',
        'ignore:',
        '  - "**/*.lock"',
        '  - "package-lock.json"',
        '',
        '# Let the LLM pick a section when no mapping or marker covers a changed file (one extra call per push).',
        'infer: false',
        '',
        'mappings:',
    ];
    if (headings.length === 0)
        lines.push('  []');
    for (const { doc, section } of headings) {
        lines.push(`  # - code: "src/**"`, `  #   doc: ${JSON.stringify(doc)}`, `  #   section: ${JSON.stringify(section)}`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/output/atomic-file.ts
var atomic_file = __webpack_require__(2791);
;// CONCATENATED MODULE: ./src/commands/docs/hooks.ts




/** Git hooks that run `dardocs docs` in the background after commits, merges and rewrites (seed 004 §4.8). */
const HOOKS = ['post-commit', 'post-merge', 'post-rewrite'];
const MARK = '# dardocs-hook';
const BACKUP = '.dardocs-backup';
const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
async function hooksDir(ctx) {
    const run = await (0,exec_git/* execGit */.I)(['rev-parse', '--git-path', 'hooks'], { cwd: ctx.root });
    return (0,external_node_path_.resolve)(ctx.root, run.stdout.toString('utf8').trim());
}
/** The command a hook runs: this CLI as it was started, unless DARDOCS_HOOK_COMMAND says otherwise. */
function cliCommand(ctx) {
    return (ctx.deps.env.DARDOCS_HOOK_COMMAND ??
        `${shellQuote(process.execPath)} ${shellQuote((0,external_node_path_.resolve)(process.argv[1] ?? 'dardocs'))}`);
}
function hookScript(hook, command, mode) {
    return [
        '#!/bin/sh',
        MARK,
        '# Installed by `dardocs docs enable-hook`; `dardocs docs disable-hook` removes it and restores the earlier hook.',
        `backup="$(dirname "$0")/${hook}${BACKUP}"`,
        'if [ -x "$backup" ]; then "$backup" "$@" || exit $?; fi',
        '# A run already under way holds the lock; the new one exits at once. Output goes to .git/dardocs/hook.log.',
        'log="$(git rev-parse --absolute-git-dir)/dardocs/hook.log"',
        'mkdir -p "$(dirname "$log")"',
        `(${command} docs --mode ${mode} >>"$log" 2>&1 &)`,
        'exit 0',
        '',
    ].join('\n');
}
async function enableHooks(ctx) {
    const dir = await hooksDir(ctx);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const mode = ctx.settings.mode === 'pr' ? 'commit' : ctx.settings.mode;
    const rows = [];
    for (const hook of HOOKS) {
        const path = (0,external_node_path_.join)(dir, hook);
        let note = 'installed';
        if ((0,external_node_fs_.existsSync)(path) && !(0,external_node_fs_.readFileSync)(path, 'utf8').includes(MARK)) {
            (0,external_node_fs_.renameSync)(path, `${path}${BACKUP}`);
            note = `installed; the earlier hook was kept as ${hook}${BACKUP} and still runs first`;
        }
        const file = new atomic_file/* AtomicFile */.A(path);
        file.write(hookScript(hook, cliCommand(ctx), mode));
        file.commit();
        (0,external_node_fs_.chmodSync)(path, 0o755);
        rows.push([hook, note]);
        ctx.deps.log.info(`${hook}: ${note}`);
    }
    return {
        outputs: {},
        summary: {
            title: 'dardocs docs enable-hook',
            facts: [
                ['Hooks', dir],
                ['Runs', `dardocs docs --mode ${mode} in the background`],
            ],
            tables: [{ caption: 'Hooks', headers: ['Hook', 'Result'], rows }],
        },
    };
}
async function disableHooks(ctx) {
    const dir = await hooksDir(ctx);
    const rows = [];
    for (const hook of HOOKS) {
        const path = (0,external_node_path_.join)(dir, hook);
        const ours = (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.readFileSync)(path, 'utf8').includes(MARK);
        let note = 'not installed';
        if (ours) {
            (0,external_node_fs_.rmSync)(path);
            note = 'removed';
            if ((0,external_node_fs_.existsSync)(`${path}${BACKUP}`)) {
                (0,external_node_fs_.renameSync)(`${path}${BACKUP}`, path);
                note = 'removed; the earlier hook is restored';
            }
        }
        else if ((0,external_node_fs_.existsSync)(path))
            note = 'left alone (not installed by dardocs)';
        rows.push([hook, note]);
        ctx.deps.log.info(`${hook}: ${note}`);
    }
    return {
        outputs: {},
        summary: {
            title: 'dardocs docs disable-hook',
            facts: [['Hooks', dir]],
            tables: [{ caption: 'Hooks', headers: ['Hook', 'Result'], rows }],
        },
    };
}

// EXTERNAL MODULE: ./node_modules/github-slugger/index.js + 1 modules
var github_slugger = __webpack_require__(2710);
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 44 modules
var lib = __webpack_require__(8353);
// EXTERNAL MODULE: ./node_modules/mdast-util-frontmatter/lib/index.js
var mdast_util_frontmatter_lib = __webpack_require__(8494);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm/lib/index.js + 11 modules
var mdast_util_gfm_lib = __webpack_require__(8881);
// EXTERNAL MODULE: ./node_modules/mdast-util-to-string/lib/index.js
var mdast_util_to_string_lib = __webpack_require__(1869);
// EXTERNAL MODULE: ./node_modules/micromark-extension-frontmatter/lib/syntax.js
var syntax = __webpack_require__(796);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm/index.js + 7 modules
var micromark_extension_gfm = __webpack_require__(2297);
;// CONCATENATED MODULE: ./src/markdown/outline.ts






function parseMarkdown(text) {
    return (0,lib/* fromMarkdown */.Y)(text, {
        extensions: [(0,micromark_extension_gfm/* gfm */.T)(), (0,syntax/* frontmatter */.v)(['yaml', 'toml'])],
        mdastExtensions: [(0,mdast_util_gfm_lib/* gfmFromMarkdown */.C)(), (0,mdast_util_frontmatter_lib/* frontmatterFromMarkdown */.q)(['yaml', 'toml'])],
    });
}
const MARKER = /^<!--\s*dardocs:(section|end)\b([\s\S]*?)-->$/;
const ATTRIBUTE = /([a-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g;
function markerAttributes(source) {
    const attributes = {};
    for (const match of source.matchAll(ATTRIBUTE)) {
        attributes[match[1]] = match[2] ?? match[3] ?? match[4] ?? '';
    }
    return attributes;
}
/**
 * Headings and marker comments in document order. Code blocks, inline code and front matter are
 * opaque to the parser, so a `#` line or a marker inside them is not reported; HTML comments
 * nested in lists or block quotes are.
 */
function outline(text) {
    const items = [];
    // micromark drops a byte order mark before it counts offsets; count it back in.
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const visit = (node) => {
        const start = node.position?.start.offset === undefined ? undefined : node.position.start.offset + bom;
        const end = node.position?.end.offset === undefined ? undefined : node.position.end.offset + bom;
        if (node.type === 'heading' && start !== undefined && end !== undefined) {
            items.push({
                kind: 'heading',
                depth: node.depth,
                title: (0,mdast_util_to_string_lib/* toString */.d)(node).trim(),
                start,
                end,
                line: node.position?.start.line ?? 0,
            });
            return;
        }
        if (node.type === 'html' && start !== undefined && end !== undefined) {
            const match = MARKER.exec(node.value.trim());
            if (match) {
                const attributes = markerAttributes(match[2] ?? '');
                items.push({
                    kind: 'marker',
                    role: match[1],
                    id: attributes.id ?? null,
                    paths: (attributes.paths ?? '')
                        .split(/[\s,]+/)
                        .map((p) => p.trim())
                        .filter((p) => p !== ''),
                    start,
                    end,
                    line: node.position?.start.line ?? 0,
                });
            }
            return;
        }
        if ('children' in node)
            for (const child of node.children)
                visit(child);
    };
    visit(parseMarkdown(text));
    return items;
}

;// CONCATENATED MODULE: ./src/markdown/sections.ts



function structureError(file, line, message) {
    return new src_errors/* DardocsError */.d9('DOCS_MARKDOWN_INVALID', `${file}:${line}: ${message}`, { details: { file, line } });
}
/**
 * Sections of a Markdown document. Unpaired or duplicate markers are an error naming the file and
 * line, since guessing where a block ends could rewrite text the author meant to keep.
 */
function documentSections(text, file) {
    const items = outline(text);
    const headings = items.filter((i) => i.kind === 'heading');
    const markers = items.filter((i) => i.kind === 'marker');
    // Pair ends with the nearest open marker (blocks may nest); an open marker left unpaired binds
    // the heading right after it.
    const blocks = [];
    const stack = [];
    for (const marker of markers) {
        if (marker.role === 'section') {
            if (!marker.id)
                throw structureError(file, marker.line, 'dardocs:section marker has no id="..."');
            stack.push(marker);
            continue;
        }
        const open = stack.pop();
        if (!open)
            throw structureError(file, marker.line, 'dardocs:end has no dardocs:section before it');
        blocks.push({ open, close: marker });
    }
    const bindings = new Map();
    for (const open of stack) {
        const next = headings.find((h) => h.start >= open.end);
        if (!next || text.slice(open.end, next.start).trim() !== '') {
            throw structureError(file, open.line, `dardocs:section id=${open.id} has no dardocs:end and is not right before a heading`);
        }
        bindings.set(next, open);
    }
    const sections = [];
    const seenMarkerIds = new Map();
    const claimId = (id, line) => {
        const earlier = seenMarkerIds.get(id);
        if (earlier !== undefined)
            throw structureError(file, line, `duplicate section id "${id}" (also on line ${earlier})`);
        seenMarkerIds.set(id, line);
    };
    for (const { open, close } of blocks) {
        claimId(open.id, open.line);
        sections.push({
            id: open.id,
            kind: 'marker',
            title: open.id,
            depth: 0,
            line: open.line,
            start: open.start,
            bodyStart: open.end,
            bodyEnd: close.start,
            paths: open.paths,
            markerId: open.id,
        });
    }
    const slugger = new github_slugger/* default */.A();
    headings.forEach((heading, index) => {
        const slug = slugger.slug(heading.title);
        // The section ends at the next heading of the same or higher level, or where an enclosing
        // marker block closes, whichever comes first.
        let bodyEnd = text.length;
        for (const next of headings.slice(index + 1)) {
            if (next.depth <= heading.depth) {
                bodyEnd = next.start;
                break;
            }
        }
        for (const { open, close } of blocks) {
            if (open.end <= heading.start && heading.start < close.start)
                bodyEnd = Math.min(bodyEnd, close.start);
        }
        // A marker that binds a later heading belongs to that heading, not to the end of this body.
        for (const [bound, marker] of bindings) {
            if (bound !== heading && marker.start >= heading.end && bound.start <= bodyEnd && bound.depth <= heading.depth)
                bodyEnd = Math.min(bodyEnd, marker.start);
        }
        // A block that opens inside this body and closes after it belongs to what follows.
        for (const { open, close } of blocks) {
            if (open.start >= heading.end && open.start < bodyEnd && close.start >= bodyEnd)
                bodyEnd = open.start;
        }
        const marker = bindings.get(heading);
        if (marker)
            claimId(marker.id, marker.line);
        sections.push({
            id: marker?.id ?? slug,
            kind: 'heading',
            title: heading.title,
            depth: heading.depth,
            line: heading.line,
            start: marker?.start ?? heading.start,
            bodyStart: heading.end,
            bodyEnd: Math.max(bodyEnd, heading.end),
            paths: marker?.paths ?? [],
            markerId: marker?.id ?? null,
        });
    });
    sections.sort((a, b) => a.start - b.start || b.bodyEnd - a.bodyEnd);
    return { sections, headings };
}
/** Finds the section a mapping names: a marker id, a heading anchor, or heading text (case-insensitive). */
function findSection(sections, name) {
    const wanted = name.trim();
    const lower = wanted.toLowerCase().replace(/^#+\s*/, '');
    return (sections.find((s) => s.markerId === wanted) ??
        sections.find((s) => s.kind === 'heading' && s.title.toLowerCase() === lower) ??
        sections.find((s) => s.id === wanted));
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/git/history.ts
var git_history = __webpack_require__(528);
;// CONCATENATED MODULE: ./src/commands/docs/plan.ts



/**
 * The plan phase (seed 004 §11.1): which commits to process and which documentation sections
 * each one makes stale, with the reason each was chosen. Pure and deterministic: commits, changed
 * files, the docs' sections and the config in; the plan out.
 */
const UPDATE_TRAILER = 'Dardocs-Update';
const DOC_EXTENSIONS = /\.(md|mdx|markdown|rst|adoc|txt)$/i;
function matcher(globs) {
    if (globs.length === 0)
        return () => false;
    return picomatch_default()(globs, { dot: true });
}
function buildPlan(input) {
    const warnings = new Set();
    const isDoc = matcher(input.docGlobs);
    const isIgnored = matcher(input.config.ignore);
    const mappingRules = input.config.mappings.map((m) => ({ mapping: m, matches: matcher(m.code) }));
    const markerRules = [...input.docs.values()].flatMap((doc) => doc
        ? doc.sections.filter((s) => s.paths.length > 0).map((s) => ({ doc, section: s, matches: matcher(s.paths) }))
        : []);
    // Resolve each mapping's section once; a missing doc or a renamed heading is a warning naming the mapping.
    const resolved = mappingRules.map(({ mapping, matches }) => {
        const where = `mapping at ${input.configFile}:${mapping.line}`;
        const doc = input.docs.get(mapping.doc);
        if (!doc) {
            return {
                mapping,
                matches,
                section: undefined,
                problem: `${where}: ${mapping.doc} does not exist; the mapping is skipped`,
            };
        }
        const section = findSection(doc.sections, mapping.section);
        if (!section) {
            const known = doc.sections
                .filter((s) => s.kind === 'heading')
                .map((s) => `"${s.title}"`)
                .slice(0, 12)
                .join(', ');
            return {
                mapping,
                matches,
                doc,
                section: undefined,
                problem: `${where}: ${mapping.doc} has no section "${mapping.section}" (was the heading renamed? headings there: ${known || 'none'}); the mapping is skipped`,
            };
        }
        return { mapping, matches, doc, section, problem: undefined };
    });
    const commits = input.commits.map(({ commit, files }) => {
        const planned = (skip, targets = [], unmapped = []) => ({
            commit,
            files,
            skip,
            targets,
            unmapped,
        });
        if ((0,git_history/* hasTrailer */.Eu)(commit.message, UPDATE_TRAILER, 'true'))
            return planned("dardocs' own documentation commit");
        if (files.length === 0)
            return planned('changes no files');
        const paths = files.map((f) => f.path);
        const code = paths.filter((p) => !isDoc(p) && !DOC_EXTENSIONS.test(p));
        if (code.length === 0)
            return planned('touches only documentation');
        const relevant = code.filter((p) => !isIgnored(p));
        if (relevant.length === 0)
            return planned('changes only ignored paths');
        const targets = new Map();
        const add = (doc, section, strategy, file, rule) => {
            const key = `${doc.file}#${section.id}`;
            const target = targets.get(key) ?? {
                docFile: doc.file,
                sectionId: section.id,
                title: section.title,
                line: section.line,
                strategy,
                reason: '',
                files: [],
            };
            if (!target.files.includes(file))
                target.files.push(file);
            const reasons = new Set(target.reason ? target.reason.split('; ') : []);
            reasons.add(rule);
            target.reason = [...reasons].join('; ');
            targets.set(key, target);
        };
        const covered = new Set();
        for (const file of relevant) {
            for (const rule of resolved) {
                if (!rule.matches(file))
                    continue;
                if (rule.problem) {
                    warnings.add(rule.problem);
                    continue;
                }
                covered.add(file);
                add(rule.doc, rule.section, 'mapping', file, `${rule.mapping.code.join(', ')} (${input.configFile}:${rule.mapping.line})`);
            }
            for (const rule of markerRules) {
                if (!rule.matches(file))
                    continue;
                covered.add(file);
                add(rule.doc, rule.section, 'marker', file, `marker paths="${rule.section.paths.join(', ')}" (${rule.doc.file}:${rule.section.line})`);
            }
        }
        return planned(null, [...targets.values()].sort((a, b) => a.docFile.localeCompare(b.docFile) || a.line - b.line), relevant.filter((f) => !covered.has(f)));
    });
    return { commits, warnings: [...warnings] };
}
/** The plan as text lines: commit, then each target with its reason. */
function renderPlan(plan) {
    const lines = [];
    for (const c of plan.commits) {
        const head = `${c.commit.sha.slice(0, 12)} ${c.commit.subject}`;
        if (c.skip) {
            lines.push(`${head}: skipped (${c.skip})`);
            continue;
        }
        if (c.targets.length === 0) {
            lines.push(`${head}: no section maps its changes (${c.unmapped.slice(0, 5).join(', ')}${c.unmapped.length > 5 ? ', ...' : ''})`);
            continue;
        }
        lines.push(`${head}:`);
        for (const t of c.targets) {
            lines.push(`  -> ${t.docFile} § ${t.title} [${t.strategy}] because ${t.files.join(', ')} match ${t.reason}`);
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/commands/docs/init.ts









/** `dardocs docs init`: a commented .dardocs.yml listing the documentation found, never over an existing one. */
async function initConfig(ctx) {
    const path = (0,external_node_path_.resolve)(ctx.deps.workdir, ctx.settings.cwd, ctx.settings.configPath);
    if ((0,external_node_fs_.existsSync)(path)) {
        throw new src_errors/* InputError */.dz('config', `${path} already exists; edit it, or remove it to start again`);
    }
    const isDoc = matcher(DEFAULT_DOC_FILES);
    const docs = (await (0,git_repository/* listIndex */.VH)(ctx.root)).map((e) => e.path).filter((p) => isDoc(p));
    const headings = [];
    for (const doc of docs.slice(0, 10)) {
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(ctx.root, doc), 'utf8');
        try {
            for (const s of documentSections(text, doc).sections) {
                if (s.kind === 'heading' && s.depth === 2)
                    headings.push({ doc, section: s.title });
            }
        }
        catch (error) {
            ctx.deps.log.warning(String(error.message));
        }
    }
    const file = new atomic_file/* AtomicFile */.A(path);
    file.write(renderInitialConfig(docs.length > 0 ? docs : DEFAULT_DOC_FILES, headings.slice(0, 20)));
    file.commit();
    ctx.deps.log.info(`wrote ${path}: ${docs.length} documentation files, ${headings.length} sections listed as examples`);
    return {
        outputs: {},
        summary: {
            title: 'dardocs docs init',
            facts: [
                ['Config', path],
                ['Documentation files', docs.join(', ') || 'none found (README.md and docs/**/*.md are the defaults)'],
            ],
        },
    };
}

;// CONCATENATED MODULE: ./src/commands/docs/lock.ts



/**
 * One docs run per repository at a time (seed 004 §11.6): a lock file holding the owner's pid.
 * A second run exits at once with a clear message; a lock left by a process that is gone is taken over.
 */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
function acquireLock(path) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            const fd = (0,external_node_fs_.openSync)(path, 'wx');
            (0,external_node_fs_.writeSync)(fd, `${process.pid}\n`);
            (0,external_node_fs_.closeSync)(fd);
            return () => (0,external_node_fs_.rmSync)(path, { force: true });
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            const pid = Number((0,external_node_fs_.readFileSync)(path, 'utf8').trim());
            if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
                throw new src_errors/* DardocsError */.d9('DOCS_LOCKED', `another dardocs docs run (pid ${pid}) is working on this repository; wait for it to finish (lock: ${path})`);
            }
            (0,external_node_fs_.rmSync)(path, { force: true }); // stale: its process is gone
        }
    }
    throw new src_errors/* DardocsError */.d9('DOCS_LOCKED', `could not take the lock ${path}`);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/git/commit-files.ts
var commit_files = __webpack_require__(1125);
// EXTERNAL MODULE: ./src/git/remote.ts
var remote = __webpack_require__(668);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/pull-requests.ts
var pull_requests = __webpack_require__(2139);
;// CONCATENATED MODULE: ./src/publish/commit-to-branch.ts






/**
 * Commits the changes on top of a branch: locally (the branch ref, the index and the files move
 * together, hooks do not run) and, with `push`, to the remote. A push refused as not fast-forward
 * is rebuilt on the remote's new tip and tried again; a protected branch is reported so the caller
 * can open a pull request instead.
 */
async function commitToBranch(options) {
    const { cwd, log } = options;
    let parent = options.head;
    for (let attempt = 1; attempt <= 4; attempt++) {
        const files = await options.changes((path) => (0,git_history/* showFile */.II)(cwd, parent, path));
        const tree = files.length > 0 ? await (0,commit_files/* writeTree */.WM)(cwd, parent, files) : await (0,commit_files/* treeOf */.g7)(cwd, parent);
        if (tree === (await (0,commit_files/* treeOf */.g7)(cwd, parent)))
            return { kind: 'unchanged' };
        const commit = await (0,commit_files/* commitTree */.SC)(cwd, {
            tree,
            parents: [parent],
            message: options.message,
            identity: options.identity,
        });
        if (options.push) {
            const pushed = await (0,remote/* pushRef */.qn)(cwd, { source: commit, ref: `refs/heads/${options.branch}`, auth: options.auth });
            if (!pushed.ok && pushed.reason === 'protected')
                return { kind: 'protected', message: pushed.message };
            if (!pushed.ok && pushed.reason === 'non-fast-forward' && attempt < 4) {
                const tip = await (0,remote/* fetchRef */.sl)(cwd, {
                    ref: `refs/heads/${options.branch}`,
                    into: `refs/dardocs/remote/${options.branch}`,
                    auth: options.auth,
                });
                if (!tip)
                    throw new Error(`${options.branch} vanished from the remote while pushing`);
                log.info(`${options.branch} moved on the remote; rebuilding the doc commit on ${tip.slice(0, 12)} (attempt ${attempt + 1})`);
                parent = tip;
                continue;
            }
            if (!pushed.ok)
                throw new Error(`could not push to ${options.branch}: ${pushed.message}`);
        }
        if (parent === options.head)
            await moveCheckout(cwd, options.branch, options.head, commit, files);
        return { kind: 'committed', commit, pushed: options.push };
    }
    throw new Error(`could not push to ${options.branch}: it kept moving`);
}
/** Moves the local branch to the new commit and brings the changed files and their index entries along. */
async function moveCheckout(cwd, branch, from, to, files) {
    await (0,exec_git/* execGit */.I)(['update-ref', '-m', 'dardocs: documentation update', `refs/heads/${branch}`, to, from], { cwd });
    const top = (await (0,exec_git/* execGit */.I)(['rev-parse', '--show-toplevel'], { cwd })).stdout.toString('utf8').trim();
    for (const file of files) {
        if (file.content === null)
            continue;
        const out = new atomic_file/* AtomicFile */.A((0,external_node_path_.join)(top, file.path));
        out.write(file.content);
        out.commit();
    }
    const paths = files.map((f) => f.path);
    if (paths.length > 0)
        await (0,exec_git/* execGit */.I)(['update-index', '--add', '--remove', '--', ...paths], { cwd: top });
}
/** Paths among `paths` with uncommitted changes (staged or not). */
async function dirtyPaths(cwd, paths) {
    if (paths.length === 0)
        return [];
    const run = await (0,exec_git/* execGit */.I)(['status', '--porcelain', '-z', '--untracked-files=no', '--', ...paths], { cwd });
    return run.stdout
        .toString('utf8')
        .split('\0')
        .filter(Boolean)
        .map((line) => line.slice(3));
}

// EXTERNAL MODULE: ./src/publish/pull-request-branch.ts
var pull_request_branch = __webpack_require__(377);
;// CONCATENATED MODULE: ./src/commands/docs/revert.ts














/** Three-way merge of one file: undo base -> undone on top of current; null on conflict. */
async function mergeFile(cwd, current, base, other) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'dardocs-revert-'));
    try {
        const paths = ['current', 'base', 'other'].map((n) => (0,external_node_path_.join)(dir, n));
        [current, base, other].forEach((text, i) => (0,external_node_fs_.writeFileSync)(paths[i], text));
        const run = await (0,exec_git/* execGit */.I)(['merge-file', '-p', ...paths], { cwd, allowFailure: true });
        return run.code === 0 ? run.stdout.toString('utf8') : null;
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/**
 * `dardocs docs revert SHA`: undoes the documentation changes made for a code commit (its doc
 * commit against that commit's first parent) on top of the current docs, then commits or proposes
 * the result the way `mode` says. Later edits to the same lines make it stop with a clear error.
 */
async function revertCommit(ctx, sha) {
    const { deps, root, settings } = ctx;
    const states = await ctx.store.load();
    const state = [...states.values()].find((s) => s.commitSha.startsWith(sha.toLowerCase()));
    if (!state)
        throw new src_errors/* InputError */.dz('commit', `commit ${sha} has no docs state, so dardocs made no doc changes for it`);
    if (!state.docCommitSha) {
        throw new src_errors/* InputError */.dz('commit', `commit ${sha.slice(0, 12)} is ${state.status} and has no doc commit to revert`);
    }
    const docCommit = await (0,git_history/* readCommit */.kN)(root, state.docCommitSha);
    if (!docCommit) {
        throw new src_errors/* DardocsError */.d9('GIT_FAILED', `doc commit ${state.docCommitSha.slice(0, 12)} is not in this clone; fetch it (fetch-depth: 0, or the dardocs branch) and run again`);
    }
    const parent = docCommit.parents[0];
    if (!parent)
        throw new src_errors/* DardocsError */.d9('GIT_FAILED', `doc commit ${docCommit.sha.slice(0, 12)} has no parent`);
    const paths = (await (0,commit_files/* diffNames */.y3)(root, parent, docCommit.sha)).filter((p) => state.filesChanged.length === 0 || state.filesChanged.includes(p));
    const changes = async (read) => {
        const out = [];
        for (const path of paths) {
            const current = await read(path);
            const made = await (0,git_history/* showFile */.II)(root, docCommit.sha, path);
            const before = await (0,git_history/* showFile */.II)(root, parent, path);
            if (current === undefined || made === undefined || before === undefined)
                continue;
            const merged = await mergeFile(root, current, made, before);
            if (merged === null) {
                throw new src_errors/* DardocsError */.d9('DOCS_MARKDOWN_INVALID', `${path} was edited since the doc commit in the same lines; revert ${docCommit.sha.slice(0, 12)} by hand`);
            }
            if (merged !== current)
                out.push({ path, content: merged });
        }
        return out;
    };
    const message = `docs: revert the update for ${state.commitSha.slice(0, 7)}\n\nReverts ${docCommit.sha}.\n\n${UPDATE_TRAILER}: true\n`;
    const identity = await (0,commit_files/* committerIdentity */.zF)(root);
    const head = (await (0,git_history/* readCommit */.kN)(root, 'HEAD'))?.sha ?? '';
    const base = await baseBranch(ctx);
    let result = 'nothing to revert: the docs no longer hold those changes';
    let prNumber = '';
    let prUrl = '';
    let changed = false;
    if (settings.mode === 'dry-run') {
        const files = await changes((p) => (0,git_history/* showFile */.II)(root, head, p));
        result = files.length ? `would revert ${files.map((f) => f.path).join(', ')}` : result;
    }
    else if (settings.mode === 'pr') {
        if (!settings.githubToken)
            throw new src_errors/* InputError */.dz('github-token', 'revert in mode pr needs github-token; locally use --mode commit');
        const octokit = (0,client/* createGithubClient */.zZ)({ token: settings.githubToken, apiUrl: deps.env.GITHUB_API_URL, log: deps.log });
        const proposal = await (0,pull_request_branch/* proposeOnBranch */.m)({
            cwd: root,
            base,
            baseSha: head,
            branch: `dardocs/revert-${state.commitSha.slice(0, 7)}`,
            changes,
            message,
            title: `docs: revert the documentation update for ${state.commitSha.slice(0, 7)}`,
            body: `Reverts ${docCommit.sha}, the documentation dardocs wrote for ${state.commitSha}.`,
            identity,
            auth: { token: settings.githubToken },
            pulls: new pull_requests/* PullRequests */.u(octokit, ctx.owner, ctx.repo),
            log: deps.log,
        });
        changed = proposal.changed;
        prNumber = proposal.pullRequest ? String(proposal.pullRequest.number) : '';
        prUrl = proposal.pullRequest?.url ?? '';
        result = proposal.pullRequest ? `pull request #${proposal.pullRequest.number}` : result;
    }
    else {
        const dirty = await dirtyPaths(root, paths);
        if (dirty.length)
            throw new src_errors/* DardocsError */.d9('PUSH_REJECTED', `${dirty.join(', ')} has uncommitted changes; commit or stash them first`);
        const outcome = await commitToBranch({
            cwd: root,
            branch: base,
            head,
            changes,
            message,
            identity,
            push: ctx.inRunner && (await (0,remote/* hasRemote */.F6)(root)),
            auth: { token: settings.githubToken },
            log: deps.log,
        });
        if (outcome.kind === 'protected')
            throw new src_errors/* DardocsError */.d9('PUSH_REJECTED', `${base} is protected; run revert with mode pr`);
        if (outcome.kind === 'committed') {
            changed = true;
            result = `commit ${outcome.commit.slice(0, 12)} on ${base}`;
        }
    }
    deps.log.info(result);
    return {
        outputs: {
            changed: String(changed),
            'pull-request-number': prNumber,
            'pull-request-url': prUrl,
            'sections-updated': '0',
            'tokens-used': '0',
        },
        summary: {
            title: `dardocs docs revert: ${ctx.repository}`,
            facts: [
                ['Code commit', state.commitSha],
                ['Doc commit reverted', docCommit.sha],
                ['Result', result],
            ],
        },
    };
}

// EXTERNAL MODULE: ./src/receiver-client/json-request.ts
var json_request = __webpack_require__(4017);
;// CONCATENATED MODULE: ./src/commands/docs/state.ts





const NOTES_REF = 'refs/notes/dardocs';
class GitNotesStore {
    cwd;
    options;
    where = `git notes (${NOTES_REF})`;
    constructor(cwd, options) {
        this.cwd = cwd;
        this.options = options;
    }
    async load() {
        if (this.options.share && (await (0,remote/* hasRemote */.F6)(this.cwd))) {
            // The remote's notes are the record; fetch them over the local ref.
            await (0,remote/* fetchRef */.sl)(this.cwd, { ref: NOTES_REF, into: NOTES_REF, auth: this.options.auth });
        }
        const list = await (0,exec_git/* execGit */.I)(['notes', `--ref=${NOTES_REF}`, 'list'], { cwd: this.cwd, allowFailure: true });
        const states = new Map();
        if (list.code !== 0)
            return states;
        const pairs = list.stdout
            .toString('utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => line.split(' '));
        if (pairs.length === 0)
            return states;
        const batch = await (0,exec_git/* execGit */.I)(['cat-file', '--batch'], {
            cwd: this.cwd,
            input: `${pairs.map(([blob]) => blob).join('\n')}\n`,
        });
        const out = batch.stdout;
        let offset = 0;
        for (const [, commit] of pairs) {
            const headerEnd = out.indexOf(10, offset);
            const size = Number(out.subarray(offset, headerEnd).toString('utf8').split(' ')[2]);
            const body = out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
            offset = headerEnd + 1 + size + 1;
            try {
                const state = JSON.parse(body);
                if (state && typeof state.status === 'string')
                    states.set(commit, { ...state, commitSha: commit });
            }
            catch {
                // a note that is not ours (or was edited by hand): ignore it rather than fail the run
            }
        }
        return states;
    }
    async save(states) {
        if (states.length === 0)
            return;
        const identity = await (0,commit_files/* committerIdentity */.zF)(this.cwd);
        const env = {
            GIT_AUTHOR_NAME: identity.name,
            GIT_AUTHOR_EMAIL: identity.email,
            GIT_COMMITTER_NAME: identity.name,
            GIT_COMMITTER_EMAIL: identity.email,
        };
        for (const state of states) {
            await (0,exec_git/* execGit */.I)(['notes', `--ref=${NOTES_REF}`, 'add', '-f', '-F', '-', state.commitSha], {
                cwd: this.cwd,
                input: `${JSON.stringify(state)}\n`,
                env,
            });
        }
        if (!this.options.share || !(await (0,remote/* hasRemote */.F6)(this.cwd)))
            return;
        for (let attempt = 0; attempt < 3; attempt++) {
            const pushed = await (0,remote/* pushRef */.qn)(this.cwd, { source: NOTES_REF, ref: NOTES_REF, auth: this.options.auth });
            if (pushed.ok)
                return;
            if (pushed.reason !== 'non-fast-forward') {
                throw new src_errors/* DardocsError */.d9('DOCS_STATE_FAILED', `could not push ${NOTES_REF}: ${pushed.message}`);
            }
            // Another run pushed notes meanwhile: merge theirs in (ours win on the same commit) and push again.
            const theirs = 'refs/notes/dardocs-remote';
            await (0,remote/* fetchRef */.sl)(this.cwd, { ref: NOTES_REF, into: theirs, auth: this.options.auth });
            await (0,exec_git/* execGit */.I)(['notes', `--ref=${NOTES_REF}`, 'merge', '-s', 'ours', theirs], {
                cwd: this.cwd,
                env: { ...env, GIT_AUTHOR_NAME: env.GIT_AUTHOR_NAME || commit_files/* ACTIONS_BOT */.aX.name },
            });
        }
        throw new src_errors/* DardocsError */.d9('DOCS_STATE_FAILED', `could not push ${NOTES_REF} after 3 attempts`);
    }
}
class ReceiverStateStore {
    apiKey;
    repository;
    fetchImpl;
    where;
    base;
    constructor(receiverUrl, apiKey, repository, fetchImpl = globalThis.fetch) {
        this.apiKey = apiKey;
        this.repository = repository;
        this.fetchImpl = fetchImpl;
        this.base = `${receiverUrl.replace(/\/+$/, '')}/api/repos/${repository}/docs/commits`;
        this.where = `the receiver (${new URL(receiverUrl).host})`;
    }
    call(method, url, body) {
        return (0,json_request/* receiverJson */.m)({
            fetchImpl: this.fetchImpl,
            apiKey: this.apiKey,
            method,
            url,
            body,
            what: 'docs state',
            codes: { unreachable: 'DOCS_STATE_FAILED', rejected: 'DOCS_STATE_FAILED' },
        });
    }
    async load() {
        const body = (await this.call('GET', `${this.base}?limit=1000`));
        return new Map((body.commits ?? []).map((c) => [c.commitSha, c]));
    }
    async save(states) {
        for (let i = 0; i < states.length; i += 1000) {
            await this.call('POST', this.base, { commits: states.slice(i, i + 1000) });
        }
    }
}

;// CONCATENATED MODULE: ./src/commands/docs/status.ts

const ORDER = ['pending', 'in_progress', 'success', 'failed', 'skipped'];
/** `dardocs docs status`: counts per status, then each commit newest first (as JSON with `json`). */
async function renderStatus(ctx) {
    const states = await ctx.store.load();
    const order = new Map((await (0,git_history/* recentCommits */.i)(ctx.root, 'HEAD', 5000)).map((sha, i) => [sha, i]));
    const list = [...states.values()].sort((a, b) => (order.get(a.commitSha) ?? 1e9) - (order.get(b.commitSha) ?? 1e9) || a.commitSha.localeCompare(b.commitSha));
    const counts = ORDER.map((s) => [s, list.filter((c) => c.status === s).length]);
    if (ctx.settings.json) {
        ctx.deps.log.info(JSON.stringify({ repository: ctx.repository, store: ctx.store.where, counts: Object.fromEntries(counts), commits: list }, null, 2));
    }
    return {
        outputs: {},
        summary: {
            title: `dardocs docs status: ${ctx.repository}`,
            facts: [
                ['State', ctx.store.where],
                ['Commits', counts.map(([s, n]) => `${n} ${s}`).join(', ')],
            ],
            tables: [
                {
                    caption: 'Commits (newest first)',
                    headers: ['Commit', 'Status', 'Sections', 'Doc commit', 'Tokens', 'Error'],
                    rows: list.map((c) => [
                        c.commitSha.slice(0, 12),
                        c.status,
                        c.targets.map((t) => `${t.docFile}#${t.sectionId}:${t.status}`).join(' ') || '-',
                        c.docCommitSha?.slice(0, 12) ?? '-',
                        String(c.tokens),
                        c.error ?? '',
                    ]),
                },
            ],
        },
    };
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./node_modules/openai/index.mjs + 152 modules
var openai = __webpack_require__(3674);
;// CONCATENATED MODULE: ./src/llm/chat-client.ts

function openAiChat(options) {
    const clients = new Map();
    return async (provider, messages) => {
        const key = `${provider.baseURL}\n${provider.apiKey}`;
        let client = clients.get(key);
        if (!client) {
            client = new openai/* default */.Ay({
                apiKey: provider.apiKey,
                baseURL: provider.baseURL,
                timeout: options.timeoutMs,
                maxRetries: options.maxRetries,
                ...(options.fetch ? { fetch: options.fetch } : {}),
            });
            clients.set(key, client);
        }
        const completion = await client.chat.completions.create({
            model: provider.model,
            messages,
            temperature: 0,
        });
        const text = completion.choices?.[0]?.message?.content;
        if (typeof text !== 'string') {
            throw new Error(`${provider.name} answered without message content (finish reason ${completion.choices?.[0]?.finish_reason ?? 'none'})`);
        }
        return {
            text,
            promptTokens: completion.usage?.prompt_tokens ?? 0,
            completionTokens: completion.usage?.completion_tokens ?? 0,
        };
    };
}
/** A provider error in one line, without the request body or any key. */
function describeChatError(error) {
    if (error instanceof openai/* default.APIError */.Ay.APIError) {
        const status = error.status ? `HTTP ${error.status}` : 'no response';
        return `${status}: ${error.message.split('\n')[0]}`;
    }
    return error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error);
}

;// CONCATENATED MODULE: ./src/llm/provider-pool.ts


/**
 * The primary provider and its fallbacks, tried in order (seed 004 §11.5). Each has a circuit
 * breaker: after `failureThreshold` failed calls in a row it opens and the provider is skipped
 * until `cooldownMs` has passed; then one call is let through (half-open) and its outcome closes
 * or re-opens the breaker.
 */
class ProviderPool {
    providers;
    chat;
    options;
    breakers = new Map();
    constructor(providers, chat, options = {}) {
        this.providers = providers;
        this.chat = chat;
        this.options = options;
    }
    breaker(provider) {
        let breaker = this.breakers.get(provider.name);
        if (!breaker)
            this.breakers.set(provider.name, (breaker = { failures: 0, openedAt: null }));
        return breaker;
    }
    /** Providers that would be tried now, in order. */
    available() {
        const now = (this.options.now ?? Date.now)();
        return this.providers.filter((p) => {
            const b = this.breaker(p);
            return b.openedAt === null || now - b.openedAt >= (this.options.cooldownMs ?? 60_000);
        });
    }
    async complete(messages, cached) {
        const errors = [];
        const candidates = this.available();
        if (candidates.length === 0) {
            throw new src_errors/* DardocsError */.d9('LLM_FAILED', `every LLM provider is failing (circuit open): ${this.providers.map((p) => p.name).join(', ')}`);
        }
        for (const provider of candidates) {
            const hit = cached ? await cached(provider) : undefined;
            if (hit)
                return { ...hit, provider: provider.name, model: provider.model, cached: true };
            const breaker = this.breaker(provider);
            try {
                const answer = await this.chat(provider, messages);
                breaker.failures = 0;
                breaker.openedAt = null;
                return { ...answer, provider: provider.name, model: provider.model, cached: false };
            }
            catch (error) {
                breaker.failures += 1;
                if (breaker.openedAt !== null || breaker.failures >= (this.options.failureThreshold ?? 3)) {
                    breaker.openedAt = (this.options.now ?? Date.now)();
                }
                errors.push(`${provider.name} (${provider.model}): ${describeChatError(error)}`);
            }
        }
        throw new src_errors/* DardocsError */.d9('LLM_FAILED', `no LLM provider answered: ${errors.join('; ')}`);
    }
}

// EXTERNAL MODULE: ./node_modules/gpt-tokenizer/esm/main.js + 21 modules
var main = __webpack_require__(5632);
;// CONCATENATED MODULE: ./src/llm/tokens.ts

/**
 * Token counts with OpenAI's o200k_base encoding (gpt-4o and later). Other models' tokenizers
 * differ by a few percent; the budget keeps a margin for that.
 */
function tokenCount(text) {
    return (0,main/* countTokens */.ih)(text);
}
/** USD per million tokens (input, output) of models whose price is public; others need `llm-price`. */
const PRICES = {
    'gpt-4o': [2.5, 10],
    'gpt-4o-mini': [0.15, 0.6],
    'gpt-4.1': [2, 8],
    'gpt-4.1-mini': [0.4, 1.6],
    'gpt-4.1-nano': [0.1, 0.4],
};
function priceFor(model, override) {
    return override ?? PRICES[model];
}
function estimateCost(price, input, output) {
    return price ? (input * price[0] + output * price[1]) / 1_000_000 : undefined;
}

;// CONCATENATED MODULE: ./src/markdown/splice.ts


function lineEnding(text) {
    const crlf = text.split('\r\n').length - 1;
    const lf = text.split('\n').length - 1 - crlf;
    return crlf > lf ? '\r\n' : '\n';
}
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)*/;
/** The indentation of a section that sits inside a list item or block quote (its column, as spaces). */
function sectionIndent(text, section) {
    const lineStart = text.lastIndexOf('\n', section.start - 1) + 1;
    const before = text.slice(lineStart, section.start);
    return /^[ \t]*$/.test(before) ? before : '';
}
const dedent = (body, indent) => indent === '' ? body : body.replace(/^[ \t]+/gm, (ws) => (ws.startsWith(indent) ? ws.slice(indent.length) : ''));
/** The current body of a section without the blank lines around it, unindented when it sits in a list. */
function sectionBody(text, section) {
    const raw = text.slice(section.bodyStart, section.bodyEnd).replace(LEADING_BLANK_LINES, '').trimEnd();
    return dedent(raw, sectionIndent(text, section));
}
/**
 * The replacement text for a section's body: the new content between the original leading and
 * trailing whitespace (so the blank line after a heading and before the next one stay as they
 * were), in the file's own line endings.
 */
function replacementFor(text, edit) {
    const eol = lineEnding(text);
    const original = text.slice(edit.section.bodyStart, edit.section.bodyEnd);
    const lead = LEADING_BLANK_LINES.exec(original)?.[0] ?? '';
    const trail = /\s*$/.exec(original)?.[0] ?? '';
    // The model handed back the body as it was: keep its bytes, mixed line endings included.
    const indent = sectionIndent(text, edit.section);
    if (edit.body === dedent(original.slice(lead.length, original.length - trail.length), indent))
        return original;
    const core = edit.body
        .replace(/\r\n?/g, '\n')
        .replace(LEADING_BLANK_LINES, '')
        .trimEnd()
        .split('\n')
        .map((line) => (line === '' ? line : indent + line))
        .join(eol);
    if (original.trim() === '') {
        const atEnd = edit.section.bodyEnd === text.length;
        if (core === '')
            return original;
        return `${eol}${eol}${core}${atEnd ? eol : `${eol}${eol}`}`;
    }
    return `${lead}${core}${trail}`;
}
const describe = (item) => item.kind === 'heading' ? `heading "${'#'.repeat(item.depth)} ${item.title}"` : `marker dardocs:${item.role}`;
/**
 * Why an edit may not be written, or null when it may: after splicing, the document re-parses
 * with every heading and marker outside the section where it was (a body that opens a code fence
 * and never closes it would swallow the rest of the file), and the new body holds no heading of
 * the section's level or above and no marker.
 */
function checkEdit(text, edit) {
    const replacement = replacementFor(text, edit);
    const next = text.slice(0, edit.section.bodyStart) + replacement + text.slice(edit.section.bodyEnd);
    const delta = replacement.length - (edit.section.bodyEnd - edit.section.bodyStart);
    const newEnd = edit.section.bodyEnd + delta;
    const original = outline(text);
    const before = original.filter((i) => i.start < edit.section.bodyStart || i.start >= edit.section.bodyEnd);
    const after = outline(next);
    const inside = (i, end) => i.start >= edit.section.bodyStart && i.start < end;
    const markers = (items) => items.flatMap((i) => (i.kind === 'marker' ? [`${i.role}:${i.id ?? ''}`] : [])).join(',');
    if (markers(after.filter((i) => inside(i, newEnd))) !== markers(original.filter((i) => inside(i, edit.section.bodyEnd))))
        return 'the new body adds, drops or changes dardocs markers; markers inside a section must be kept as they are';
    for (const item of after) {
        if (!inside(item, newEnd) || item.kind !== 'heading')
            continue;
        if (edit.section.kind === 'heading' && item.depth <= edit.section.depth)
            return `the new body contains ${describe(item)}, a heading of the section's level or above, which would split the section`;
    }
    const outside = after.filter((i) => i.start < edit.section.bodyStart || i.start >= newEnd);
    const key = (i, shift) => `${i.kind}:${i.kind === 'heading' ? `${i.depth}:${i.title}` : `${i.role}:${i.id}`}@${i.start + shift}`;
    const expected = before.map((i) => key(i, i.start >= edit.section.bodyEnd ? delta : 0));
    const actual = outside.map((i) => key(i, 0));
    for (let index = 0; index < Math.max(expected.length, actual.length); index++) {
        if (expected[index] !== actual[index]) {
            const lost = before[index];
            return lost
                ? `the rest of the document no longer parses the same: ${describe(lost)} (line ${lost.line}) is gone or moved; an unclosed code fence or HTML block in the new body would do this`
                : 'the rest of the document no longer parses the same';
        }
    }
    return null;
}
/**
 * Applies edits from the last offset backwards, so earlier offsets stay valid, and checks the
 * result again as a whole. Bytes outside the replaced bodies are copied, never re-rendered.
 */
function spliceSections(text, file, edits) {
    const ordered = [...edits].sort((a, b) => b.section.bodyStart - a.section.bodyStart);
    for (let i = 1; i < ordered.length; i++) {
        const later = ordered[i - 1];
        const earlier = ordered[i];
        if (earlier.section.bodyEnd > later.section.bodyStart) {
            throw new src_errors/* DardocsError */.d9('DOCS_MARKDOWN_INVALID', `${file}: sections "${earlier.section.id}" and "${later.section.id}" overlap; one push can rewrite only one of them`);
        }
    }
    let result = text;
    for (const edit of ordered) {
        const problem = checkEdit(result, edit);
        if (problem)
            throw new src_errors/* DardocsError */.d9('DOCS_MARKDOWN_INVALID', `${file}#${edit.section.id}: ${problem}`);
        result =
            result.slice(0, edit.section.bodyStart) + replacementFor(result, edit) + result.slice(edit.section.bodyEnd);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/commands/docs/prompt.ts

/** Bump when the rules change, so cached answers to the old prompt are not reused. */
const PROMPT_VERSION = 'docs-v1';
const NO_CHANGE = 'NO_CHANGE';
const SYSTEM = [
    "You maintain a software project's documentation. You are given code commits, their diff, and ONE section of a Markdown document.",
    'Rewrite the section body so it is accurate after these commits.',
    'Rules:',
    '- Keep the existing tone, structure, formatting and Markdown conventions. Change only what the commits made wrong or incomplete.',
    '- Output ONLY the new section body: no heading line, no explanation, no surrounding code fence.',
    "- Do not add headings of the section's level or above; keep any <!-- dardocs:... --> comments exactly as they are.",
    `- If nothing in the section needs to change, answer exactly ${NO_CHANGE}.`,
].join('\n');
const KIND = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'type changed',
};
function hunks(diff) {
    const parts = diff.split(/\n(?=@@ )/);
    const [header = '', ...rest] = parts;
    return { header, hunks: rest };
}
/**
 * The prompt for one section, kept under `maxPromptTokens`: the rules, the commit messages and the
 * current section always; then the hunks of the mapped files in order while they fit; then a
 * summary of the rest (file names and change kinds).
 */
function buildPrompt(input) {
    const omitted = [];
    const commitText = (full) => input.commits
        .map((c) => `- ${c.sha.slice(0, 12)} ${full ? c.message.trim().replace(/\n/g, '\n  ') : (c.message.split('\n')[0] ?? '')}`)
        .join('\n');
    const section = `Document: ${input.docFile}\nSection: ${input.title}\nCurrent section body:\n<<<SECTION\n${input.body}\nSECTION>>>`;
    let commits = commitText(true);
    const fixed = () => tokenCount(SYSTEM) + tokenCount(commits) + tokenCount(section) + 64;
    if (fixed() > input.maxPromptTokens) {
        commits = commitText(false);
        omitted.push('commit message bodies');
    }
    let budget = input.maxPromptTokens - fixed();
    if (budget < 0) {
        throw new Error(`the section and commit subjects alone need ${fixed()} tokens, over max-prompt-tokens ${input.maxPromptTokens}; raise it or split the section`);
    }
    // The mapped files' hunks come first, but a tenth of the budget stays for naming the other files.
    const otherLines = input.others.map((f) => `- ${f.path} (${KIND[f.status] ?? f.status}${f.from ? ` from ${f.from}` : ''})`);
    const reserve = Math.min(otherLines.reduce((sum, line) => sum + tokenCount(line) + 1, 0), Math.floor(budget / 10));
    budget -= reserve;
    const included = [];
    for (const { path, diff } of input.diffs) {
        const { header, hunks: parts } = hunks(diff.trimEnd());
        const headerTokens = tokenCount(header) + 8;
        if (headerTokens > budget) {
            omitted.push(`${path} (whole diff)`);
            continue;
        }
        let text = header;
        let used = headerTokens;
        let left = 0;
        for (const hunk of parts) {
            const cost = tokenCount(hunk) + 1;
            if (used + cost <= budget) {
                text += `\n${hunk}`;
                used += cost;
                continue;
            }
            // A hunk too big for what is left: its first lines, when a useful amount fits.
            if (budget - used > 200) {
                const lines = hunk.split('\n');
                let taken = 0;
                let partCost = 16;
                while (taken < lines.length) {
                    const lineCost = tokenCount(lines[taken] ?? '') + 1;
                    if (used + partCost + lineCost > budget)
                        break;
                    partCost += lineCost;
                    taken++;
                }
                text += `\n${lines.slice(0, taken).join('\n')}\n[... ${lines.length - taken} more lines of this hunk left out to fit the budget]`;
                used += partCost;
                omitted.push(`${path} (${lines.length - taken} lines of a hunk)`);
                continue;
            }
            left++;
        }
        if (parts.length > 0 && left === parts.length) {
            omitted.push(`${path} (whole diff)`);
            continue;
        }
        if (left > 0) {
            omitted.push(`${path} (${left} of ${parts.length} hunks)`);
            text += `\n[... ${left} more hunks of this file left out to fit the budget]`;
        }
        included.push(text);
        budget -= used;
    }
    budget += reserve;
    const summary = [];
    for (const line of otherLines) {
        const cost = tokenCount(line) + 1;
        if (cost > budget) {
            summary.push(`- ... and ${otherLines.length - summary.length} more files`);
            break;
        }
        summary.push(line);
        budget -= cost;
    }
    const leftOut = omitted.filter((o) => o.endsWith('(whole diff)'));
    const user = [
        `Commits (oldest first):\n${commits}`,
        leftOut.length > 0 ? `Diffs left out to fit the budget: ${leftOut.join(', ')}` : '',
        included.length > 0
            ? `Diff of the files that map to this section:\n\`\`\`diff\n${included.join('\n')}\n\`\`\``
            : 'The diff of the mapped files did not fit; rely on the commit messages.',
        summary.length > 0 ? `Other files changed:\n${summary.join('\n')}` : '',
        section,
    ]
        .filter(Boolean)
        .join('\n\n');
    const messages = [
        { role: 'system', content: SYSTEM },
        { role: 'user', content: user },
    ];
    return { messages, tokens: tokenCount(SYSTEM) + tokenCount(user), omitted };
}
/** The prompt for inference: pick the sections (by number) that the unmapped files' changes affect. */
function buildInferencePrompt(headings, files, commits) {
    return [
        {
            role: 'system',
            content: 'You map code changes to documentation sections. Answer with the numbers of the sections that these changes make out of date, comma-separated (for example: 2, 5), or NONE. Answer nothing else.',
        },
        {
            role: 'user',
            content: [
                `Commits:\n${commits.map((c) => `- ${c.message.split('\n')[0] ?? ''}`).join('\n')}`,
                `Changed files:\n${files.map((f) => `- ${f.path} (${KIND[f.status] ?? f.status})`).join('\n')}`,
                `Sections:\n${headings.map((h, i) => `${i + 1}. ${h.docFile} § ${h.title}`).join('\n')}`,
            ].join('\n\n'),
        },
    ];
}
/** Section numbers from an inference answer; anything unparseable counts as none. */
function parseInferenceAnswer(answer, count) {
    if (/^\s*none\s*$/i.test(answer))
        return [];
    const numbers = [...answer.matchAll(/\d+/g)].map((m) => Number(m[0]) - 1);
    return [...new Set(numbers.filter((n) => n >= 0 && n < count))];
}

;// CONCATENATED MODULE: ./src/commands/docs/guardrails.ts

const CHATTER_START = /^(sure|certainly|of course|absolutely|here(?:'s| is| are)|below is|i(?:'ve| have) (?:updated|rewritten|revised)|updated section|the updated|as requested)\b/i;
const CHATTER_END = /^(let me know|i hope|feel free|hope this helps|this (?:update|revision) )/i;
function judgeAnswer(answer, current, title, limits) {
    let body = answer.replace(/\r\n?/g, '\n').trim();
    if (body === NO_CHANGE || body.replace(/[.`*"]/g, '') === NO_CHANGE)
        return { kind: 'unchanged' };
    if (body === '')
        return { kind: 'rejected', reason: 'the answer is empty' };
    if (/^(`{3,}|~{3,})[^\n]*\n[\s\S]*\n\1\s*$/.test(body) && !/^(`{3,}|~{3,})/.test(current.trim())) {
        return { kind: 'rejected', reason: 'the answer is wrapped in a code fence' };
    }
    const lines = body.split('\n');
    if (CHATTER_START.test(lines[0] ?? '')) {
        return { kind: 'rejected', reason: `the answer starts with chatter ("${(lines[0] ?? '').slice(0, 60)}")` };
    }
    if (lines.length > 1 && CHATTER_END.test(lines.at(-1) ?? '')) {
        return { kind: 'rejected', reason: `the answer ends with chatter ("${(lines.at(-1) ?? '').slice(0, 60)}")` };
    }
    // A model that repeats the heading line despite the rules: drop that one line, keep the body.
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(lines[0] ?? '');
    if (heading && heading[1]?.trim().toLowerCase() === title.trim().toLowerCase()) {
        body = lines.slice(1).join('\n').trim();
        if (body === '')
            return { kind: 'rejected', reason: 'the answer is only the heading' };
    }
    if (body.includes(NO_CHANGE))
        return { kind: 'rejected', reason: `the answer mixes ${NO_CHANGE} with text` };
    if (body.length > limits.maxChars) {
        return {
            kind: 'rejected',
            reason: `the answer is ${body.length} characters, over the limit of ${limits.maxChars}`,
        };
    }
    const before = current.trim().length;
    if (before > 0) {
        const shrink = ((before - body.length) / before) * 100;
        if (shrink > limits.maxShrink) {
            return {
                kind: 'rejected',
                reason: `the answer shrinks the section by ${Math.round(shrink)}% (more than max-shrink ${limits.maxShrink}%)`,
            };
        }
    }
    if (body === current.trim())
        return { kind: 'unchanged' };
    return { kind: 'rewrite', body };
}

;// CONCATENATED MODULE: ./src/commands/docs/apply.ts







function planJobs(plan, batch) {
    const jobs = [];
    const byKey = new Map();
    for (const planned of plan.commits) {
        if (planned.skip)
            continue;
        for (const target of planned.targets) {
            const key = `${target.docFile}#${target.sectionId}`;
            const existing = batch ? byKey.get(key) : undefined;
            if (existing) {
                existing.commits.push(planned);
                for (const f of target.files)
                    if (!existing.files.includes(f))
                        existing.files.push(f);
                continue;
            }
            const job = {
                docFile: target.docFile,
                sectionId: target.sectionId,
                title: target.title,
                strategy: target.strategy,
                commits: [planned],
                files: [...target.files],
            };
            jobs.push(job);
            byKey.set(key, job);
        }
    }
    return jobs;
}
const jobRange = (job) => {
    const first = job.commits[0]?.commit.sha ?? '';
    const last = job.commits.at(-1)?.commit.sha ?? '';
    return first === last ? first : `${first}..${last}`;
};
/** A job's diffs, read from git once: the estimate and the call both build its prompt. */
const diffsRead = new WeakMap();
function jobDiffs(ctx, job) {
    let diffs = diffsRead.get(job);
    if (!diffs) {
        diffs = (async () => {
            const first = job.commits[0]?.commit;
            const last = job.commits.at(-1)?.commit;
            if (!first || !last)
                throw new Error('a job without commits');
            const base = await (0,git_history/* diffBase */.Pk)(ctx.cwd, first);
            const out = [];
            for (const path of job.files)
                out.push({ path, diff: await (0,git_history/* unifiedDiff */.WH)(ctx.cwd, base, last.sha, [path]) });
            return out;
        })();
        diffsRead.set(job, diffs);
    }
    return diffs;
}
async function promptFor(ctx, job, body) {
    const diffs = await jobDiffs(ctx, job);
    const others = new Map();
    for (const c of job.commits)
        for (const f of c.files)
            if (!job.files.includes(f.path))
                others.set(f.path, f);
    return buildPrompt({
        docFile: job.docFile,
        title: job.title,
        body,
        commits: job.commits.map((c) => ({ sha: c.commit.sha, message: c.commit.message })),
        diffs: diffs.filter((d) => d.diff !== ''),
        others: [...others.values()],
        maxPromptTokens: ctx.maxPromptTokens,
    });
}
const cacheKey = (job, provider, prompt) => ({
    range: jobRange(job),
    docFile: job.docFile,
    sectionId: job.sectionId,
    provider: provider.name,
    model: provider.model,
    prompt: JSON.stringify(prompt.messages),
});
/** Tokens the run would spend, before the first call; answers already cached for a provider cost nothing. */
async function estimateJobs(ctx, jobs) {
    const estimate = { calls: 0, cached: 0, promptTokens: 0, answerTokens: 0 };
    for (const job of jobs) {
        const doc = ctx.docs.get(job.docFile);
        const section = doc?.sections.find((s) => s.id === job.sectionId);
        if (!doc || !section)
            continue;
        const body = sectionBody(doc.text, section);
        let prompt;
        try {
            prompt = await promptFor(ctx, job, body);
        }
        catch {
            continue; // reported when the job runs
        }
        if (ctx.pool.providers.some((p) => ctx.cache.get(cacheKey(job, p, prompt)))) {
            estimate.cached++;
            continue;
        }
        estimate.calls++;
        estimate.promptTokens += prompt.tokens;
        estimate.answerTokens += Math.ceil(tokenCount(body) * 1.2) + 50;
    }
    return estimate;
}
/** Runs the jobs in order. New bodies accumulate per section, so per-commit jobs build on each other. */
async function runJobs(ctx, jobs) {
    const bodies = new Map();
    const outcomes = [];
    for (const job of jobs) {
        const fail = (reason, extra = {}) => ({
            job,
            status: 'failed',
            reason,
            provider: null,
            model: null,
            tokens: 0,
            cached: false,
            ...extra,
        });
        const doc = ctx.docs.get(job.docFile);
        const section = doc?.sections.find((s) => s.id === job.sectionId);
        if (!doc || !section) {
            outcomes.push(fail(`${job.docFile} § ${job.title} is gone`));
            continue;
        }
        const current = bodies.get(job.docFile)?.get(job.sectionId) ?? sectionBody(doc.text, section);
        let prompt;
        try {
            prompt = await promptFor(ctx, job, current);
        }
        catch (error) {
            outcomes.push(fail((0,src_errors/* getErrorMessage */.u1)(error)));
            continue;
        }
        if (prompt.omitted.length > 0)
            ctx.log.info(`  ${job.docFile} § ${job.title}: left out to fit the budget: ${prompt.omitted.join(', ')}`);
        let answer;
        try {
            answer = await ctx.pool.complete(prompt.messages, async (provider) => ctx.cache.get(cacheKey(job, provider, prompt)));
        }
        catch (error) {
            outcomes.push(fail((0,src_errors/* getErrorMessage */.u1)(error)));
            ctx.log.warning(`${job.docFile} § ${job.title}: ${(0,src_errors/* getErrorMessage */.u1)(error)}`);
            continue;
        }
        const spent = answer.cached
            ? 0
            : answer.promptTokens + answer.completionTokens || prompt.tokens + tokenCount(answer.text);
        const meta = { provider: answer.provider, model: answer.model, tokens: spent, cached: answer.cached };
        const verdict = judgeAnswer(answer.text, current, job.title, ctx.limits);
        if (verdict.kind === 'rejected') {
            outcomes.push(fail(`guardrail: ${verdict.reason}`, meta));
            ctx.log.warning(`${job.docFile} § ${job.title}: rejected, ${verdict.reason}; the file is unchanged`);
            continue;
        }
        // Only answers that pass the guardrails are cached: a retry must ask again for a rejected one.
        const provider = ctx.pool.providers.find((p) => p.name === answer.provider && p.model === answer.model);
        const remember = () => {
            if (answer.cached || !provider)
                return;
            ctx.cache.put(cacheKey(job, provider, prompt), {
                text: answer.text,
                promptTokens: answer.promptTokens,
                completionTokens: answer.completionTokens,
            });
        };
        if (verdict.kind === 'unchanged') {
            remember();
            outcomes.push({ job, status: 'unchanged', reason: 'the model answered NO_CHANGE', ...meta });
            continue;
        }
        const problem = checkEdit(doc.text, { section, body: verdict.body });
        if (problem) {
            outcomes.push(fail(`guardrail: ${problem}`, meta));
            ctx.log.warning(`${job.docFile} § ${job.title}: rejected, ${problem}; the file is unchanged`);
            continue;
        }
        remember();
        let perDoc = bodies.get(job.docFile);
        if (!perDoc)
            bodies.set(job.docFile, (perDoc = new Map()));
        perDoc.set(job.sectionId, verdict.body);
        outcomes.push({ job, status: 'applied', reason: null, ...meta });
    }
    return { outcomes, bodies };
}
/** Splices new bodies into a document by section id; the text may be a newer version than the one planned on. */
function spliceByIds(text, file, bodies) {
    const { sections } = documentSections(text, file);
    const edits = [];
    for (const [id, body] of bodies) {
        const section = sections.find((s) => s.id === id);
        if (!section) {
            throw new src_errors/* DardocsError */.d9('DOCS_MARKDOWN_INVALID', `${file}: section "${id}" is no longer there`);
        }
        edits.push({ section, body });
    }
    return spliceSections(text, file, edits);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/commands/docs/cache.ts





function cacheDigest(key) {
    const promptHash = (0,external_node_crypto_.createHash)('sha256').update(key.prompt).digest('hex');
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([PROMPT_VERSION, key.range, key.docFile, key.sectionId, key.provider, key.model, promptHash]))
        .digest('hex');
}
function fileCache(dir) {
    const path = (key) => (0,external_node_path_.join)(dir, `${cacheDigest(key)}.json`);
    return {
        get(key) {
            try {
                const entry = JSON.parse((0,external_node_fs_.readFileSync)(path(key), 'utf8'));
                return typeof entry.text === 'string' ? entry : undefined;
            }
            catch {
                return undefined;
            }
        },
        put(key, answer) {
            const file = new atomic_file/* AtomicFile */.A(path(key));
            file.write(JSON.stringify(answer));
            file.commit();
        },
    };
}

;// CONCATENATED MODULE: ./src/commands/docs/range.ts



const ZERO = /^0+$/;
/** The push event's before/after, when the run was started by a push. */
function readPushEvent(env) {
    if (env.GITHUB_EVENT_NAME !== 'push' || !env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        return {
            before: event.before && !ZERO.test(event.before) ? event.before : null,
            after: event.after && !ZERO.test(event.after) ? event.after : null,
        };
    }
    catch {
        return undefined;
    }
}
/** A commit already dealt with: it is not processed again by `update` (retry handles the failed ones). */
const DONE = ['success', 'skipped', 'failed'];
async function resolveRange(options) {
    const { cwd, states, log } = options;
    const toRev = options.to ?? options.event?.after ?? 'HEAD';
    const to = await (0,git_repository/* commitExists */.Sm)(cwd, toRev);
    if (!to)
        throw new Error(`commit ${toRev} is not in this clone; check out the pushed commit (actions/checkout does by default)`);
    const unprocessed = (commits) => {
        const alreadyProcessed = commits
            .filter((c) => DONE.includes(states.get(c.sha)?.status ?? 'pending'))
            .map((c) => c.sha);
        return { commits: commits.filter((c) => !alreadyProcessed.includes(c.sha)), alreadyProcessed };
    };
    if (options.from) {
        const from = await (0,git_repository/* commitExists */.Sm)(cwd, options.from);
        if (!from)
            throw new Error(`input from: commit ${options.from} is not in this clone (use fetch-depth: 0 in actions/checkout)`);
        // An explicit range is processed as asked, even commits processed before.
        return {
            commits: await (0,git_history/* commitsInRange */.fw)(cwd, from, to),
            description: `${from.slice(0, 12)}..${to.slice(0, 12)} (from input)`,
            alreadyProcessed: [],
        };
    }
    const before = options.event?.before;
    if (before) {
        const known = await (0,git_repository/* commitExists */.Sm)(cwd, before);
        if (!known) {
            log.warning(`the push's before commit ${before.slice(0, 12)} is not in this clone (a shallow checkout?); processing only ${to.slice(0, 12)}. Use fetch-depth: 0 in actions/checkout.`);
            return {
                ...unprocessed(await (0,git_history/* commitsInRange */.fw)(cwd, null, to)),
                description: `${to.slice(0, 12)} only (shallow clone)`,
            };
        }
        if (await (0,git_history/* isAncestor */.QX)(cwd, known, to)) {
            return {
                ...unprocessed(await (0,git_history/* commitsInRange */.fw)(cwd, known, to)),
                description: `push ${known.slice(0, 12)}..${to.slice(0, 12)}`,
            };
        }
        // A force-push: the commits since the newest one the state knows, not yet processed.
        const since = await lastProcessed(cwd, to, states);
        const commits = since ? await (0,git_history/* commitsInRange */.fw)(cwd, since, to) : await (0,git_history/* commitsInRange */.fw)(cwd, null, to);
        return {
            ...unprocessed(commits),
            description: `force-push: ${since ? `after ${since.slice(0, 12)}, ` : ''}commits not yet processed up to ${to.slice(0, 12)}`,
        };
    }
    const since = await lastProcessed(cwd, to, states);
    if (since) {
        return {
            ...unprocessed(await (0,git_history/* commitsInRange */.fw)(cwd, since, to)),
            description: `since the last processed commit ${since.slice(0, 12)}`,
        };
    }
    return {
        ...unprocessed(await (0,git_history/* commitsInRange */.fw)(cwd, null, to)),
        description: `${to.slice(0, 12)} only (no state yet; set from to process more)`,
    };
}
/** The newest commit reachable from `to` that the state records as done. */
async function lastProcessed(cwd, to, states) {
    if (states.size === 0)
        return undefined;
    for (const sha of await (0,git_history/* recentCommits */.i)(cwd, to, 1000)) {
        // An interrupted commit (pending, in_progress) is not a boundary: the run resumes it.
        if (DONE.includes(states.get(sha)?.status ?? 'pending'))
            return sha;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/commands/docs/update.ts























/** The LLM providers in order; the primary's key falls back to OPENAI_API_KEY. Every key is masked. */
function providers(ctx) {
    const { settings, deps } = ctx;
    const envKey = deps.env.OPENAI_API_KEY?.trim() || undefined;
    const key = settings.primary.apiKey ?? envKey;
    if (key)
        deps.log.setSecret(key);
    for (const f of settings.fallback)
        if (f.apiKey !== 'none')
            deps.log.setSecret(f.apiKey);
    const openAi = /(^|\.)openai\.com$/.test(settings.primary.name) || /\.openai\.azure\.com$/.test(settings.primary.name);
    const primary = { ...settings.primary, apiKey: key ?? 'none' };
    return { list: [primary, ...settings.fallback], missingKey: !key && openAi };
}
/** Documentation files: tracked or untracked-but-not-ignored files matching doc-files, and every file a mapping names. */
async function loadDocs(ctx) {
    const isDoc = matcher(ctx.docGlobs);
    const paths = new Set();
    for (const entry of await (0,git_repository/* listIndex */.VH)(ctx.root))
        if (isDoc(entry.path))
            paths.add(entry.path);
    for (const path of await (0,git_repository/* listUntracked */.c7)(ctx.root))
        if (isDoc(path))
            paths.add(path);
    for (const m of ctx.config.mappings)
        paths.add(m.doc);
    const docs = new Map();
    for (const path of [...paths].sort()) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(ctx.root, path), 'utf8');
        }
        catch {
            docs.set(path, null);
            continue;
        }
        docs.set(path, { file: path, text, sections: documentSections(text, path).sections });
    }
    return docs;
}
async function withChangedFiles(root, commits) {
    const out = [];
    for (const commit of commits)
        out.push({ commit, files: await (0,git_history/* changedFiles */.Y_)(root, await (0,git_history/* diffBase */.Pk)(root, commit), commit.sha) });
    return out;
}
function renderMessage(template, commits) {
    const newest = commits.at(-1)?.sha ?? '';
    const subject = template.replace(/\{short_sha\}/g, newest.slice(0, 7)).replace(/\{count\}/g, String(commits.length));
    const list = commits.map((c) => `- ${c.sha.slice(0, 12)} ${c.subject}`).join('\n');
    return `${subject}\n\nUpdates the documentation for:\n${list}\n\n${UPDATE_TRAILER}: true\n`;
}
/** The pull request body: each code commit and the sections it changed, with token counts. */
function renderPullRequestBody(plan, outcomes) {
    const lines = [
        'Documentation sections made stale by these commits, rewritten by dardocs. Review them like any other change.',
        '',
        '| Commit | Section | Result | Tokens |',
        '| --- | --- | --- | --- |',
    ];
    for (const planned of plan.commits) {
        if (planned.skip)
            continue;
        for (const outcome of outcomes.filter((o) => o.job.commits.includes(planned))) {
            lines.push(`| ${planned.commit.sha.slice(0, 12)} ${planned.commit.subject.replace(/\|/g, '\\|')} | ${outcome.job.docFile} § ${outcome.job.title} | ${outcome.status}${outcome.reason && outcome.status === 'failed' ? `: ${outcome.reason.replace(/\|/g, '\\|')}` : ''} | ${outcome.tokens} |`);
        }
    }
    lines.push('', `<sub>Commits carry the trailer \`${UPDATE_TRAILER}: true\`, so dardocs never rewrites from its own output.</sub>`);
    return `${lines.join('\n')}\n`;
}
/** Per-commit state from the plan and the outcomes of its jobs. */
function commitStates(plan, outcomes, docCommitSha, filesChanged) {
    return plan.commits.map((planned) => {
        const mine = outcomes.filter((o) => o.job.commits.includes(planned));
        const targets = mine.map((o) => ({
            docFile: o.job.docFile,
            sectionId: o.job.sectionId,
            strategy: o.job.strategy,
            status: o.status,
            reason: o.reason,
            provider: o.provider,
            model: o.model,
            // A batch job's tokens count once, on its newest commit.
            tokens: o.job.commits.at(-1) === planned ? o.tokens : 0,
        }));
        const failed = mine.filter((o) => o.status === 'failed');
        const applied = mine.filter((o) => o.status === 'applied');
        const status = planned.skip
            ? 'skipped'
            : failed.length > 0
                ? 'failed'
                : applied.length > 0
                    ? 'success'
                    : 'skipped';
        return {
            commitSha: planned.commit.sha,
            status,
            targets,
            docCommitSha: applied.length > 0 ? docCommitSha : null,
            filesChanged: applied.length > 0
                ? [...new Set(applied.map((o) => o.job.docFile))].filter((f) => filesChanged.includes(f))
                : [],
            tokens: targets.reduce((sum, t) => sum + (t.tokens ?? 0), 0),
            provider: mine.find((o) => o.provider)?.provider ?? null,
            model: mine.find((o) => o.model)?.model ?? null,
            error: planned.skip
                ? null
                : failed.length > 0
                    ? failed.map((o) => `${o.job.docFile} § ${o.job.title}: ${o.reason}`).join('; ')
                    : null,
        };
    });
}
async function commitsToRetry(ctx, states) {
    const wanted = [...states.values()].filter((s) => s.status === 'failed' && (!ctx.settings.commit || s.commitSha.startsWith(ctx.settings.commit.toLowerCase())));
    if (ctx.settings.commit && wanted.length === 0) {
        const known = [...states.values()].find((s) => s.commitSha.startsWith(ctx.settings.commit?.toLowerCase() ?? ''));
        throw new src_errors/* InputError */.dz('commit', known
            ? `commit ${ctx.settings.commit} is ${known.status}, not failed; retry only reruns failed commits`
            : `commit ${ctx.settings.commit} has no docs state; run update for it (from/to) instead`);
    }
    const order = new Map((await (0,git_history/* recentCommits */.i)(ctx.root, 'HEAD', 5000)).map((sha, i) => [sha, i]));
    const commits = [];
    for (const state of wanted) {
        const commit = await (0,git_history/* readCommit */.kN)(ctx.root, state.commitSha);
        if (commit)
            commits.push(commit);
        else
            ctx.deps.log.warning(`failed commit ${state.commitSha.slice(0, 12)} is not in this clone; fetch it to retry it`);
    }
    return commits.sort((a, b) => (order.get(b.sha) ?? 1e9) - (order.get(a.sha) ?? 1e9));
}
async function runUpdate(ctx) {
    const { settings, deps, root } = ctx;
    const { log } = deps;
    const { list: providerList, missingKey } = providers(ctx);
    if (missingKey && settings.mode !== 'dry-run') {
        throw new src_errors/* InputError */.dz('llm-api-key', `No LLM API key: set llm-api-key (for example \${{ secrets.OPENAI_API_KEY }}) or the OPENAI_API_KEY environment variable, or point llm-base-url at a server that needs none. Nothing was done.`);
    }
    if (settings.mode === 'pr' && !settings.githubToken) {
        throw new src_errors/* InputError */.dz('github-token', 'mode pr needs github-token (or GITHUB_TOKEN) to open the pull request; locally, use --mode commit or --mode dry-run.');
    }
    const states = await log.group(`Load state from ${ctx.store.where}`, () => ctx.store.load());
    const retry = settings.docsCommand === 'retry';
    const range = retry
        ? {
            commits: await commitsToRetry(ctx, states),
            description: 'failed commits (retry)',
            alreadyProcessed: [],
        }
        : await resolveRange({
            cwd: root,
            from: settings.from,
            to: settings.to,
            event: readPushEvent(deps.env),
            states,
            log,
        });
    log.info(`commits: ${range.description}: ${range.commits.length} to process${range.alreadyProcessed.length ? `, ${range.alreadyProcessed.length} already processed` : ''}`);
    const docs = await loadDocs(ctx);
    const plan = buildPlan({
        commits: await withChangedFiles(root, range.commits),
        docs,
        config: ctx.config,
        docGlobs: ctx.docGlobs,
        configFile: ctx.configFile,
    });
    for (const warning of plan.warnings)
        log.warning(warning);
    const pool = new ProviderPool(providerList, openAiChat({ timeoutMs: settings.timeoutMs, maxRetries: settings.maxRetries, fetch: deps.fetch }));
    const canCall = !missingKey;
    let inferenceTokens = 0;
    const infer = settings.infer ?? ctx.config.infer ?? false;
    const unmapped = plan.commits.filter((c) => !c.skip && c.unmapped.length > 0);
    if (infer && unmapped.length > 0 && canCall) {
        inferenceTokens = await inferTargets(ctx, plan, docs, pool);
    }
    await log.group('Plan', async () => {
        for (const line of renderPlan(plan))
            log.info(line);
    });
    const jobs = planJobs(plan, settings.batch);
    const cache = fileCache((0,external_node_path_.join)(ctx.gitDir, 'dardocs', 'llm-cache'));
    const applyCtx = {
        cwd: root,
        docs,
        pool,
        cache,
        limits: { maxShrink: settings.maxShrink, maxChars: 60_000 },
        maxPromptTokens: settings.maxPromptTokens,
        log,
    };
    const planRows = plan.commits.flatMap((c) => c.skip
        ? [[c.commit.sha.slice(0, 12), c.commit.subject, '-', 'skipped', c.skip]]
        : c.targets.length === 0
            ? [[c.commit.sha.slice(0, 12), c.commit.subject, '-', 'nothing maps', c.unmapped.slice(0, 3).join(', ')]]
            : c.targets.map((t) => [
                c.commit.sha.slice(0, 12),
                c.commit.subject,
                `${t.docFile} § ${t.title}`,
                t.strategy,
                `${t.files.join(', ')} match ${t.reason}`,
            ]));
    const planTable = { caption: 'Plan', headers: ['Commit', 'Subject', 'Section', 'Why', 'Detail'], rows: planRows };
    const outputs = (o) => ({
        changed: 'false',
        'pull-request-number': '',
        'pull-request-url': '',
        'sections-updated': '0',
        'tokens-used': String(inferenceTokens),
        ...o,
    });
    if (jobs.length === 0) {
        if (settings.mode !== 'dry-run')
            await ctx.store.save(commitStates(plan, [], null, []));
        const facts = [
            ['Commits', range.description],
            ['Result', 'no section to rewrite'],
        ];
        let open = null;
        if (settings.mode === 'pr' && settings.githubToken && range.commits.length > 0) {
            // Nothing new to propose, but the base may have caught up with the open pull request.
            const result = await (0,pull_request_branch/* proposeOnBranch */.m)(proposal(ctx, await baseBranch(ctx), (await (0,git_history/* readCommit */.kN)(root, 'HEAD'))?.sha ?? '', async () => [], '', plan, []));
            if (result.closed)
                facts.push(['Pull request', `#${result.closed} closed: the base holds all of it`]);
            open = result.pullRequest;
            if (open)
                facts.push(['Pull request', `#${open.number} ${open.url} (still open, unchanged)`]);
        }
        return {
            // An open pull request from earlier pushes is still named, so later steps can link it.
            outputs: outputs(open ? { 'pull-request-number': String(open.number), 'pull-request-url': open.url } : {}),
            summary: { title: `dardocs docs: ${ctx.repository}`, facts, tables: [planTable] },
        };
    }
    if (!canCall) {
        // dry-run without a key: the plan is the whole output.
        const how = 'To rewrite these sections, set llm-api-key (or OPENAI_API_KEY), or llm-base-url for a local OpenAI-compatible server such as Ollama.';
        log.info(how);
        return {
            outputs: outputs({}),
            summary: {
                title: `dardocs docs (dry run): ${ctx.repository}`,
                facts: [
                    ['Commits', range.description],
                    ['Sections planned', String(jobs.length)],
                    ['LLM', 'no API key: plan only'],
                ],
                tables: [planTable],
                notes: [how],
            },
        };
    }
    const estimate = await estimateJobs(applyCtx, jobs);
    const price = priceFor(settings.primary.model, settings.price);
    const cost = estimateCost(price, estimate.promptTokens, estimate.answerTokens);
    const total = estimate.promptTokens + estimate.answerTokens;
    log.info(`estimate: ${estimate.calls} LLM calls${estimate.cached ? ` (${estimate.cached} answered from the cache)` : ''}, about ${estimate.promptTokens} prompt + ${estimate.answerTokens} answer tokens${cost === undefined ? ' (price of ' + settings.primary.model + ' unknown; set llm-price)' : `, about $${cost.toFixed(4)}`}`);
    if (total > settings.maxTokensPerRun) {
        throw new src_errors/* DardocsError */.d9('LLM_BUDGET_EXCEEDED', `this run would use about ${total} tokens, over max-tokens-per-run ${settings.maxTokensPerRun}; raise it, lower max-prompt-tokens, or process fewer commits (from/to). No LLM call was made.`);
    }
    const processed = plan.commits.filter((c) => !c.skip).map((c) => c.commit.sha);
    if (settings.mode !== 'dry-run') {
        await ctx.store.save(plan.commits
            .filter((c) => !c.skip)
            .map((c) => ({
            commitSha: c.commit.sha,
            status: 'in_progress',
            targets: c.targets.map((t) => ({
                docFile: t.docFile,
                sectionId: t.sectionId,
                strategy: t.strategy,
                status: 'planned',
                reason: t.reason,
            })),
            docCommitSha: null,
            filesChanged: [],
            tokens: 0,
            provider: null,
            model: null,
            error: null,
        })));
    }
    const { outcomes, bodies } = await log.group('Rewrite', () => runJobs(applyCtx, jobs));
    for (const o of outcomes) {
        log.info(`${o.job.docFile} § ${o.job.title}: ${o.status}${o.reason && o.status === 'failed' ? ` (${o.reason})` : ''}${o.provider ? ` [${o.provider} ${o.model}${o.cached ? ', cached' : `, ${o.tokens} tokens`}]` : ''}`);
    }
    const tokensUsed = inferenceTokens + outcomes.reduce((s, o) => s + o.tokens, 0);
    const newTexts = new Map();
    for (const [file, sectionBodies] of bodies) {
        const doc = docs.get(file);
        if (!doc)
            continue;
        const next = spliceByIds(doc.text, file, sectionBodies);
        if (next !== doc.text)
            newTexts.set(file, next);
    }
    const changes = async (read) => {
        const out = [];
        for (const [file, sectionBodies] of bodies) {
            const doc = docs.get(file);
            const current = await read(file);
            if (!doc || current === undefined)
                continue;
            const next = current === doc.text ? (newTexts.get(file) ?? current) : spliceByIds(current, file, sectionBodies);
            if (next !== current)
                out.push({ path: file, content: next });
        }
        return out;
    };
    const applied = outcomes.filter((o) => o.status === 'applied').length;
    const resultTable = {
        caption: 'Sections',
        headers: ['Section', 'Commits', 'Result', 'Provider', 'Tokens'],
        rows: outcomes.map((o) => [
            `${o.job.docFile} § ${o.job.title}`,
            o.job.commits.map((c) => c.commit.sha.slice(0, 7)).join(' '),
            `${o.status}${o.reason && o.status === 'failed' ? `: ${o.reason}` : ''}`,
            o.provider ? `${o.provider} ${o.model}${o.cached ? ' (cached)' : ''}` : '-',
            String(o.tokens),
        ]),
    };
    const failedCount = outcomes.filter((o) => o.status === 'failed').length;
    const failure = failedCount > 0
        ? new src_errors/* DardocsError */.d9('LLM_FAILED', `${failedCount} of ${outcomes.length} sections failed; the others were written. See the table; rerun with docs-command retry.`)
        : undefined;
    const facts = [
        ['Commits', `${range.description} (${processed.length} processed)`],
        [
            'Sections',
            `${applied} rewritten, ${outcomes.filter((o) => o.status === 'unchanged').length} unchanged, ${failedCount} failed`,
        ],
        ['Tokens', String(tokensUsed)],
    ];
    if (settings.mode === 'dry-run') {
        const diff = [...newTexts]
            .map(([file, next]) => (0,create/* createTwoFilesPatch */.ss)(`a/${file}`, `b/${file}`, docs.get(file)?.text ?? '', next))
            .join('\n');
        if (diff)
            log.info(diff);
        return {
            outputs: outputs({
                changed: String(newTexts.size > 0),
                'sections-updated': String(applied),
                'tokens-used': String(tokensUsed),
            }),
            summary: {
                title: `dardocs docs (dry run): ${ctx.repository}`,
                facts,
                tables: [planTable, resultTable],
                notes: diff ? [diff] : [],
            },
            failure,
        };
    }
    const message = renderMessage(settings.commitMessage, plan.commits.filter((c) => !c.skip).map((c) => c.commit));
    const identity = await (0,commit_files/* committerIdentity */.zF)(root);
    // Doc commits build on the checked-out tip (the documents were read from it), never on an older
    // commit of the range: a retry of an old commit must not propose reverting what came after it.
    const head = (await (0,git_history/* readCommit */.kN)(root, 'HEAD'))?.sha ?? '';
    let docCommit = null;
    let pullRequest = null;
    let mode = settings.mode;
    try {
        if (newTexts.size > 0 && mode === 'commit') {
            const branch = await baseBranch(ctx);
            const dirty = await dirtyPaths(root, [...newTexts.keys()]);
            if (dirty.length > 0) {
                throw new src_errors/* DardocsError */.d9('PUSH_REJECTED', `${dirty.join(', ')} has uncommitted changes; commit or stash them, then run again`);
            }
            const outcome = await commitToBranch({
                cwd: root,
                branch,
                head,
                changes,
                message,
                identity,
                push: ctx.inRunner && (await (0,remote/* hasRemote */.F6)(root)),
                auth: { token: settings.githubToken },
                log,
            });
            if (outcome.kind === 'committed') {
                docCommit = outcome.commit;
                log.info(`committed ${outcome.commit.slice(0, 12)} on ${branch}${outcome.pushed ? ' and pushed it' : ''}`);
            }
            else if (outcome.kind === 'protected') {
                log.warning(`${branch} is protected (${outcome.message.split('\n')[0]}); opening a pull request instead`);
                mode = 'pr';
            }
        }
        if (mode === 'pr' && settings.githubToken) {
            const result = await (0,pull_request_branch/* proposeOnBranch */.m)({
                ...proposal(ctx, await baseBranch(ctx), head, changes, message, plan, outcomes),
                identity,
            });
            docCommit = result.commit;
            pullRequest = result.pullRequest;
        }
        else if (mode === 'pr') {
            throw new src_errors/* InputError */.dz('github-token', 'the branch is protected and no github-token is set to open a pull request instead');
        }
    }
    catch (error) {
        await ctx.store.save(commitStates(plan, outcomes, null, []).map((s) => s.status === 'skipped' ? s : { ...s, status: 'failed', error: `publishing failed: ${(0,src_errors/* getErrorMessage */.u1)(error)}` }));
        throw error;
    }
    await ctx.store.save(commitStates(plan, outcomes, docCommit, [...newTexts.keys()]));
    facts.push([
        'Result',
        docCommit ? `${mode === 'pr' ? 'pull request' : 'commit'} ${docCommit.slice(0, 12)}` : 'no documentation change',
    ]);
    if (pullRequest)
        facts.push(['Pull request', `#${pullRequest.number} ${pullRequest.url}`]);
    return {
        outputs: outputs({
            changed: String(docCommit !== null),
            'pull-request-number': pullRequest ? String(pullRequest.number) : '',
            'pull-request-url': pullRequest?.url ?? '',
            'sections-updated': String(applied),
            'tokens-used': String(tokensUsed),
        }),
        summary: { title: `dardocs docs: ${ctx.repository}`, facts, tables: [planTable, resultTable] },
        failure,
    };
}
/** The docs pull request: branch dardocs/docs-<base>, built on the pushed commit. */
function proposal(ctx, base, head, changes, message, plan, outcomes) {
    const token = ctx.settings.githubToken ?? '';
    const octokit = (0,client/* createGithubClient */.zZ)({ token, apiUrl: ctx.deps.env.GITHUB_API_URL, log: ctx.deps.log });
    return {
        cwd: ctx.root,
        base,
        baseSha: head,
        branch: `dardocs/docs-${base}`,
        changes,
        message,
        title: `docs: update documentation made stale on ${base}`,
        body: renderPullRequestBody(plan, outcomes),
        identity: commit_files/* ACTIONS_BOT */.aX,
        auth: { token },
        pulls: new pull_requests/* PullRequests */.u(octokit, ctx.owner, ctx.repo),
        log: ctx.deps.log,
    };
}
/** One LLM call for the whole push: which headings do the unmapped files' changes affect? */
async function inferTargets(ctx, plan, docs, pool) {
    const headings = [...docs.values()].flatMap((d) => d
        ? d.sections
            .filter((s) => s.kind === 'heading')
            .map((s) => ({ docFile: d.file, title: s.title, section: s, doc: d }))
        : []);
    if (headings.length === 0)
        return 0;
    const commits = plan.commits.filter((c) => !c.skip && c.unmapped.length > 0);
    const files = commits.flatMap((c) => c.files.filter((f) => c.unmapped.includes(f.path)));
    const messages = buildInferencePrompt(headings, files, commits.map((c) => ({ sha: c.commit.sha, message: c.commit.message })));
    try {
        const answer = await pool.complete(messages);
        const picked = parseInferenceAnswer(answer.text, headings.length).map((i) => headings[i]);
        for (const commit of commits) {
            for (const h of picked) {
                if (!h || commit.targets.some((t) => t.docFile === h.docFile && t.sectionId === h.section.id))
                    continue;
                commit.targets.push({
                    docFile: h.docFile,
                    sectionId: h.section.id,
                    title: h.title,
                    line: h.section.line,
                    strategy: 'inferred',
                    reason: `picked by the LLM (${answer.provider} ${answer.model}) for files no mapping covers`,
                    files: [...commit.unmapped],
                });
            }
        }
        ctx.deps.log.info(`inference picked ${picked.length} section(s) for ${files.length} unmapped file(s)`);
        return answer.promptTokens + answer.completionTokens;
    }
    catch (error) {
        ctx.deps.log.warning(`inference failed, unmapped files are left alone: ${(0,src_errors/* getErrorMessage */.u1)(error)}`);
        return 0;
    }
}
/** Reads a pull_request event's base and head. */
function readPullRequestEvent(env) {
    if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request') || !env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const base = event.pull_request?.base?.sha;
        const head = event.pull_request?.head?.sha;
        return base && head ? { base, head } : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * mode check (no LLM): every mapped section whose code changed in the pull request while the
 * section itself did not gets an annotation, and the step fails, so stale docs are caught in review.
 */
async function runCheck(ctx) {
    const { settings, deps, root } = ctx;
    const event = readPullRequestEvent(deps.env);
    const from = settings.from ?? event?.base;
    const to = settings.to ?? event?.head ?? 'HEAD';
    if (!from) {
        throw new src_errors/* InputError */.dz('from', 'mode check compares a pull request with its base: run it on pull_request, or set from (the base commit).');
    }
    const headCommit = await (0,git_history/* readCommit */.kN)(root, to);
    if (!headCommit)
        throw new src_errors/* InputError */.dz('to', `commit ${to} is not in this clone`);
    const base = await (0,git_history/* mergeBase */.wu)(root, from, headCommit.sha);
    if (!base)
        throw new src_errors/* InputError */.dz('from', `commit ${from} is not in this clone (use fetch-depth: 0 in actions/checkout)`);
    const mergeBase = base;
    const files = (await (0,git_history/* changedFiles */.Y_)(root, mergeBase, headCommit.sha)).map((f) => f.path);
    const docs = await loadDocs(ctx);
    const plan = buildPlan({
        commits: [{ commit: { ...headCommit, message: '' }, files: files.map((path) => ({ status: 'M', path })) }],
        docs,
        config: ctx.config,
        docGlobs: ctx.docGlobs,
        configFile: ctx.configFile,
    });
    for (const w of plan.warnings)
        deps.log.warning(w);
    const stale = [];
    for (const target of plan.commits[0]?.targets ?? []) {
        const doc = docs.get(target.docFile);
        const section = doc?.sections.find((s) => s.id === target.sectionId);
        if (!doc || !section)
            continue;
        const before = await (0,git_history/* showFile */.II)(root, mergeBase, target.docFile);
        let beforeBody;
        if (before !== undefined) {
            const old = documentSections(before, target.docFile).sections.find((s) => s.id === target.sectionId);
            beforeBody = old ? sectionBody(before, old) : undefined;
        }
        if (beforeBody !== undefined && beforeBody === sectionBody(doc.text, section)) {
            const message = `${target.files.join(', ')} changed in this pull request but "${target.title}" did not; update it (mapped by ${target.reason})`;
            deps.log.annotate('error', message, { file: target.docFile, line: section.line });
            stale.push([`${target.docFile}:${section.line}`, target.title, target.files.join(', ')]);
        }
    }
    return {
        outputs: {
            changed: 'false',
            'pull-request-number': '',
            'pull-request-url': '',
            'sections-updated': '0',
            'tokens-used': '0',
        },
        summary: {
            title: `dardocs docs check: ${ctx.repository}`,
            facts: [
                ['Compared', `${mergeBase.slice(0, 12)}..${headCommit.sha.slice(0, 12)}`],
                ['Stale sections', String(stale.length)],
            ],
            tables: stale.length
                ? [
                    {
                        caption: 'Sections whose code changed but they did not',
                        headers: ['Where', 'Section', 'Changed code'],
                        rows: stale,
                    },
                ]
                : [],
        },
        failure: stale.length
            ? new src_errors/* DardocsError */.d9('DOCS_STALE', `${stale.length} documentation section(s) may be stale; see the annotations`)
            : undefined,
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/inputs/fields.ts
var fields = __webpack_require__(2996);
;// CONCATENATED MODULE: ./src/commands/docs/settings.ts


const providerName = (baseURL) => {
    try {
        return new URL(baseURL).host;
    }
    catch {
        return baseURL;
    }
};
const fallbackList = () => schemas/* string */.YjP().transform((s, ctx) => {
    const providers = [];
    for (const [index, raw] of s.split('\n').entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const [baseURL = '', model = '', apiKey = ''] = line.split(/\s+/);
        if (!/^https?:\/\//.test(baseURL) || model === '') {
            ctx.addIssue({
                code: 'custom',
                message: `line ${index + 1} must be "base-url model api-key" (the key may be left out for a local server)`,
            });
            return core/* NEVER */.tm;
        }
        providers.push({ name: providerName(baseURL), baseURL, model, apiKey: apiKey || 'none' });
    }
    return providers;
});
const price = () => schemas/* string */.YjP().transform((s, ctx) => {
    if (s.trim() === '')
        return undefined;
    const parts = s.split(',').map((p) => Number(p.trim()));
    if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n) || n < 0)) {
        ctx.addIssue({
            code: 'custom',
            message: `must be "input,output" USD per million tokens, e.g. 0.15,0.6, got '${s}'`,
        });
        return core/* NEVER */.tm;
    }
    return [parts[0], parts[1]];
});
const optionalBool = () => schemas/* string */.YjP().transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (v === '')
        return undefined;
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off'].includes(v))
        return false;
    ctx.addIssue({ code: 'custom', message: `must be true, false or empty, got '${s}'` });
    return core/* NEVER */.tm;
});
const settings_schema = schemas/* object */.Ikc({
    cwd: (0,fields/* text */.Qq)(),
    'docs-command': schemas/* enum */.k5n(['update', 'status', 'retry', 'revert', 'init', 'enable-hook', 'disable-hook'], {
        error: (issue) => `must be one of update, status, retry, revert, init, enable-hook, disable-hook, got '${String(issue.input)}'`,
    }),
    mode: schemas/* enum */.k5n(['pr', 'commit', 'dry-run', 'check'], {
        error: (issue) => `must be pr, commit, dry-run or check, got '${String(issue.input)}'`,
    }),
    commit: (0,fields/* optionalText */.mR)(),
    base: (0,fields/* optionalText */.mR)(),
    from: (0,fields/* optionalText */.mR)(),
    to: (0,fields/* optionalText */.mR)(),
    config: (0,fields/* text */.Qq)(),
    'doc-files': (0,fields/* list */.p_)(),
    infer: optionalBool(),
    'llm-base-url': (0,fields/* url */.OZ)(),
    'llm-model': (0,fields/* text */.Qq)(),
    'llm-api-key': (0,fields/* optionalText */.mR)(),
    fallback: fallbackList(),
    timeout: (0,fields/* integer */.nd)({ min: 1, max: 3600, unit: 'seconds' }),
    'max-retries': (0,fields/* integer */.nd)({ min: 0, max: 10 }),
    'max-prompt-tokens': (0,fields/* integer */.nd)({ min: 500, unit: 'tokens' }),
    'max-tokens-per-run': (0,fields/* integer */.nd)({ min: 1, unit: 'tokens' }),
    batch: (0,fields/* bool */.lc)(),
    'max-shrink': (0,fields/* integer */.nd)({ min: 0, max: 100, unit: 'percent' }),
    'llm-price': price(),
    'commit-message': (0,fields/* text */.Qq)(),
    json: (0,fields/* bool */.lc)(),
    'github-token': (0,fields/* optionalText */.mR)(),
    'receiver-url': (0,fields/* url */.OZ)(),
    'receiver-api-key': (0,fields/* optionalText */.mR)(),
    repository: (0,fields/* ownerRepo */.QH)(),
})
    .superRefine((v, ctx) => {
    if (v['receiver-url'] && !v['receiver-api-key'])
        ctx.addIssue({ code: 'custom', path: ['receiver-api-key'], message: 'is required when receiver-url is set' });
    if (v.commit && !/^[0-9a-f]{4,64}$/i.test(v.commit) && v['docs-command'] !== 'update')
        ctx.addIssue({
            code: 'custom',
            path: ['commit'],
            message: `must be a commit sha for docs-command ${v['docs-command']}`,
        });
    if (v['docs-command'] === 'revert' && !v.commit)
        ctx.addIssue({
            code: 'custom',
            path: ['commit'],
            message: 'is required for docs-command revert (the code commit whose doc changes to revert)',
        });
})
    .transform((v) => ({
    cwd: v.cwd === '' ? '.' : v.cwd,
    docsCommand: v['docs-command'],
    mode: v.mode,
    commit: v.commit,
    base: v.base,
    from: v.from,
    to: v.to,
    configPath: v.config === '' ? '.dardocs.yml' : v.config,
    docFiles: v['doc-files'],
    infer: v.infer,
    primary: {
        name: providerName(v['llm-base-url'] ?? 'https://api.openai.com/v1'),
        baseURL: v['llm-base-url'] ?? 'https://api.openai.com/v1',
        model: v['llm-model'] || 'gpt-4o-mini',
        apiKey: v['llm-api-key'],
    },
    fallback: v.fallback,
    timeoutMs: v.timeout * 1000,
    maxRetries: v['max-retries'],
    maxPromptTokens: v['max-prompt-tokens'],
    maxTokensPerRun: v['max-tokens-per-run'],
    batch: v.batch,
    maxShrink: v['max-shrink'],
    price: v['llm-price'],
    commitMessage: v['commit-message'] || 'docs: update for {short_sha}',
    json: v.json,
    githubToken: v['github-token'],
    receiverUrl: v['receiver-url'],
    receiverApiKey: v['receiver-api-key'],
    repository: v.repository,
}));
function parseDocsSettings(values) {
    return (0,fields/* parseWith */.Ku)(settings_schema, values);
}

;// CONCATENATED MODULE: ./src/commands/docs/index.ts















const DEFAULT_DOC_FILES = ['README.md', 'docs/**/*.md'];
async function context(settings, deps) {
    const cwd = (0,external_node_path_.resolve)(deps.workdir, settings.cwd);
    const location = await (0,git_repository/* locateRepository */.ZX)(cwd);
    if (!location) {
        throw new src_errors/* InputError */.dz('cwd', `${cwd} is not inside a git repository; docs works on commits, so run it in a checkout.`);
    }
    const root = location.topLevel;
    const gitDir = (await (0,exec_git/* execGit */.I)(['rev-parse', '--absolute-git-dir'], { cwd: root })).stdout.toString('utf8').trim();
    const identity = (0,repository_identity/* resolveRepository */.BN)({
        input: settings.repository,
        env: deps.env,
        originUrl: await (0,git_repository/* originUrl */.sH)(root),
        dirName: (0,external_node_path_.basename)(root),
    });
    const configPath = (0,external_node_path_.resolve)(cwd, settings.configPath);
    let config = EMPTY_CONFIG;
    const configFile = (0,external_node_path_.relative)(root, configPath).split('\\').join('/');
    if ((0,external_node_fs_.existsSync)(configPath))
        config = parseDocsConfig((0,external_node_fs_.readFileSync)(configPath, 'utf8'), configFile);
    const inRunner = deps.env.GITHUB_ACTIONS === 'true';
    const auth = { token: settings.githubToken };
    const repository = `${identity.owner}/${identity.name}`;
    const store = settings.receiverUrl && settings.receiverApiKey
        ? new ReceiverStateStore(settings.receiverUrl, settings.receiverApiKey, repository, deps.fetch)
        : new GitNotesStore(root, { share: inRunner, auth });
    return {
        settings,
        deps,
        root,
        gitDir,
        repository,
        owner: identity.owner,
        repo: identity.name,
        config,
        configFile,
        docGlobs: settings.docFiles.length > 0 ? settings.docFiles : (config.docFiles ?? DEFAULT_DOC_FILES),
        store,
        inRunner,
    };
}
/** The base branch: the input, else the pushed branch, else the checked-out one. */
async function baseBranch(ctx) {
    const pushed = ctx.deps.env.GITHUB_REF?.startsWith('refs/heads/') ? ctx.deps.env.GITHUB_REF_NAME : undefined;
    const base = ctx.settings.base ?? pushed ?? (await (0,git_repository/* currentBranch */.eR)(ctx.root));
    if (!base) {
        throw new src_errors/* InputError */.dz('base', 'HEAD is detached and no branch was pushed: set base to the branch the docs belong to.');
    }
    return base;
}
async function run(settings, deps) {
    const ctx = await context(settings, deps);
    switch (settings.docsCommand) {
        case 'init':
            return initConfig(ctx);
        case 'enable-hook':
            return enableHooks(ctx);
        case 'disable-hook':
            return disableHooks(ctx);
        case 'status':
            return renderStatus(ctx);
        default:
            break;
    }
    if (settings.mode === 'check')
        return runCheck(ctx);
    const release = acquireLock((0,external_node_path_.join)(ctx.gitDir, 'dardocs', 'run.lock'));
    try {
        if (settings.docsCommand === 'revert')
            return await revertCommit(ctx, settings.commit);
        return await runUpdate(ctx);
    }
    catch (error) {
        if (error instanceof src_errors/* DardocsError */.d9)
            throw error;
        throw new src_errors/* DardocsError */.d9('GIT_FAILED', (0,src_errors/* getErrorMessage */.u1)(error), { cause: error });
    }
    finally {
        release();
    }
}


/***/ }),

/***/ 4017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ receiverJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * One JSON call to the receiver with its API key: the body in, the parsed answer out, and an
 * error that names the status and, for 401/403, the scope the key needs. A 404 listed in
 * `allow` answers an empty object instead of failing.
 */
async function receiverJson(options) {
    const { method, body } = options;
    let response;
    try {
        response = await options.fetchImpl(options.url, {
            method,
            headers: {
                authorization: `Bearer ${options.apiKey}`,
                accept: 'application/json',
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(30_000),
        });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DardocsError */ .d9(options.codes.unreachable, `could not reach the receiver for ${options.what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}`);
    }
    const text = await response.text();
    if (!response.ok && !(options.allow404 && response.status === 404)) {
        const hint = response.status === 401 || response.status === 403 ? ' (the API key needs the runs:write scope)' : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DardocsError */ .d9(options.codes.rejected, `the receiver answered ${response.status} to ${method} ${options.what}${hint}: ${text.slice(0, 300)}`);
    }
    return text ? JSON.parse(text) : {};
}


/***/ })

};
