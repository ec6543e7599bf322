export const id = 935;
export const ids = [935];
export const modules = {

/***/ 844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ax: () => (/* binding */ commitAuthors),
  Sm: () => (/* binding */ commitExists),
  eR: () => (/* binding */ currentBranch),
  wI: () => (/* binding */ diffToWorktree),
  l$: () => (/* binding */ hashObjects),
  Qo: () => (/* binding */ headCommit),
  aT: () => (/* binding */ headTime),
  fE: () => (/* binding */ isShallow),
  VH: () => (/* binding */ listIndex),
  c7: () => (/* binding */ listUntracked),
  ZX: () => (/* binding */ locateRepository),
  tA: () => (/* binding */ mayFilterContent),
  sH: () => (/* binding */ originUrl),
  rV: () => (/* binding */ worktreeChanges)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/git/exec-git.ts


/**
 * Every git process runs through here. It is spawned directly rather than through @actions/exec
 * because the scanner reads large NUL-separated listings as raw bytes (no line splitting, no
 * echoing of the command line), and tests need identical behaviour on a runner and a terminal.
 * GIT_OPTIONAL_LOCKS=0 keeps read-only commands from rewriting the index under a user's feet.
 */
function execGit(args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['-c', 'core.quotePath=false', ...args], {
            cwd: options.cwd,
            env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            reject(new errors/* DardocsError */.d9('GIT_FAILED', `Could not run git (${error.message}). Install git and make sure it is on PATH.`, {
                cause: error,
            }));
        });
        child.on('close', (code) => {
            const run = { code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() };
            if (run.code !== 0 && !options.allowFailure) {
                reject(new errors/* DardocsError */.d9('GIT_FAILED', `git ${args.join(' ')} failed in ${options.cwd}: ${run.stderr || `exit ${run.code}`}`));
                return;
            }
            resolve(run);
        });
        child.stdin.on('error', () => {
            // git may exit before reading all of stdin; its exit code tells what happened.
        });
        child.stdin.end(options.input ?? '');
    });
}
/** Splits NUL-terminated output (`-z`) into strings. */
function splitNul(buffer) {
    const parts = buffer.toString('utf8').split('\0');
    if (parts.at(-1) === '')
        parts.pop();
    return parts;
}

;// CONCATENATED MODULE: ./src/git/repository.ts



async function locateRepository(cwd) {
    const run = await execGit(['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--show-prefix'], {
        cwd,
        allowFailure: true,
    });
    if (run.code !== 0)
        return undefined;
    const [inside, topLevel = '', prefix = ''] = run.stdout.toString('utf8').split('\n');
    if (inside !== 'true')
        return undefined;
    const format = await execGit(['rev-parse', '--show-object-format'], { cwd, allowFailure: true });
    const objectFormat = format.stdout.toString('utf8').trim() === 'sha256' ? 'sha256' : 'sha1';
    return { topLevel, prefix, objectFormat };
}
async function headCommit(cwd) {
    const run = await execGit(['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { cwd, allowFailure: true });
    return run.code === 0 ? run.stdout.toString('utf8').trim() : undefined;
}
async function currentBranch(cwd) {
    const run = await execGit(['symbolic-ref', '--short', '-q', 'HEAD'], { cwd, allowFailure: true });
    const name = run.stdout.toString('utf8').trim();
    return run.code === 0 && name !== '' ? name : undefined;
}
async function originUrl(cwd) {
    const run = await execGit(['remote', 'get-url', 'origin'], { cwd, allowFailure: true });
    const url = run.stdout.toString('utf8').trim();
    return run.code === 0 && url !== '' ? url : undefined;
}
async function commitExists(cwd, rev) {
    const run = await execGit(['rev-parse', '--verify', '-q', `${rev}^{commit}`], { cwd, allowFailure: true });
    return run.code === 0 ? run.stdout.toString('utf8').trim() : undefined;
}
/** `git ls-files --stage`: tracked paths with their mode and blob (or submodule commit) id. */
async function listIndex(cwd) {
    const run = await execGit(['ls-files', '-z', '--stage'], { cwd });
    return splitNul(run.stdout).map((line) => {
        const tab = line.indexOf('\t');
        const [mode = '', sha = '', stage = '0'] = line.slice(0, tab).split(' ');
        return { mode, sha, stage: Number(stage), path: line.slice(tab + 1) };
    });
}
/** Untracked paths that are not ignored (.gitignore at every level, info/exclude, core.excludesFile). */
async function listUntracked(cwd) {
    const run = await execGit(['ls-files', '-z', '--others', '--exclude-standard'], { cwd });
    return splitNul(run.stdout);
}
/**
 * Tracked paths whose working-tree file differs from the index by stat data (`git diff-files`),
 * as path -> status letter (M modified, D deleted, T type changed). A file whose stat changed but
 * whose content did not is reported too; the scanner then hashes it itself, which gives the right id.
 */
async function worktreeChanges(cwd) {
    const run = await execGit(['diff-files', '-z', '--name-status', '--relative', '--ignore-submodules=all'], { cwd });
    const parts = splitNul(run.stdout);
    const changes = new Map();
    for (let i = 0; i + 1 < parts.length; i += 2)
        changes.set(parts[i + 1] ?? '', (parts[i] ?? '').charAt(0));
    return changes;
}
/** `git hash-object` for many paths at once, applying the repository's clean filters and eol rules. */
async function hashObjects(cwd, paths) {
    const result = new Map();
    if (paths.length === 0)
        return result;
    // --stdin-paths reads one path per line, so a path containing a newline is hashed by the caller.
    const safe = paths.filter((p) => !p.includes('\n'));
    const run = await execGit(['hash-object', '--stdin-paths'], {
        cwd,
        input: `${safe.join('\n')}\n`,
        allowFailure: true,
    });
    // A path that is not a readable file makes git stop; the caller then hashes the bytes itself.
    if (run.code !== 0)
        return result;
    const ids = run.stdout.toString('utf8').trim().split('\n');
    safe.forEach((path, i) => result.set(path, ids[i] ?? ''));
    return result;
}
/** Whether the repository may convert content when hashing (autocrlf, or any attributes file). */
async function mayFilterContent(cwd, trackedAttributeFiles) {
    if (trackedAttributeFiles)
        return true;
    const autocrlf = await execGit(['config', '--get', 'core.autocrlf'], { cwd, allowFailure: true });
    const value = autocrlf.stdout.toString('utf8').trim().toLowerCase();
    if (value === 'true' || value === 'input')
        return true;
    const attributes = await execGit(['rev-parse', '--git-path', 'info/attributes'], { cwd, allowFailure: true });
    const globalAttributes = await execGit(['config', '--get', 'core.attributesFile'], { cwd, allowFailure: true });
    const infoPath = attributes.stdout.toString('utf8').trim();
    return (infoPath !== '' && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, infoPath))) || globalAttributes.stdout.length > 0;
}
/** Changes from `base` to the working tree for tracked files (`git diff --name-status -M base`), relative to cwd. */
async function diffToWorktree(cwd, base) {
    const run = await execGit(['diff', '-z', '--name-status', '-M', '--relative', '--no-ext-diff', base, '--'], { cwd });
    const parts = splitNul(run.stdout);
    const changes = [];
    for (let i = 0; i < parts.length;) {
        const code = parts[i++] ?? '';
        const status = code.charAt(0);
        if (status === 'R' || status === 'C') {
            const from = parts[i++] ?? '';
            changes.push({ status, from, path: parts[i++] ?? '' });
        }
        else {
            changes.push({ status, path: parts[i++] ?? '' });
        }
    }
    return changes;
}
async function isShallow(cwd) {
    const run = await execGit(['rev-parse', '--is-shallow-repository'], { cwd, allowFailure: true });
    return run.stdout.toString('utf8').trim() === 'true';
}
/** Commit authors of HEAD's history since `since` (epoch seconds), with .mailmap applied, newest first. */
async function commitAuthors(cwd, since) {
    const run = await execGit(['log', '--use-mailmap', '-z', `--since=${since}`, '--format=%aN%x1f%aE%x1f%at', 'HEAD', '--'], { cwd, allowFailure: true });
    if (run.code !== 0)
        return [];
    return splitNul(run.stdout).map((record) => {
        const [name = '', email = '', time = '0'] = record.trim().split('\x1f');
        return { name, email, time: Number(time) };
    });
}
/** HEAD's committer time in epoch seconds, or undefined on an unborn branch. */
async function headTime(cwd) {
    const run = await execGit(['log', '-1', '--format=%ct', 'HEAD', '--'], { cwd, allowFailure: true });
    const value = Number(run.stdout.toString('utf8').trim());
    return run.code === 0 && Number.isFinite(value) && value > 0 ? value : undefined;
}


/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ parseWith),
/* harmony export */   OZ: () => (/* binding */ url),
/* harmony export */   QH: () => (/* binding */ ownerRepo),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   mR: () => (/* binding */ optionalText),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8532);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);


/**
 * Schema pieces for inputs. Every input arrives as a string (that is all action inputs can be);
 * these turn them into typed values, and `parseWith` turns a schema failure into an InputError
 * that names the input and says what it accepts.
 */
const fail = (ctx, message) => {
    ctx.addIssue({ code: 'custom', message });
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
};
const text = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((s) => s.trim());
const optionalText = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((s) => (s.trim() === '' ? undefined : s.trim()));
const bool = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off', ''].includes(v))
        return false;
    return fail(ctx, `must be true or false, got '${s}'`);
});
const integer = (options) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((s, ctx) => {
    const v = s.trim().replace(/_/g, '');
    const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
    const range = options.max === undefined ? `${options.min} or more` : `${options.min} to ${options.max}`;
    if (!Number.isSafeInteger(n) || n < options.min || (options.max !== undefined && n > options.max)) {
        return fail(ctx, `must be a whole number${options.unit ? ` of ${options.unit}` : ''}, ${range}, got '${s}'`);
    }
    return n;
});
const url = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((s, ctx) => {
    const v = s.trim();
    if (v === '')
        return undefined;
    try {
        const parsed = new URL(v);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
            throw new Error('protocol');
        return parsed.toString();
    }
    catch {
        return fail(ctx, `must be an http(s) URL, got '${s}'`);
    }
});
/** A list written one per line or comma-separated; blank entries and `#` comments are dropped. */
const list = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((s) => s
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#')));
const ownerRepo = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((s, ctx) => {
    const v = s.trim();
    if (v === '')
        return undefined;
    if (!/^[\w.-]+\/[\w.-]+$/.test(v))
        return fail(ctx, `must be owner/name, got '${s}'`);
    return v;
});
function parseWith(schema, values) {
    const parsed = schema.safeParse(values);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'input');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `Input '${name}' ${issue?.message ?? 'is invalid'}.`);
}


/***/ }),

/***/ 2791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ AtomicFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const BATCH_BYTES = 1 << 20;
/**
 * A file written through a temporary sibling, flushed to disk and renamed into place when
 * complete, so a reader never sees half a snapshot and a failed run leaves the previous file as it
 * was. Missing parent directories are created. Writes are batched into 1 MiB synchronous writes:
 * the producer reads files synchronously too, and a stream's per-chunk drain round trips through
 * the thread pool cost more than the I/O itself. Memory stays at one batch whatever the file size.
 */
class AtomicFile {
    path;
    temp;
    fd;
    pending = [];
    pendingBytes = 0;
    constructor(path) {
        this.path = path;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        this.temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}.tmp`);
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.temp, 'w');
    }
    write(chunk) {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.pendingBytes >= BATCH_BYTES)
            this.flush();
    }
    flush() {
        if (this.fd === undefined)
            throw new Error(`${this.path} is already closed`);
        const bytes = Buffer.from(this.pending.join(''));
        this.pending = [];
        this.pendingBytes = 0;
        for (let offset = 0; offset < bytes.length;)
            offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, bytes, offset);
    }
    commit() {
        this.flush();
        const fd = this.fd;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        this.fd = undefined;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(this.temp, this.path);
    }
    abort() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(this.temp, { force: true });
    }
}


/***/ }),

/***/ 9329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ resolveRepository),
/* harmony export */   pd: () => (/* binding */ resolveBranch)
/* harmony export */ });
/* unused harmony export parseRemoteUrl */
function parseRemoteUrl(url) {
    const match = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|git@)([^/:]+)(?::\d+)?[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
    if (!match)
        return undefined;
    return { host: match[1] ?? '', owner: match[2] ?? '', name: match[3] ?? '' };
}
function resolveRepository(sources) {
    const serverUrl = (sources.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const fullName = sources.input || sources.env.GITHUB_REPOSITORY;
    let owner;
    let name;
    let githubUrl;
    if (fullName) {
        [owner = '', name = ''] = fullName.split('/');
        githubUrl = `${serverUrl}/${owner}/${name}`;
    }
    else {
        const remote = sources.originUrl ? parseRemoteUrl(sources.originUrl) : undefined;
        owner = remote?.owner ?? 'local';
        name = remote?.name ?? sources.dirName;
        githubUrl = remote ? `https://${remote.host}/${owner}/${name}` : '';
    }
    const repositoryId = sources.repositoryIdInput || (fullName ? sources.env.GITHUB_REPOSITORY_ID : undefined) || `${owner}/${name}`;
    return { repository_id: repositoryId, github_url: githubUrl, owner, name };
}
/** The branch being built: the pushed branch on a runner, the pull request's head branch, else git's. */
function resolveBranch(env, gitBranch) {
    if (env.GITHUB_HEAD_REF)
        return env.GITHUB_HEAD_REF;
    if (env.GITHUB_REF?.startsWith('refs/heads/'))
        return env.GITHUB_REF.slice('refs/heads/'.length);
    return gitBranch ?? null;
}


/***/ }),

/***/ 7950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ listFileSet)
});

// EXTERNAL MODULE: ./src/git/repository.ts + 1 modules
var repository = __webpack_require__(844);
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
