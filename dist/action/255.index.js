export const id = 255;
export const ids = [255];
export const modules = {

/***/ 3474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ execGit),
/* harmony export */   K: () => (/* binding */ splitNul)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/**
 * Every git process runs through here. It is spawned directly rather than through @actions/exec
 * because the scanner reads large NUL-separated listings as raw bytes (no line splitting, no
 * echoing of the command line), and tests need identical behaviour on a runner and a terminal.
 * GIT_OPTIONAL_LOCKS=0 keeps read-only commands from rewriting the index under a user's feet.
 */
function execGit(args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-c', 'core.quotePath=false', ...args], {
            cwd: options.cwd,
            env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', ...options.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DardocsError */ .d9('GIT_FAILED', `Could not run git (${error.message}). Install git and make sure it is on PATH.`, {
                cause: error,
            }));
        });
        child.on('close', (code) => {
            const run = { code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() };
            if (run.code !== 0 && !options.allowFailure) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DardocsError */ .d9('GIT_FAILED', redactAll(`git ${args.join(' ')} failed in ${options.cwd}: ${run.stderr || `exit ${run.code}`}`, options.redact)));
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
function redactAll(text, secrets = []) {
    return secrets.filter((s) => s !== '').reduce((t, s) => t.split(s).join('***'), text);
}
/** Splits NUL-terminated output (`-z`) into strings. */
function splitNul(buffer) {
    const parts = buffer.toString('utf8').split('\0');
    if (parts.at(-1) === '')
        parts.pop();
    return parts;
}


/***/ }),

/***/ 5986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ commitAuthors),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   Sm: () => (/* binding */ commitExists),
/* harmony export */   VH: () => (/* binding */ listIndex),
/* harmony export */   ZX: () => (/* binding */ locateRepository),
/* harmony export */   aT: () => (/* binding */ headTime),
/* harmony export */   c7: () => (/* binding */ listUntracked),
/* harmony export */   eR: () => (/* binding */ currentBranch),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   l$: () => (/* binding */ hashObjects),
/* harmony export */   rV: () => (/* binding */ worktreeChanges),
/* harmony export */   sH: () => (/* binding */ originUrl),
/* harmony export */   tA: () => (/* binding */ mayFilterContent),
/* harmony export */   wI: () => (/* binding */ diffToWorktree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3474);



async function locateRepository(cwd) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--show-prefix'], {
        cwd,
        allowFailure: true,
    });
    if (run.code !== 0)
        return undefined;
    const [inside, topLevel = '', prefix = ''] = run.stdout.toString('utf8').split('\n');
    if (inside !== 'true')
        return undefined;
    const format = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['rev-parse', '--show-object-format'], { cwd, allowFailure: true });
    const objectFormat = format.stdout.toString('utf8').trim() === 'sha256' ? 'sha256' : 'sha1';
    return { topLevel, prefix, objectFormat };
}
async function headCommit(cwd) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { cwd, allowFailure: true });
    return run.code === 0 ? run.stdout.toString('utf8').trim() : undefined;
}
async function currentBranch(cwd) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['symbolic-ref', '--short', '-q', 'HEAD'], { cwd, allowFailure: true });
    const name = run.stdout.toString('utf8').trim();
    return run.code === 0 && name !== '' ? name : undefined;
}
async function originUrl(cwd) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['remote', 'get-url', 'origin'], { cwd, allowFailure: true });
    const url = run.stdout.toString('utf8').trim();
    return run.code === 0 && url !== '' ? url : undefined;
}
async function commitExists(cwd, rev) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['rev-parse', '--verify', '-q', `${rev}^{commit}`], { cwd, allowFailure: true });
    return run.code === 0 ? run.stdout.toString('utf8').trim() : undefined;
}
/** `git ls-files --stage`: tracked paths with their mode and blob (or submodule commit) id. */
async function listIndex(cwd) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['ls-files', '-z', '--stage'], { cwd });
    return (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .splitNul */ .K)(run.stdout).map((line) => {
        const tab = line.indexOf('\t');
        const [mode = '', sha = '', stage = '0'] = line.slice(0, tab).split(' ');
        return { mode, sha, stage: Number(stage), path: line.slice(tab + 1) };
    });
}
/** Untracked paths that are not ignored (.gitignore at every level, info/exclude, core.excludesFile). */
async function listUntracked(cwd) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['ls-files', '-z', '--others', '--exclude-standard'], { cwd });
    return (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .splitNul */ .K)(run.stdout);
}
/**
 * Tracked paths whose working-tree file differs from the index by stat data (`git diff-files`),
 * as path -> status letter (M modified, D deleted, T type changed). A file whose stat changed but
 * whose content did not is reported too; the scanner then hashes it itself, which gives the right id.
 */
async function worktreeChanges(cwd) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['diff-files', '-z', '--name-status', '--relative', '--ignore-submodules=all'], { cwd });
    const parts = (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .splitNul */ .K)(run.stdout);
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
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['hash-object', '--stdin-paths'], {
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
    const autocrlf = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['config', '--get', 'core.autocrlf'], { cwd, allowFailure: true });
    const value = autocrlf.stdout.toString('utf8').trim().toLowerCase();
    if (value === 'true' || value === 'input')
        return true;
    const attributes = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['rev-parse', '--git-path', 'info/attributes'], { cwd, allowFailure: true });
    const globalAttributes = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['config', '--get', 'core.attributesFile'], { cwd, allowFailure: true });
    const infoPath = attributes.stdout.toString('utf8').trim();
    return (infoPath !== '' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, infoPath))) || globalAttributes.stdout.length > 0;
}
/** Changes from `base` to the working tree for tracked files (`git diff --name-status -M base`), relative to cwd. */
async function diffToWorktree(cwd, base) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['diff', '-z', '--name-status', '-M', '--relative', '--no-ext-diff', base, '--'], { cwd });
    const parts = (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .splitNul */ .K)(run.stdout);
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
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['rev-parse', '--is-shallow-repository'], { cwd, allowFailure: true });
    return run.stdout.toString('utf8').trim() === 'true';
}
/** Commit authors of HEAD's history since `since` (epoch seconds), with .mailmap applied, newest first. */
async function commitAuthors(cwd, since) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['log', '--use-mailmap', '-z', `--since=${since}`, '--format=%aN%x1f%aE%x1f%at', 'HEAD', '--'], { cwd, allowFailure: true });
    if (run.code !== 0)
        return [];
    return (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .splitNul */ .K)(run.stdout).map((record) => {
        const [name = '', email = '', time = '0'] = record.trim().split('\x1f');
        return { name, email, time: Number(time) };
    });
}
/** HEAD's committer time in epoch seconds, or undefined on an unborn branch. */
async function headTime(cwd) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_2__/* .execGit */ .I)(['log', '-1', '--format=%ct', 'HEAD', '--'], { cwd, allowFailure: true });
    const value = Number(run.stdout.toString('utf8').trim());
    return run.code === 0 && Number.isFinite(value) && value > 0 ? value : undefined;
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ requestFailure),
/* harmony export */   zZ: () => (/* binding */ createGithubClient)
/* harmony export */ });
/* unused harmony export WRITES_PER_MINUTE */
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4730);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);




/**
 * The action's only Octokit. Built once with the retry and throttling plugins applied as plugins,
 * against GITHUB_API_URL (GitHub Enterprise Server, or a local fake in tests). Rate-limited
 * requests are retried a bounded number of times after the wait GitHub asks for.
 */
const Client = _octokit_core__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
/**
 * Writes a minute: GitHub's secondary limit is 900 points a minute, 5 points a write (180 writes),
 * and reads cost a point each, so 10 writes' worth is left for the reads of the same run.
 */
const WRITES_PER_MINUTE = 170;
function writeLimiter(concurrency) {
    if (concurrency <= 1)
        return new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: Math.ceil(60_000 / WRITES_PER_MINUTE) });
    return new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({
        maxConcurrent: concurrency,
        reservoir: WRITES_PER_MINUTE,
        reservoirRefreshAmount: WRITES_PER_MINUTE,
        reservoirRefreshInterval: 60_000,
    });
}
function createGithubClient(options) {
    const limit = options.rateLimitRetries ?? 3;
    return new Client({
        auth: options.token,
        baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'dardocs-action',
        retry: { retries: options.retries ?? 2, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
        throttle: {
            write: writeLimiter(options.writeConcurrency ?? 1),
            onRateLimit: (retryAfter, request, _o, count) => {
                options.log.warning(`GitHub rate limit on ${request.method} ${request.url}: ${count < limit ? `retrying in ${retryAfter} s` : 'giving up'}`);
                return count < limit;
            },
            onSecondaryRateLimit: (retryAfter, request, _o, count) => {
                options.log.warning(`GitHub secondary rate limit on ${request.method} ${request.url}: ${count < limit ? `retrying in ${retryAfter} s` : 'giving up'}`);
                return count < limit;
            },
        },
    });
}
/** Status and message of an Octokit RequestError (or anything else thrown). */
function requestFailure(error) {
    const e = error;
    return { status: e.status, message: e.response?.data?.message ?? e.message ?? String(error) };
}


/***/ }),

/***/ 7917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mh: () => (/* binding */ SecretsApi)
/* harmony export */ });
/* unused harmony exports permissionFor, secretsFailure */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _secrets_targets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7027);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);



/** The permission a fine-grained token needs to write secrets of a target. */
function permissionFor(t) {
    if (t.kind === 'repo' && t.scope === 'codespaces')
        return 'repository permission "Codespaces secrets: Read and write" (and Codespaces secrets need a token of a repository admin)';
    if (t.kind === 'repo' && t.scope === 'actions')
        return 'repository permission "Secrets: Read-only" (to list names)';
    if (t.kind === 'repo')
        return 'repository permission "Dependabot secrets: Read and write"';
    if (t.kind === 'environment')
        return 'repository permissions "Secrets: Read and write" and "Environments: Read and write"';
    if (t.scope === 'codespaces')
        return 'organization permission "Codespaces secrets: Read and write"';
    if (t.scope === 'dependabot')
        return 'organization permission "Dependabot secrets: Read and write"';
    return 'organization permission "Secrets: Read and write"';
}
function base(t) {
    if (t.kind === 'repo')
        return `/repos/${t.owner}/${t.repo}/${t.scope}/secrets`;
    if (t.kind === 'environment')
        return `/repos/${t.owner}/${t.repo}/environments/${encodeURIComponent(t.environment)}/secrets`;
    return `/orgs/${t.org}/${t.scope}/secrets`;
}
/** A GitHub failure for one target, with what to do about a 403 or 404. */
function secretsFailure(t, what, error) {
    const { status, message } = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .requestFailure */ .SU)(error);
    if (status === 403 || status === 404) {
        const missing = status === 404 && t.kind === 'environment'
            ? ` Either environment ${t.environment} does not exist (create it with the environments command) or the token cannot see it.`
            : status === 404 && t.kind === 'org'
                ? ` Either organisation ${t.org} does not exist or the token cannot see it.`
                : '';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DardocsError */ .d9('GITHUB_PERMISSION_DENIED', `${(0,_secrets_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .targetLabel */ .Op)(t)}: GitHub answered ${status} to ${what} (${message}).${missing} The token needs the ${permissionFor(t)}. The workflow's default GITHUB_TOKEN cannot write secrets: pass a fine-grained personal access token or a GitHub App token as github-token.`, { details: { status } });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DardocsError */ .d9('GITHUB_REQUEST_FAILED', `${(0,_secrets_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .targetLabel */ .Op)(t)}: GitHub answered ${status ?? 'no response'} to ${what}: ${message}`, {
        details: { status },
    });
}
class SecretsApi {
    octokit;
    /** The lowest core quota seen in any response so far. */
    quota;
    constructor(octokit) {
        this.octokit = octokit;
    }
    track(headers) {
        const remaining = Number(headers['x-ratelimit-remaining']);
        const limit = Number(headers['x-ratelimit-limit']);
        const reset = Number(headers['x-ratelimit-reset']);
        if (!Number.isFinite(remaining) || !Number.isFinite(reset))
            return;
        if (!this.quota || remaining < this.quota.remaining) {
            this.quota = { remaining, limit: Number.isFinite(limit) ? limit : 0, resetAt: new Date(reset * 1000) };
        }
    }
    async call(t, what, route, params) {
        try {
            const response = await this.octokit.request(route, params);
            this.track(response.headers);
            return { data: response.data, status: response.status };
        }
        catch (error) {
            const e = error;
            if (e.response?.headers)
                this.track(e.response.headers);
            throw secretsFailure(t, what, error);
        }
    }
    async publicKey(t) {
        const { data } = await this.call(t, 'reading the public key', `GET ${base(t)}/public-key`, {});
        return { keyId: data.key_id, key: data.key };
    }
    /** Every secret name of the target (paginated). */
    async names(t) {
        const names = [];
        for (let page = 1;; page++) {
            const { data } = await this.call(t, 'listing secrets', `GET ${base(t)}`, {
                per_page: 100,
                page,
            });
            names.push(...data.secrets.map((s) => s.name));
            if (data.secrets.length < 100 || names.length >= data.total_count)
                return names;
        }
    }
    /** An organisation secret's current visibility and selected repositories; undefined for a new one. */
    async orgAccess(t, name) {
        let visibility;
        try {
            const { data } = await this.octokit.request(`GET ${base(t)}/{secret_name}`, { secret_name: name });
            visibility = data.visibility;
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .requestFailure */ .SU)(error).status === 404)
                return undefined;
            throw secretsFailure(t, `reading ${name}`, error);
        }
        if (visibility !== 'selected')
            return { visibility, selectedRepositoryIds: [] };
        const ids = [];
        for (let page = 1;; page++) {
            const { data } = await this.call(t, `listing the repositories of ${name}`, `GET ${base(t)}/{secret_name}/repositories`, { secret_name: name, per_page: 100, page });
            ids.push(...data.repositories.map((r) => r.id));
            if (data.repositories.length < 100 || ids.length >= data.total_count)
                break;
        }
        return { visibility, selectedRepositoryIds: ids };
    }
    async repositoryId(t, fullName) {
        const [owner, repo] = fullName.split('/');
        const { data } = await this.call(t, `reading ${fullName}`, 'GET /repos/{owner}/{repo}', {
            owner,
            repo,
        });
        return data.id;
    }
    /** Creates or updates a secret; answers whether it was created. */
    async put(t, name, sealed, keyId, access) {
        const body = { secret_name: name, encrypted_value: sealed, key_id: keyId };
        if (t.kind === 'org' && access) {
            body.visibility = access.visibility;
            if (access.visibility === 'selected')
                body.selected_repository_ids = access.selectedRepositoryIds;
        }
        const { status } = await this.call(t, `writing ${name}`, `PUT ${base(t)}/{secret_name}`, body);
        return status === 201 ? 'created' : 'updated';
    }
    async remove(t, name) {
        await this.call(t, `deleting ${name}`, `DELETE ${base(t)}/{secret_name}`, { secret_name: name });
    }
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


/***/ }),

/***/ 5702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ SecretsReceiver)
/* harmony export */ });
/* harmony import */ var _json_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4017);

class SecretsReceiver {
    apiKey;
    fetchImpl;
    base;
    constructor(receiverUrl, apiKey, fetchImpl = globalThis.fetch) {
        this.apiKey = apiKey;
        this.fetchImpl = fetchImpl;
        this.base = `${receiverUrl.replace(/\/+$/, '')}/api/secrets`;
    }
    call(method, path, body) {
        return (0,_json_request_js__WEBPACK_IMPORTED_MODULE_0__/* .receiverJson */ .m)({
            fetchImpl: this.fetchImpl,
            apiKey: this.apiKey,
            method,
            url: `${this.base}${path}`,
            body,
            what: `/api/secrets${path}`,
            codes: { unreachable: 'DELIVERY_FAILED', rejected: 'DELIVERY_REJECTED' },
            // Deleting a mapping that is already gone is fine.
            allow404: method === 'DELETE',
        });
    }
    async fingerprintKey() {
        const body = (await this.call('GET', '/fingerprint-key'));
        return Buffer.from(body.key, 'base64');
    }
    async mappings(repository) {
        const body = (await this.call('GET', `/mappings?repository=${encodeURIComponent(repository)}`));
        return body.mappings;
    }
    async putMappings(mappings) {
        for (let i = 0; i < mappings.length; i += 5000)
            await this.call('PUT', '/mappings', { mappings: mappings.slice(i, i + 5000) });
    }
    async deleteMapping(repository, secretName, scope) {
        await this.call('DELETE', `/mappings/${repository}/${encodeURIComponent(secretName)}/${encodeURIComponent(scope)}`);
    }
    async postEvent(event) {
        await this.call('POST', '/events', event);
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

/***/ 120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ maskSecretValues),
/* harmony export */   dm: () => (/* binding */ secretSourceFields),
/* harmony export */   lB: () => (/* binding */ parseSecretsInput),
/* harmony export */   ml: () => (/* binding */ currentRepository),
/* harmony export */   of: () => (/* binding */ parseRepositories),
/* harmony export */   zX: () => (/* binding */ sourceSettings)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _git_repository_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5986);
/* harmony import */ var _inputs_fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2996);
/* harmony import */ var _runtime_repository_identity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9329);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7970);







/**
 * The `secrets` input: a JSON object of name to value. A parse error never quotes the input
 * (JSON.parse's own message would show the text around the error, which is a secret).
 */
function parseSecretsInput(raw) {
    if (raw.trim() === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('secrets', "Input 'secrets' is not valid JSON: pass an object of name to value, such as ${{ toJSON(secrets) }} (the text is not shown because it holds secrets).");
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('secrets', "Input 'secrets' must be a JSON object of name to value, such as ${{ toJSON(secrets) }}.");
    }
    return parsed;
}
/** owner/name entries of the `repository` input, or the current repository. */
function parseRepositories(entries, current) {
    const list = entries.length > 0 ? entries : [current];
    for (const r of list) {
        if (!/^[\w.-]+\/[\w.-]+$/.test(r))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('repository', `Input 'repository' has '${r}', which is not owner/name.`);
    }
    return [...new Set(list)];
}
/** The inputs secrets-sync, secrets-validate and environments share. */
const secretSourceFields = () => ({
    secrets: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    'github-token': (0,_inputs_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalText */ .mR)(),
    repository: (0,_inputs_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(),
    'receiver-url': (0,_inputs_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .url */ .OZ)(),
    'receiver-api-key': (0,_inputs_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalText */ .mR)(),
    cwd: (0,_inputs_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
});
/** The shared inputs in settings form. */
function sourceSettings(v) {
    return {
        secretsJson: v.secrets,
        githubToken: v['github-token'],
        repositories: v.repository,
        receiverUrl: v['receiver-url'],
        receiverApiKey: v['receiver-api-key'],
        cwd: v.cwd === '' ? '.' : v.cwd,
    };
}
/** Masks every value, each line of it, and its JSON-escaped and base64 forms: the first thing done with them. */
function maskSecretValues(source, log) {
    for (const value of Object.values(source)) {
        if (typeof value === 'string' && value !== '')
            for (const form of (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .maskForms */ .ye)(value))
                log.setSecret(form);
    }
}
/** owner/name of the checkout: GITHUB_REPOSITORY, else the origin remote, else the directory name. */
async function currentRepository(env, workdir, cwd) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workdir, cwd);
    const identity = (0,_runtime_repository_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveRepository */ .BN)({
        input: undefined,
        env,
        originUrl: await (0,_git_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .originUrl */ .sH)(root).catch(() => undefined),
        dirName: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(root),
    });
    return `${identity.owner}/${identity.name}`;
}


/***/ }),

/***/ 7970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ NAME_RULE),
/* harmony export */   Yl: () => (/* binding */ classifySecrets),
/* harmony export */   xi: () => (/* binding */ compilePatterns),
/* harmony export */   ye: () => (/* binding */ maskForms)
/* harmony export */ });
/* unused harmony exports DEFAULT_EXCLUSIONS, MAX_VALUE_BYTES */
const DEFAULT_EXCLUSIONS = [
    { pattern: '^GITHUB_TOKEN$', reason: 'platform-managed token', global: true },
    { pattern: '^ACTIONS_.*', reason: 'GitHub Actions runtime variable', global: true },
    { pattern: '^RUNNER_.*', reason: 'runner environment variable', global: true },
    { pattern: '^CI$', reason: 'CI flag', global: true },
    { pattern: '^GITHUB_WORKSPACE$', reason: 'workspace path, injected at run time', global: true },
    { pattern: '^GITHUB_SHA$', reason: 'commit sha, injected at run time', global: true },
    { pattern: '^GITHUB_REF$', reason: 'git ref, injected at run time', global: true },
    { pattern: '^github_token$', reason: 'the job token that toJSON(secrets) always contains', global: true },
];
/** Seed 001's name rule. */
const NAME_RULE = /^[A-Z][A-Z0-9_]*$/;
/** GitHub refuses secret values over 48 KB. */
const MAX_VALUE_BYTES = 48 * 1024;
function compilePatterns(patterns, input) {
    return patterns.map((p) => {
        try {
            return new RegExp(p);
        }
        catch (error) {
            throw new Error(`${input}: '${p}' is not a valid regular expression (${error.message})`);
        }
    });
}
function classifySecrets(source, options) {
    const result = { eligible: [], excluded: [], invalid: [] };
    const defaults = DEFAULT_EXCLUSIONS.map((e) => ({ ...e, regex: new RegExp(e.pattern) }));
    for (const name of Object.keys(source).sort()) {
        const value = source[name];
        const byDefault = defaults.find((d) => d.regex.test(name));
        if (byDefault) {
            result.excluded.push({ secretName: name, pattern: byDefault.pattern, reason: byDefault.reason, global: true });
            continue;
        }
        const byUser = options.exclude.find((r) => r.test(name));
        if (byUser) {
            result.excluded.push({ secretName: name, pattern: byUser.source, reason: 'matches exclude', global: false });
            continue;
        }
        if (options.include.length > 0 && !options.include.some((r) => r.test(name))) {
            result.excluded.push({
                secretName: name,
                pattern: `include: ${options.include.map((r) => r.source).join(', ')}`,
                reason: 'matches no include pattern',
                global: false,
            });
            continue;
        }
        if (!NAME_RULE.test(name)) {
            result.invalid.push({
                secretName: name,
                code: 'GITHUB_SECRETS_NAME_INVALID',
                error: 'Secret name must be uppercase with underscores and start with a letter (^[A-Z][A-Z0-9_]*$).',
            });
            continue;
        }
        if (name.startsWith('GITHUB_')) {
            result.invalid.push({
                secretName: name,
                code: 'GITHUB_SECRETS_NAME_INVALID',
                error: 'GitHub does not allow secret names that start with GITHUB_; rename it.',
            });
            continue;
        }
        if (typeof value !== 'string' || value === '') {
            result.invalid.push({
                secretName: name,
                code: 'GITHUB_SECRETS_VALUE_INVALID',
                error: value === undefined || value === null || value === ''
                    ? 'the value is missing or empty (is the secret defined for this repository and event?); it is not written, and never deleted because of this'
                    : 'the value is not a string',
            });
            continue;
        }
        if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) {
            result.invalid.push({
                secretName: name,
                code: 'GITHUB_SECRETS_VALUE_INVALID',
                error: `the value is ${Buffer.byteLength(value, 'utf8')} bytes, over GitHub's limit of 48 KB`,
            });
            continue;
        }
        result.eligible.push({ name, value });
    }
    return result;
}
/** Every form a value could take in a log line: itself, each line of it, JSON-escaped, base64. */
function maskForms(value) {
    const forms = new Set([value]);
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= 3)
            forms.add(line);
    const escaped = JSON.stringify(value).slice(1, -1);
    forms.add(escaped);
    forms.add(Buffer.from(value, 'utf8').toString('base64'));
    return [...forms].filter((f) => f.length > 0);
}


/***/ }),

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ sealSecret),
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4768);


/**
 * A value sealed for GitHub: libsodium `crypto_box_seal` with the target's public key, base64 with
 * the ORIGINAL variant (padded, +/). libsodium-wrappers defaults to URL-safe unpadded base64,
 * which GitHub rejects. The value is sealed as given: never trimmed or re-encoded.
 */
async function sealSecret(value, publicKeyBase64) {
    await libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].ready */ .Ay.ready;
    const key = libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].from_base64 */ .Ay.from_base64(publicKeyBase64, libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].base64_variants */ .Ay.base64_variants.ORIGINAL);
    const sealed = libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay.crypto_box_seal(libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].from_string */ .Ay.from_string(value), key);
    return libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].to_base64 */ .Ay.to_base64(sealed, libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].base64_variants */ .Ay.base64_variants.ORIGINAL);
}
/**
 * A keyed fingerprint of a value: HMAC-SHA256 with the workspace key the receiver issues. Never
 * a plain hash, which a low-entropy secret would not survive.
 */
function fingerprint(key, value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(value, 'utf8').digest('hex');
}


/***/ }),

/***/ 7027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ scopeName),
/* harmony export */   Op: () => (/* binding */ targetLabel),
/* harmony export */   Sx: () => (/* binding */ parseTargets)
/* harmony export */ });
function targetLabel(t) {
    if (t.kind === 'repo')
        return `${t.owner}/${t.repo} ${t.scope}`;
    if (t.kind === 'environment')
        return `${t.owner}/${t.repo} environment:${t.environment}`;
    return `org:${t.org} ${t.scope}`;
}
/** The scope name the receiver's mappings and audit events use. */
function scopeName(t) {
    if (t.kind === 'repo')
        return t.scope;
    if (t.kind === 'environment')
        return `environment:${t.environment}`;
    return `org:${t.org}:${t.scope}`;
}
function parseTargets(entries, repositories) {
    const targets = [];
    const seen = new Set();
    const add = (t) => {
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
                add({ kind: 'environment', owner, repo, environment: env[1] });
            }
            continue;
        }
        const org = /^org:([\w-]+)(?::(actions|codespaces|dependabot))?$/.exec(entry);
        if (org) {
            const scopes = org[2] ? [org[2]] : ['codespaces', 'dependabot'];
            for (const scope of scopes)
                add({ kind: 'org', org: org[1], scope: scope });
            continue;
        }
        throw new Error(`'${entry}' is not a target: use codespaces, dependabot, environment:<name>, org:<name> (its Codespaces and Dependabot secrets) or org:<name>:<actions|codespaces|dependabot>`);
    }
    return targets;
}


/***/ })

};
