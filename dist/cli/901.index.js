export const id = 901;
export const ids = [901];
export const modules = {

/***/ 1125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* binding */ mergeTrees),
/* harmony export */   SC: () => (/* binding */ commitTree),
/* harmony export */   WM: () => (/* binding */ writeTree),
/* harmony export */   aX: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   g7: () => (/* binding */ treeOf),
/* harmony export */   y3: () => (/* binding */ diffNames),
/* harmony export */   zF: () => (/* binding */ committerIdentity)
/* harmony export */ });
/* unused harmony export treesEqual */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _exec_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3474);





/** The identity GitHub shows for commits made by Actions. */
const ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
async function treeOf(cwd, rev) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_4__/* .execGit */ .I)(['rev-parse', `${rev}^{tree}`], { cwd });
    return run.stdout.toString('utf8').trim();
}
/** A tree: `base` with the files replaced or deleted. */
async function writeTree(cwd, base, files) {
    const index = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `dardocs-index-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    const env = { GIT_INDEX_FILE: index };
    try {
        await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_4__/* .execGit */ .I)(['read-tree', base], { cwd, env });
        for (const file of files) {
            if (file.content === null) {
                await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_4__/* .execGit */ .I)(['update-index', '--force-remove', '--', file.path], { cwd, env });
                continue;
            }
            const blob = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_4__/* .execGit */ .I)(['hash-object', '-w', '--no-filters', '--stdin'], { cwd, input: file.content });
            const existing = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_4__/* .execGit */ .I)(['ls-files', '-s', '--', file.path], { cwd, env });
            const mode = existing.stdout.toString('utf8').split(' ')[0] || '100644';
            await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_4__/* .execGit */ .I)(['update-index', '--add', '--cacheinfo', `${mode},${blob.stdout.toString('utf8').trim()},${file.path}`], { cwd, env });
        }
        const tree = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_4__/* .execGit */ .I)(['write-tree'], { cwd, env });
        return tree.stdout.toString('utf8').trim();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(index, { force: true });
    }
}
/** Who commits: the repository's configured user, else the Actions bot. */
async function committerIdentity(cwd) {
    const email = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_4__/* .execGit */ .I)(['config', 'user.email'], { cwd, allowFailure: true });
    const name = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_4__/* .execGit */ .I)(['config', 'user.name'], { cwd, allowFailure: true });
    const e = email.stdout.toString('utf8').trim();
    const n = name.stdout.toString('utf8').trim();
    return e && n ? { name: n, email: e } : ACTIONS_BOT;
}
async function commitTree(cwd, options) {
    const { identity } = options;
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_4__/* .execGit */ .I)(['commit-tree', options.tree, ...options.parents.flatMap((p) => ['-p', p]), '-F', '-'], {
        cwd,
        input: options.message,
        env: {
            GIT_AUTHOR_NAME: identity.name,
            GIT_AUTHOR_EMAIL: identity.email,
            GIT_COMMITTER_NAME: identity.name,
            GIT_COMMITTER_EMAIL: identity.email,
        },
    });
    return run.stdout.toString('utf8').trim();
}
/** Three-way merge of two commits into a tree (git 2.38+); `clean` is false when a file conflicts. */
async function mergeTrees(cwd, ours, theirs) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_4__/* .execGit */ .I)(['merge-tree', '--write-tree', ours, theirs], { cwd, allowFailure: true });
    if (run.code !== 0 && run.code !== 1) {
        throw new Error(`git merge-tree failed: ${run.stderr || `exit ${run.code}`}`);
    }
    return { tree: run.stdout.toString('utf8').split('\n')[0]?.trim() ?? '', clean: run.code === 0 };
}
async function treesEqual(cwd, a, b) {
    return (await treeOf(cwd, a)) === (await treeOf(cwd, b));
}
/** Paths whose content differs between two tree-ishes. */
async function diffNames(cwd, a, b) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_4__/* .execGit */ .I)(['diff-tree', '-r', '-z', '--name-only', '--no-renames', a, b], { cwd });
    return run.stdout.toString('utf8').split('\0').filter(Boolean);
}


/***/ }),

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

/***/ 528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ hasTrailer),
/* harmony export */   II: () => (/* binding */ showFile),
/* harmony export */   Pk: () => (/* binding */ diffBase),
/* harmony export */   QX: () => (/* binding */ isAncestor),
/* harmony export */   WH: () => (/* binding */ unifiedDiff),
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   fw: () => (/* binding */ commitsInRange),
/* harmony export */   i: () => (/* binding */ recentCommits),
/* harmony export */   kN: () => (/* binding */ readCommit),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* harmony import */ var _exec_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3474);

const FIELD = '\x1f';
const RECORD = '\x1e';
function parseLog(output) {
    return output
        .split(RECORD)
        .map((r) => r.replace(/^\n/, ''))
        .filter((r) => r !== '')
        .map((record) => {
        const [sha = '', parents = '', author = '', subject = '', message = ''] = record.split(FIELD);
        return { sha, parents: parents.split(' ').filter(Boolean), author, subject, message: message.trimEnd() };
    });
}
const LOG_FORMAT = `--format=%H${FIELD}%P${FIELD}%an${FIELD}%s${FIELD}%B${RECORD}`;
/** Commits in `from..to`, oldest first (all of them, merges included), or only `to` when `from` is null. */
async function commitsInRange(cwd, from, to) {
    const args = from ? ['log', '--reverse', LOG_FORMAT, `${from}..${to}`] : ['log', '-1', LOG_FORMAT, to];
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(args, { cwd });
    return parseLog(run.stdout.toString('utf8'));
}
/** The newest `limit` commits reachable from `rev`, newest first. */
async function recentCommits(cwd, rev, limit) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['rev-list', `--max-count=${limit}`, rev], { cwd, allowFailure: true });
    return run.code === 0 ? run.stdout.toString('utf8').split('\n').filter(Boolean) : [];
}
async function readCommit(cwd, rev) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['log', '-1', LOG_FORMAT, rev], { cwd, allowFailure: true });
    return run.code === 0 ? parseLog(run.stdout.toString('utf8'))[0] : undefined;
}
async function isAncestor(cwd, ancestor, descendant) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['merge-base', '--is-ancestor', ancestor, descendant], { cwd, allowFailure: true });
    return run.code === 0;
}
/** The first parent, or the empty tree for a root commit; a merge is diffed against its first parent. */
async function diffBase(cwd, commit) {
    if (commit.parents[0])
        return commit.parents[0];
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['hash-object', '-t', 'tree', '--stdin'], { cwd, input: '' });
    return run.stdout.toString('utf8').trim();
}
/** Files a commit changed against its first parent, renames detected. */
async function changedFiles(cwd, base, commit) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['diff-tree', '-r', '-z', '-M', '--no-commit-id', '--name-status', base, commit], { cwd });
    const parts = (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .splitNul */ .K)(run.stdout);
    const files = [];
    for (let i = 0; i < parts.length;) {
        const status = (parts[i++] ?? '').charAt(0);
        if (status === 'R' || status === 'C') {
            const from = parts[i++] ?? '';
            files.push({ status, path: parts[i++] ?? '', from });
        }
        else
            files.push({ status, path: parts[i++] ?? '' });
    }
    return files;
}
/** Unified diff of some paths between two revisions; binary files appear as "Binary files ... differ". */
async function unifiedDiff(cwd, base, commit, paths) {
    if (paths.length === 0)
        return '';
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['diff', '-M', '--unified=3', '--no-color', '--no-ext-diff', base, commit, '--', ...paths], {
        cwd,
    });
    return run.stdout.toString('utf8');
}
async function showFile(cwd, rev, path) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['show', `${rev}:${path}`], { cwd, allowFailure: true });
    return run.code === 0 ? run.stdout.toString('utf8') : undefined;
}
function hasTrailer(message, name, value) {
    const pattern = new RegExp(`^${name}:\\s*${value}\\s*$`, 'im');
    return pattern.test(message);
}
async function mergeBase(cwd, a, b) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['merge-base', a, b], { cwd, allowFailure: true });
    return run.code === 0 ? run.stdout.toString('utf8').trim() : undefined;
}


/***/ }),

/***/ 668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   qn: () => (/* binding */ pushRef),
/* harmony export */   sl: () => (/* binding */ fetchRef),
/* harmony export */   xG: () => (/* binding */ deleteRemoteRef)
/* harmony export */ });
/* harmony import */ var _exec_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3474);

function authEnv(remoteUrl, auth) {
    if (!auth.token || !remoteUrl || !/^https?:\/\//.test(remoteUrl))
        return {};
    const origin = new URL(remoteUrl);
    const key = `http.${origin.protocol}//${origin.host}/.extraheader`;
    const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: key,
        GIT_CONFIG_VALUE_0: '',
        GIT_CONFIG_KEY_1: key,
        GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    };
}
async function remoteUrl(cwd, remote) {
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['remote', 'get-url', remote], { cwd, allowFailure: true });
    return run.code === 0 ? run.stdout.toString('utf8').trim() : undefined;
}
async function pushRef(cwd, options) {
    const remote = options.remote ?? 'origin';
    const env = authEnv(await remoteUrl(cwd, remote), options.auth ?? {});
    const spec = `${options.force ? '+' : ''}${options.source}:${options.ref}`;
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['push', '--porcelain', remote, spec], {
        cwd,
        env,
        allowFailure: true,
        redact: [options.auth?.token ?? ''],
    });
    if (run.code === 0)
        return { ok: true };
    const output = `${run.stdout.toString('utf8')}\n${run.stderr}`.split(options.auth?.token || '\0').join('***');
    if (/non-fast-forward|fetch first|\[rejected\].*\(stale info\)/i.test(output))
        return { ok: false, reason: 'non-fast-forward', message: output.trim() };
    if (/protected branch|GH006|pre-receive hook declined|refusing to update/i.test(output))
        return { ok: false, reason: 'protected', message: output.trim() };
    return { ok: false, reason: 'other', message: output.trim() };
}
/** Fetches one ref into a private ref and answers its commit, or undefined when the remote has no such ref. */
async function fetchRef(cwd, options) {
    const remote = options.remote ?? 'origin';
    const env = authEnv(await remoteUrl(cwd, remote), options.auth ?? {});
    const run = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['fetch', '--no-tags', '--quiet', remote, `+${options.ref}:${options.into}`], {
        cwd,
        env,
        allowFailure: true,
        redact: [options.auth?.token ?? ''],
    });
    if (run.code !== 0) {
        if (/couldn't find remote ref|no such ref|not our ref/i.test(run.stderr))
            return undefined;
        throw new Error(`git fetch ${options.ref} failed: ${run.stderr.split(options.auth?.token || '\0').join('***')}`);
    }
    const sha = await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['rev-parse', '--verify', '-q', options.into], { cwd, allowFailure: true });
    return sha.code === 0 ? sha.stdout.toString('utf8').trim() : undefined;
}
async function deleteRemoteRef(cwd, options) {
    const remote = options.remote ?? 'origin';
    const env = authEnv(await remoteUrl(cwd, remote), options.auth ?? {});
    await (0,_exec_git_js__WEBPACK_IMPORTED_MODULE_0__/* .execGit */ .I)(['push', '--quiet', remote, `:${options.ref}`], {
        cwd,
        env,
        allowFailure: true,
        redact: [options.auth?.token ?? ''],
    });
}
async function hasRemote(cwd, remote = 'origin') {
    return (await remoteUrl(cwd, remote)) !== undefined;
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

/***/ 2139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ PullRequests)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);


/** The message GitHub gives when the repository or organisation setting forbids Actions to open PRs. */
const ACTIONS_MAY_NOT_CREATE = /GitHub Actions is not permitted to create or approve pull requests/i;
function translate(error, what, repository) {
    const { status, message } = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .requestFailure */ .SU)(error);
    if (ACTIONS_MAY_NOT_CREATE.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DardocsError */ .d9('GITHUB_PR_NOT_PERMITTED', `GitHub refused to let this workflow ${what}: turn on "Allow GitHub Actions to create and approve pull requests" in ${repository}'s Settings > Actions > General > Workflow permissions (and in the organisation's settings if it is greyed out), or pass a github-token of a user or app that may open pull requests.`);
    }
    if (status === 403 || status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DardocsError */ .d9('GITHUB_PERMISSION_DENIED', `GitHub answered ${status} when trying to ${what} in ${repository}: ${message}. The token needs "Pull requests: write" and "Contents: write" on this repository (workflow: permissions: { contents: write, pull-requests: write }).`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DardocsError */ .d9('GITHUB_REQUEST_FAILED', `Could not ${what} in ${repository}: GitHub answered ${status ?? 'no response'}: ${message}`);
}
class PullRequests {
    octokit;
    owner;
    repo;
    constructor(octokit, owner, repo) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
    }
    get repository() {
        return `${this.owner}/${this.repo}`;
    }
    async findOpen(head, base) {
        try {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls', {
                owner: this.owner,
                repo: this.repo,
                state: 'open',
                head: `${this.owner}:${head}`,
                base,
                per_page: 10,
            });
            const pr = data[0];
            return pr ? { number: pr.number, url: pr.html_url } : undefined;
        }
        catch (error) {
            throw translate(error, 'list pull requests', this.repository);
        }
    }
    /** Creates the pull request, or updates the open one from the same branch ("already exists" turns into an update). */
    async createOrUpdate(options) {
        const existing = await this.findOpen(options.head, options.base);
        if (existing)
            return this.update(existing.number, options.title, options.body);
        try {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/pulls', {
                owner: this.owner,
                repo: this.repo,
                head: options.head,
                base: options.base,
                title: options.title,
                body: options.body,
                maintainer_can_modify: false,
            });
            return { number: data.number, url: data.html_url, created: true };
        }
        catch (error) {
            const { status, message } = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .requestFailure */ .SU)(error);
            if (status === 422 && /already exists/i.test(message)) {
                const raced = await this.findOpen(options.head, options.base);
                if (raced)
                    return this.update(raced.number, options.title, options.body);
            }
            throw translate(error, 'create a pull request', this.repository);
        }
    }
    async update(number, title, body) {
        try {
            const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
                owner: this.owner,
                repo: this.repo,
                pull_number: number,
                title,
                body,
            });
            return { number: data.number, url: data.html_url, created: false };
        }
        catch (error) {
            throw translate(error, `update pull request #${number}`, this.repository);
        }
    }
    async close(number, comment) {
        try {
            await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner: this.owner,
                repo: this.repo,
                issue_number: number,
                body: comment,
            });
            await this.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
                owner: this.owner,
                repo: this.repo,
                pull_number: number,
                state: 'closed',
            });
        }
        catch (error) {
            throw translate(error, `close pull request #${number}`, this.repository);
        }
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

/***/ 377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ proposeOnBranch)
/* harmony export */ });
/* harmony import */ var _git_commit_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1125);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(528);
/* harmony import */ var _git_remote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(668);



async function proposeOnBranch(p) {
    const { cwd, log } = p;
    const ref = `refs/heads/${p.branch}`;
    const existing = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchRef */ .sl)(cwd, { ref, into: `refs/dardocs/remote/${p.branch}`, auth: p.auth });
    let startTree = await (0,_git_commit_files_js__WEBPACK_IMPORTED_MODULE_0__/* .treeOf */ .g7)(cwd, p.baseSha);
    let parents = [p.baseSha];
    let dropped = false;
    if (existing) {
        if (await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_1__/* .isAncestor */ .QX)(cwd, p.baseSha, existing)) {
            startTree = await (0,_git_commit_files_js__WEBPACK_IMPORTED_MODULE_0__/* .treeOf */ .g7)(cwd, existing);
            parents = [existing];
        }
        else {
            const merged = await (0,_git_commit_files_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeTrees */ .Md)(cwd, existing, p.baseSha);
            if (merged.clean) {
                startTree = merged.tree;
                parents = [existing, p.baseSha];
            }
            else {
                dropped = true;
                log.warning(`${p.branch} conflicts with ${p.base}; rebuilding it from ${p.base}, so its earlier unmerged changes are replaced by this run's`);
            }
        }
    }
    const read = (path) => (0,_git_history_js__WEBPACK_IMPORTED_MODULE_1__/* .showFile */ .II)(cwd, startTree, path);
    const files = await p.changes(read);
    const tree = files.length > 0 ? await (0,_git_commit_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTree */ .WM)(cwd, startTree, files) : startTree;
    const baseTree = await (0,_git_commit_files_js__WEBPACK_IMPORTED_MODULE_0__/* .treeOf */ .g7)(cwd, p.baseSha);
    const open = await p.pulls.findOpen(p.branch, p.base);
    if (tree === baseTree) {
        // Nothing differs from the base: no branch, no pull request; close one the base has caught up with.
        if (open) {
            await p.pulls.close(open.number, `${p.base} now holds everything this pull request proposed, so it is closed.`);
            log.info(`closed pull request #${open.number}: ${p.base} has caught up`);
        }
        if (existing)
            await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .deleteRemoteRef */ .xG)(cwd, { ref, auth: p.auth });
        return { changed: false, commit: null, pullRequest: null, closed: open?.number ?? null, dropped };
    }
    if (files.length === 0 || tree === startTree) {
        // This run adds nothing: leave the branch and its pull request as they are.
        return {
            changed: false,
            commit: null,
            pullRequest: open ? { ...open, created: false } : null,
            closed: null,
            dropped,
        };
    }
    const commit = await (0,_git_commit_files_js__WEBPACK_IMPORTED_MODULE_0__/* .commitTree */ .SC)(cwd, { tree, parents, message: p.message, identity: p.identity });
    const pushed = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .pushRef */ .qn)(cwd, { source: commit, ref, force: dropped || !existing, auth: p.auth });
    if (!pushed.ok) {
        throw new Error(`could not push ${p.branch}: ${pushed.message}`);
    }
    log.info(`pushed ${commit.slice(0, 12)} to ${p.branch}`);
    const pullRequest = await p.pulls.createOrUpdate({ head: p.branch, base: p.base, title: p.title, body: p.body });
    log.info(`${pullRequest.created ? 'opened' : 'updated'} pull request #${pullRequest.number}: ${pullRequest.url}`);
    return { changed: true, commit, pullRequest, closed: null, dropped };
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


/***/ })

};
