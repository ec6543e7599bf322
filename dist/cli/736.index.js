export const id = 736;
export const ids = [736];
export const modules = {

/***/ 4736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseSettings: () => (/* reexport */ parseSnapshotSettings),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/commands/snapshot/payload.ts
const INITIAL_LISTS = ['files'];
const INCREMENTAL_LISTS = ['added', 'modified', 'deleted', 'renamed'];
function listsOf(meta) {
    return meta.event === 'initial_snapshot' ? INITIAL_LISTS : INCREMENTAL_LISTS;
}
class PayloadWriter {
    meta;
    part;
    write;
    lists;
    current = -1;
    first = true;
    bytes = 0;
    constructor(meta, part, write) {
        this.meta = meta;
        this.part = part;
        this.write = write;
        this.lists = listsOf(meta);
    }
    emit(chunk) {
        this.bytes += Buffer.byteLength(chunk);
        this.write(chunk);
    }
    begin() {
        const { meta, part } = this;
        const snapshot = { commit_sha: meta.commitSha };
        if (meta.event === 'incremental_snapshot')
            snapshot.base_commit_sha = meta.baseCommitSha ?? null;
        snapshot.branch = meta.branch;
        snapshot.scanned_at = meta.scannedAt;
        const head = JSON.stringify({
            event: meta.event,
            snapshot_id: part.snapshot_id,
            part: part.part,
            parts: part.parts,
            repository: meta.repository,
            snapshot,
        });
        // Reopen the snapshot object: drop the closing "}}" and append the lists.
        this.emit(head.slice(0, -2) + (meta.event === 'incremental_snapshot' ? ',"changes":{' : ','));
    }
    /** Appends one serialized entry to `list`; lists must be visited in order. */
    entry(list, json) {
        this.advanceTo(this.lists.indexOf(list));
        this.emit(this.first ? json : `,${json}`);
        this.first = false;
    }
    end() {
        this.advanceTo(this.lists.length);
        this.emit(this.meta.event === 'incremental_snapshot' ? '}}}' : '}}');
    }
    advanceTo(index) {
        if (index < this.current)
            throw new Error(`snapshot lists out of order: ${this.lists[index]} after ${this.lists[this.current]}`);
        while (this.current < index) {
            if (this.current >= 0)
                this.emit(']');
            this.current++;
            if (this.current < this.lists.length) {
                this.emit(`${this.current > 0 ? ',' : ''}"${this.lists[this.current]}":[`);
                this.first = true;
            }
        }
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/delivery/backoff.ts
/** Delay before retry number `retry` (1-based): base, 2×base, 4×base, ... (seed 003's 1, 2, 4, 8, 16 s). */
function retryDelayMs(retry, baseDelayMs) {
    return baseDelayMs * 2 ** (retry - 1);
}
/** The longest wait a Retry-After header may impose before we give up waiting on it. */
const MAX_RETRY_AFTER_MS = 5 * 60_000;
/** Parses Retry-After (seconds, or an HTTP date) into milliseconds from `now`; undefined when absent or bad. */
function parseRetryAfter(header, now) {
    if (header === null || header.trim() === '')
        return undefined;
    const value = header.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    const date = Date.parse(value);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}

;// CONCATENATED MODULE: ./src/delivery/http-post.ts


const defaultHttpDeps = (log) => ({
    fetch: globalThis.fetch,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    log,
});
class PayloadTooLargeError extends errors/* DardocsError */.d9 {
    constructor(url) {
        super('DELIVERY_REJECTED', `${url} answered 413 Payload Too Large`);
        this.name = 'PayloadTooLargeError';
    }
}
const BODY_EXCERPT = 500;
/**
 * POSTs `body`, retrying 5xx, 429, timeouts and connection errors with exponential backoff
 * (honouring Retry-After); another 4xx fails at once with the response body in the error, and a
 * 413 is raised as PayloadTooLargeError so the caller can split smaller.
 */
async function postWithRetry(url, body, headers, policy, deps) {
    let lastError = '';
    for (let attempt = 1; attempt <= policy.maxRetries + 1; attempt++) {
        let waitMs;
        try {
            const response = await deps.fetch(url, {
                method: 'POST',
                headers,
                body: body,
                signal: AbortSignal.timeout(policy.timeoutMs),
            });
            const text = await response.text();
            if (response.ok)
                return { status: response.status, attempts: attempt, body: text };
            if (response.status === 413)
                throw new PayloadTooLargeError(url);
            lastError = `HTTP ${response.status}${text ? `: ${text.slice(0, BODY_EXCERPT)}` : ''}`;
            if (response.status !== 429 && response.status < 500) {
                throw new errors/* DardocsError */.d9('DELIVERY_REJECTED', `${url} rejected the snapshot with ${lastError}. This is not retried: fix the request (endpoint URL, API key, signing secret) and run again.`, { details: { status: response.status } });
            }
            waitMs = parseRetryAfter(response.headers.get('retry-after'), deps.now());
        }
        catch (error) {
            if (error instanceof errors/* DardocsError */.d9)
                throw error;
            lastError = describeFetchError(error, policy.timeoutMs);
        }
        if (attempt > policy.maxRetries)
            break;
        let delay = retryDelayMs(attempt, policy.baseDelayMs);
        if (waitMs !== undefined) {
            if (waitMs > MAX_RETRY_AFTER_MS) {
                deps.log.warning(`${url} asked to wait ${Math.round(waitMs / 1000)} s; waiting ${MAX_RETRY_AFTER_MS / 1000} s instead`);
            }
            delay = Math.min(Math.max(delay, waitMs), MAX_RETRY_AFTER_MS);
        }
        deps.log.info(`  attempt ${attempt} failed (${lastError}); retrying in ${(delay / 1000).toFixed(1)} s`);
        await deps.sleep(delay);
    }
    throw new errors/* DardocsError */.d9('DELIVERY_FAILED', `Could not deliver the snapshot to ${url} after ${policy.maxRetries + 1} attempts; last error: ${lastError}.`, { details: { attempts: policy.maxRetries + 1 } });
}
function describeFetchError(error, timeoutMs) {
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        return `no answer within ${timeoutMs} ms`;
    }
    const cause = error.cause;
    if (cause?.code)
        return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
    return (0,errors/* getErrorMessage */.u1)(error);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/delivery/spool.ts



/**
 * Serialized snapshot entries kept on disk, one JSON line each, so a delivery can be cut into parts
 * of any size (and cut again smaller after a 413) without reading the repository twice or holding
 * it in memory. Only each entry's list and byte length stay in memory.
 */
class Spool {
    dir;
    fd;
    offset = 0;
    lists = [];
    lengths = [];
    constructor() {
        this.dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'dardocs-spool-'));
        this.fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(this.dir, 'entries.jsonl'), 'w+');
    }
    get count() {
        return this.lengths.length;
    }
    pending = [];
    pendingBytes = 0;
    append(list, json) {
        const line = `${json}\n`;
        const length = Buffer.byteLength(line);
        this.pending.push(line);
        this.pendingBytes += length;
        this.lists.push(list);
        this.lengths.push(length);
        if (this.pendingBytes >= 1 << 20)
            this.flush();
    }
    flush() {
        if (this.pendingBytes === 0)
            return;
        const bytes = Buffer.from(this.pending.join(''));
        for (let written = 0; written < bytes.length;) {
            written += (0,external_node_fs_.writeSync)(this.fd, bytes, written, bytes.length - written, this.offset + written);
        }
        this.offset += bytes.length;
        this.pending = [];
        this.pendingBytes = 0;
    }
    /** Entries `from` (inclusive) to `to` (exclusive) with their lists, read back from disk. */
    read(from, to) {
        this.flush();
        let start = 0;
        for (let i = 0; i < from; i++)
            start += this.lengths[i] ?? 0;
        let length = 0;
        for (let i = from; i < to; i++)
            length += this.lengths[i] ?? 0;
        const buffer = Buffer.allocUnsafe(length);
        let read = 0;
        while (read < length) {
            const n = (0,external_node_fs_.readSync)(this.fd, buffer, read, length - read, start + read);
            if (n === 0)
                throw new Error('snapshot spool is shorter than written');
            read += n;
        }
        const out = [];
        let position = 0;
        for (let i = from; i < to; i++) {
            const size = this.lengths[i] ?? 0;
            out.push({ list: this.lists[i] ?? 'files', json: buffer.toString('utf8', position, position + size - 1) });
            position += size;
        }
        return out;
    }
    dispose() {
        (0,external_node_fs_.closeSync)(this.fd);
        (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
    }
}
/**
 * Cuts entries into consecutive parts whose JSON stays within `limit` bytes (`overhead` is the
 * envelope's size). An entry larger than the limit gets a part of its own: it cannot be cut.
 */
function planParts(lengths, limit, overhead) {
    const parts = [];
    let start = 0;
    let size = overhead;
    for (let i = 0; i < lengths.length; i++) {
        const length = lengths[i] ?? 0;
        if (i > start && size + length > limit) {
            parts.push([start, i]);
            start = i;
            size = overhead;
        }
        size += length;
    }
    parts.push([start, lengths.length]);
    return parts;
}

;// CONCATENATED MODULE: ./src/delivery/deliver-snapshot.ts






/** Smallest part size a 413 may push us down to; below it the endpoint cannot take the snapshot at all. */
const MIN_PART_BYTES = 4 * 1024;
function signBody(body, secret) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest('hex')}`;
}
/** Builds one part's JSON: the envelope with this part's number and its slice of the entries. */
function renderPart(meta, spool, snapshotId, range, part, parts) {
    const chunks = [];
    const writer = new PayloadWriter(meta, { snapshot_id: snapshotId, part, parts }, (c) => chunks.push(c));
    writer.begin();
    for (const { list, json } of spool.read(range[0], range[1]))
        writer.entry(list, json);
    writer.end();
    return Buffer.from(chunks.join(''));
}
function envelopeBytes(meta) {
    const writer = new PayloadWriter(meta, { snapshot_id: (0,external_node_crypto_.randomUUID)(), part: 999_999, parts: 999_999 }, () => { });
    writer.begin();
    writer.end();
    return writer.bytes;
}
/**
 * Delivers the spooled snapshot: gzip, numbered parts under `maxPayloadBytes`, each retried on its
 * own. A 413 halves the part size and starts again under a new snapshot_id (the receiver discards an
 * incomplete set), until a part holding a single entry is still too large, which is reported by name.
 */
async function deliverSnapshot(meta, spool, options, deps) {
    let limit = options.maxPayloadBytes;
    let splits = 0;
    let attempts = 0;
    const overhead = envelopeBytes(meta);
    for (;;) {
        const snapshotId = (0,external_node_crypto_.randomUUID)();
        const plan = planParts(spool.lengths, limit, overhead);
        let sentBytes = 0;
        let current = [0, 0];
        try {
            for (const [index, range] of plan.entries()) {
                current = range;
                const json = renderPart(meta, spool, snapshotId, range, index + 1, plan.length);
                const body = (0,external_node_zlib_.gzipSync)(json);
                const headers = {
                    'content-type': 'application/json',
                    'content-encoding': 'gzip',
                    'user-agent': options.userAgent,
                    'x-dardocs-event': meta.event,
                    'x-dardocs-snapshot-id': snapshotId,
                    'x-dardocs-part': `${index + 1}/${plan.length}`,
                    'idempotency-key': `${snapshotId}:${index + 1}`,
                };
                if (options.signingSecret)
                    headers['x-dardocs-signature'] = signBody(body, options.signingSecret);
                if (options.apiKey)
                    headers.authorization = `Bearer ${options.apiKey}`;
                if (plan.length > 1)
                    deps.log.info(`  part ${index + 1}/${plan.length}: ${range[1] - range[0]} entries, ${body.length} bytes gzip`);
                const sent = await postWithRetry(options.url, body, headers, options, deps);
                attempts += sent.attempts;
                sentBytes += body.length;
            }
            return { snapshotId, parts: plan.length, attempts, sentBytes, splits };
        }
        catch (error) {
            if (!(error instanceof PayloadTooLargeError))
                throw error;
            attempts += 1;
            if (current[1] - current[0] <= 1 || limit / 2 < MIN_PART_BYTES) {
                const only = current[1] - current[0] === 1 ? spool.read(current[0], current[1])[0] : undefined;
                const what = only
                    ? `a part holding only ${JSON.parse(only.json).path}`
                    : `parts of ${limit} bytes`;
                throw new errors/* DardocsError */.d9('DELIVERY_REJECTED', `${options.url} answered 413 Payload Too Large even for ${what}. Lower max-file-size so single files are smaller, or raise the endpoint's request body limit.`);
            }
            limit = Math.floor(limit / 2);
            splits++;
            deps.log.warning(`${options.url} answered 413 Payload Too Large; splitting into parts of at most ${limit} bytes`);
        }
    }
}

;// CONCATENATED MODULE: ./src/delivery/receiver-latest.ts
/**
 * Asks the receiver which commit the repository's last stored snapshot was taken at
 * (`GET /api/repos/:owner/:repo/snapshots/latest`). Undefined when it has none (404).
 */
async function fetchLatestSnapshotCommit(receiverUrl, apiKey, repository, http) {
    const url = new URL(`api/repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.name)}/snapshots/latest`, receiverUrl.endsWith('/') ? receiverUrl : `${receiverUrl}/`);
    const response = await http.fetch(url, {
        headers: { accept: 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
        signal: AbortSignal.timeout(30_000),
    });
    if (response.status === 404)
        return undefined;
    if (!response.ok)
        throw new Error(`${url} answered HTTP ${response.status}`);
    const body = (await response.json());
    return typeof body.commit_sha === 'string' && /^[0-9a-f]{40,64}$/.test(body.commit_sha) ? body.commit_sha : undefined;
}

// EXTERNAL MODULE: ./src/git/repository.ts
var git_repository = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/output/atomic-file.ts
var atomic_file = __webpack_require__(2791);
// EXTERNAL MODULE: ./src/runtime/repository-identity.ts
var repository_identity = __webpack_require__(9329);
// EXTERNAL MODULE: ./src/scan/file-set.ts + 3 modules
var file_set = __webpack_require__(7950);
// EXTERNAL MODULE: ./src/scan/ignore-rules.ts
var ignore_rules = __webpack_require__(6817);
// EXTERNAL MODULE: ./src/scan/read-entry.ts + 1 modules
var read_entry = __webpack_require__(4863);
;// CONCATENATED MODULE: ./src/commands/snapshot/plugins/pipeline.ts
function runPipeline(plugins, entry) {
    let current = entry;
    for (const plugin of plugins)
        current = plugin.transform(current);
    return current;
}

;// CONCATENATED MODULE: ./src/commands/snapshot/build.ts


/** How often a long read reports how far it has got. */
const PROGRESS_INTERVAL_MS = 2000;
const emptyStats = () => ({
    entries: 0,
    files: 0,
    symlinks: 0,
    submodules: 0,
    contentBytes: 0,
    skipped: {},
});
function fullWork(candidates) {
    return candidates.map((candidate) => ({ list: 'files', candidate }));
}
function incrementalWork(changes) {
    return changes.map((c) => c.list === 'deleted' || !c.candidate
        ? { list: 'deleted', path: c.path }
        : { list: c.list, candidate: c.candidate, from: c.from });
}
/**
 * Reads each unit, runs the plugins and serializes it, handing `{list, json}` to `sink` in order.
 * The sink may wait (a slow disk); memory holds one entry at a time.
 */
async function buildEntries(work, options, sink, fs = read_entry/* realFileSystem */.yn, notes = [], progress = () => { }) {
    const stats = emptyStats();
    let lastProgress = Date.now();
    for (const [i, unit] of work.entries()) {
        if (i > 0 && i % 1024 === 0 && Date.now() - lastProgress >= PROGRESS_INTERVAL_MS) {
            progress(i, work.length);
            lastProgress = Date.now();
        }
        stats.entries++;
        if (!('candidate' in unit)) {
            await sink('deleted', JSON.stringify({ path: unit.path }), undefined);
            continue;
        }
        const read = runPipeline(options.plugins, (0,read_entry/* readEntry */.hB)(unit.candidate, options, fs, notes));
        const entry = unit.from === undefined ? read : { ...read, from: unit.from };
        if (entry.type === 'symlink')
            stats.symlinks++;
        else if (entry.type === 'submodule')
            stats.submodules++;
        else
            stats.files++;
        if (entry.skipped)
            stats.skipped[entry.skipped] = (stats.skipped[entry.skipped] ?? 0) + 1;
        if (entry.content !== null)
            stats.contentBytes += entry.size;
        const pending = sink(unit.list, JSON.stringify(entry), entry);
        if (pending)
            await pending;
        // Reads are synchronous; let timers and I/O callbacks run now and then.
        if (i % 512 === 511)
            await new Promise((resolve) => setImmediate(resolve));
    }
    return stats;
}

// EXTERNAL MODULE: ./src/scan/types.ts
var types = __webpack_require__(1184);
;// CONCATENATED MODULE: ./src/commands/snapshot/incremental.ts


const ORDER = { added: 0, modified: 1, deleted: 2, renamed: 3 };
/**
 * What changed between `base` and the working tree, within the snapshot's file set: git's own
 * diff for tracked files (renames detected) plus untracked files as additions. Only the changed
 * paths are read afterwards, so the cost follows the change, not the repository.
 */
async function incrementalChanges(root, base, fileSet) {
    const byName = new Map(fileSet.candidates.map((c) => [c.path, c]));
    const changes = new Map();
    const add = (change) => changes.set(change.path, change);
    const diffed = await (0,git_repository/* diffToWorktree */.wI)(root, base);
    for (const d of diffed) {
        const candidate = byName.get(d.path);
        if (d.status === 'D') {
            if (!fileSet.excludes(d.path))
                add({ list: 'deleted', path: d.path });
        }
        else if (d.status === 'R' && d.from !== undefined) {
            const fromKept = !fileSet.excludes(d.from);
            if (candidate)
                add(fromKept
                    ? { list: 'renamed', path: d.path, from: d.from, candidate }
                    : { list: 'added', path: d.path, candidate });
            else if (fromKept)
                add({ list: 'deleted', path: d.from });
        }
        else if (candidate) {
            add({ list: d.status === 'A' || d.status === 'C' ? 'added' : 'modified', path: d.path, candidate });
        }
    }
    for (const candidate of fileSet.candidates) {
        if (candidate.tracked)
            continue;
        // Untracked now: new, unless it was in the base and git saw it leave the index: then it changed in place.
        const prior = changes.get(candidate.path);
        if (prior && prior.list !== 'deleted')
            continue;
        add({ list: prior ? 'modified' : 'added', path: candidate.path, candidate });
    }
    return [...changes.values()].sort((a, b) => ORDER[a.list] - ORDER[b.list] || (0,types/* byPath */.f)(a, b));
}

;// CONCATENATED MODULE: ./src/commands/snapshot/plugins/redact-secrets.ts
const REDACTION_RULES = [
    {
        kind: 'private-key',
        pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g,
    },
    { kind: 'aws-access-key-id', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA)[A-Z2-7]{16}\b/g },
    {
        kind: 'aws-secret-access-key',
        pattern: /\baws_?secret_?access_?key\b["']?\s*[:=]\s*["']?(?<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    },
    { kind: 'github-token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,251}\b/g },
    { kind: 'github-fine-grained-token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g },
    { kind: 'slack-token', pattern: /\bxox[abposr]-(?:[A-Za-z0-9]+-){1,5}[A-Za-z0-9]+\b/g },
    {
        kind: 'slack-webhook',
        pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/g,
    },
    {
        kind: 'password-assignment',
        pattern: /\b[\w.-]*?(?:password|passwd|pwd)["']?\s*[:=]\s*(?<quote>["'])(?<value>[^"'\n]{4,})\k<quote>/gi,
    },
    {
        kind: 'password-assignment',
        pattern: /\b[\w.-]*?(?:password|passwd|pwd)["']?\s*[:=]\s*(?<value>[^\s"'`,;]{4,})/gi,
    },
];
/** Masks every rule's matches in `text`; pure. */
function redactText(text, rules = REDACTION_RULES) {
    const counts = {};
    let result = text;
    for (const rule of rules) {
        result = result.replace(rule.pattern, (...args) => {
            const match = args[0];
            const groups = args.at(-1);
            const value = typeof groups === 'object' && groups ? groups.value : undefined;
            if (value !== undefined && /^(?:\*+|\[REDACTED[^\]]*\])$/.test(value))
                return match;
            counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
            const mask = `[REDACTED:${rule.kind}]`;
            return value === undefined ? mask : match.replace(value, mask);
        });
    }
    return { text: result, counts };
}
/** The `redact-secrets` plugin: masks contents before anything leaves the runner and counts what it masked. */
function createRedactSecrets(rules = REDACTION_RULES) {
    const totals = {};
    const plugin = {
        name: 'redact-secrets',
        totals,
        files: 0,
        transform(entry) {
            if (entry.content === null)
                return entry;
            const { text, counts } = redactText(entry.content, rules);
            const found = Object.values(counts).reduce((a, b) => a + b, 0);
            if (found === 0)
                return entry;
            plugin.files++;
            for (const [kind, n] of Object.entries(counts))
                totals[kind] = (totals[kind] ?? 0) + n;
            // The sha and size still describe the file in git; `redacted` says the content was masked.
            return { ...entry, content: text, redacted: found };
        },
        report() {
            const total = Object.values(totals).reduce((a, b) => a + b, 0);
            if (total === 0)
                return 'redact-secrets: nothing to mask';
            const kinds = Object.entries(totals)
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([kind, n]) => `${kind} ${n}`)
                .join(', ');
            return `redact-secrets: masked ${total} value(s) in ${plugin.files} file(s): ${kinds}`;
        },
    };
    return plugin;
}

;// CONCATENATED MODULE: ./src/commands/snapshot/summary.ts

const MAX_NOTES = 20;
/** The snapshot command's summary: pure, so its text is tested as it is. */
function snapshotSummary(r) {
    const skipped = Object.entries(r.stats.skipped)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([reason, n]) => `${reason} ${n}`)
        .join(', ');
    const facts = [
        ['Root', r.root],
        [
            'File set',
            r.fileSet.source === 'git'
                ? 'git (tracked + untracked, not ignored)'
                : 'not a git repository: walked with .gitignore rules',
        ],
        ['Event', r.meta.event],
        ['Repository', `${r.meta.repository.owner}/${r.meta.repository.name}`],
        ['Commit', r.meta.commitSha ?? '(none)'],
    ];
    if (r.meta.baseCommitSha)
        facts.push(['Base commit', r.meta.baseCommitSha]);
    facts.push(['Branch', r.meta.branch ?? '(detached)'], [r.meta.event === 'initial_snapshot' ? 'Entries' : 'Changes', String(r.stats.entries)], ['Files / links / submodules', `${r.stats.files} / ${r.stats.symlinks} / ${r.stats.submodules}`], ['Listed without content', skipped === '' ? 'none' : skipped], ['Left out by .dardocsignore / exclude', String(r.fileSet.excludedCount)], ['JSON size', `${r.bytes} bytes`]);
    if (r.outputPath)
        facts.push(['Written to', r.outputPath]);
    if (r.endpoint) {
        facts.push([
            'Delivered to',
            r.delivery
                ? `${r.endpoint} (${r.delivery.parts} part(s), ${r.delivery.sentBytes} bytes gzip, ${r.delivery.attempts} request(s))`
                : `${r.endpoint}: FAILED (${(0,errors/* getErrorMessage */.u1)(r.failure)})`,
        ]);
    }
    facts.push(['Duration', `${(r.durationMs / 1000).toFixed(2)} s`]);
    const notes = [];
    for (const plugin of r.plugins) {
        const line = plugin.report();
        if (line)
            notes.push(line);
    }
    if (r.notes.length > 0) {
        const shown = r.notes.slice(0, MAX_NOTES).map((n) => `${n.path}: ${n.message}`);
        if (r.notes.length > MAX_NOTES)
            shown.push(`... and ${r.notes.length - MAX_NOTES} more`);
        notes.push(`Unreadable entries:\n${shown.join('\n')}`);
    }
    return { title: `dardocs snapshot: ${r.failure ? 'delivery failed' : 'done'}`, facts, notes };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/inputs/fields.ts
var fields = __webpack_require__(2996);
;// CONCATENATED MODULE: ./src/commands/snapshot/settings.ts


const schema = schemas/* object */.Ikc({
    cwd: (0,fields/* text */.Qq)(),
    'receiver-url': (0,fields/* url */.OZ)(),
    'receiver-api-key': (0,fields/* optionalText */.mR)(),
    repository: (0,fields/* ownerRepo */.QH)(),
    output: (0,fields/* optionalText */.mR)(),
    endpoint: (0,fields/* url */.OZ)(),
    exclude: (0,fields/* list */.p_)(),
    'max-file-size': (0,fields/* integer */.nd)({ min: 0, unit: 'bytes' }),
    'max-payload-bytes': (0,fields/* integer */.nd)({ min: 1024, unit: 'bytes' }),
    'max-attempts': (0,fields/* integer */.nd)({ min: 0, max: 20 }),
    'retry-base-delay-ms': (0,fields/* integer */.nd)({ min: 0, max: 600_000, unit: 'milliseconds' }),
    'delivery-timeout-ms': (0,fields/* integer */.nd)({ min: 1, max: 3_600_000, unit: 'milliseconds' }),
    'signing-secret': (0,fields/* optionalText */.mR)(),
    since: (0,fields/* optionalText */.mR)(),
    full: (0,fields/* bool */.lc)(),
    redact: (0,fields/* bool */.lc)(),
    'repository-id': (0,fields/* optionalText */.mR)(),
})
    .transform((v) => ({
    cwd: v.cwd === '' ? '.' : v.cwd,
    receiverUrl: v['receiver-url'],
    receiverApiKey: v['receiver-api-key'],
    repository: v.repository,
    repositoryId: v['repository-id'],
    output: v.output,
    endpoint: v.endpoint,
    exclude: v.exclude,
    maxFileSize: v['max-file-size'],
    maxPayloadBytes: v['max-payload-bytes'],
    maxRetries: v['max-attempts'],
    retryBaseDelayMs: v['retry-base-delay-ms'],
    deliveryTimeoutMs: v['delivery-timeout-ms'],
    signingSecret: v['signing-secret'],
    since: v.since,
    full: v.full,
    redact: v.redact,
}));
function parseSnapshotSettings(values) {
    return (0,fields/* parseWith */.Ku)(schema, values);
}

;// CONCATENATED MODULE: ./src/commands/snapshot/index.ts




















async function run(settings, deps) {
    const started = Date.now();
    const { log } = deps;
    const root = (0,external_node_path_.resolve)(deps.workdir, settings.cwd);
    if (!isDirectory(root)) {
        throw new errors/* InputError */.dz('cwd', `Input 'cwd' is '${settings.cwd}' (${root}), which is not a directory: point it at the checkout.`);
    }
    if (!settings.output && !settings.endpoint && !settings.receiverUrl) {
        throw new errors/* InputError */.dz('output', `Nothing to deliver to: set 'output' (a file), 'endpoint' (a URL) or 'receiver-url'.`);
    }
    const outputPath = settings.output === undefined ? undefined : (0,external_node_path_.resolve)(deps.workdir, settings.output);
    const exclude = new ignore_rules/* IgnoreRules */.w0();
    exclude.add('', settings.exclude.join('\n'));
    if (outputPath) {
        // Never snapshot our own output file.
        const inside = (0,external_node_path_.relative)(root, outputPath).split('\\').join('/');
        if (!inside.startsWith('../') && inside !== '..')
            exclude.add('', `/${inside.replace(/([\\*?[\]!# ])/g, '\\$1')}`);
    }
    const { location, fileSet } = await (0,file_set/* listFileSet */.x)(root, exclude, log);
    const commitSha = location ? ((await (0,git_repository/* headCommit */.Qo)(root)) ?? null) : null;
    const repository = (0,repository_identity/* resolveRepository */.BN)({
        input: settings.repository,
        repositoryIdInput: settings.repositoryId,
        env: deps.env,
        originUrl: location ? await (0,git_repository/* originUrl */.sH)(root) : undefined,
        dirName: (0,external_node_path_.basename)(location?.topLevel ?? root),
    });
    const branch = (0,repository_identity/* resolveBranch */.pd)(deps.env, location ? await (0,git_repository/* currentBranch */.eR)(root) : undefined);
    const http = deps.http ?? defaultHttpDeps(log);
    const endpoint = settings.endpoint ??
        (settings.receiverUrl ? new URL('api/snapshots', withSlash(settings.receiverUrl)).toString() : undefined);
    const toReceiver = endpoint !== undefined &&
        settings.receiverUrl !== undefined &&
        new URL(endpoint).origin === new URL(settings.receiverUrl).origin;
    const base = await chooseBase(settings, root, location !== undefined, repository, http, log);
    let work;
    if (base) {
        const changes = await incrementalChanges(root, base, fileSet);
        log.info(`incremental snapshot since ${base.slice(0, 12)}: ${changes.length} change(s)`);
        work = incrementalWork(changes);
    }
    else {
        work = fullWork(fileSet.candidates);
    }
    const meta = {
        event: base ? 'incremental_snapshot' : 'initial_snapshot',
        repository,
        commitSha,
        ...(base ? { baseCommitSha: base } : {}),
        branch,
        scannedAt: deps.now().toISOString(),
    };
    const plugins = settings.redact ? [createRedactSecrets()] : [];
    const notes = [];
    const file = outputPath ? new atomic_file/* AtomicFile */.A(outputPath) : undefined;
    const spool = endpoint ? new Spool() : undefined;
    let bytes = 0;
    let delivery;
    let failure;
    try {
        const writer = new PayloadWriter(meta, { snapshot_id: (0,external_node_crypto_.randomUUID)(), part: 1, parts: 1 }, (chunk) => file?.write(chunk));
        const stats = await log.group('Read files', async () => {
            writer.begin();
            const result = await buildEntries(work, {
                root,
                openPrefix: openPrefix(root),
                maxFileSize: settings.maxFileSize,
                objectFormat: fileSet.objectFormat,
                plugins,
            }, (list, json) => {
                writer.entry(list, json);
                spool?.append(list, json);
            }, deps.fs ?? read_entry/* realFileSystem */.yn, notes, (done, total) => log.info(`  ${done}/${total} entries read`));
            writer.end();
            for (const note of notes)
                log.warning(`${note.path}: ${note.message}`);
            log.info(`${result.entries} entries, ${writer.bytes} bytes of JSON`);
            return result;
        });
        bytes = writer.bytes;
        if (file) {
            file.commit();
            log.info(`wrote ${outputPath}`);
        }
        if (endpoint && spool) {
            delivery = await log.group(`Deliver to ${endpoint}`, async () => {
                try {
                    return await deliverSnapshot(meta, spool, {
                        url: endpoint,
                        maxPayloadBytes: settings.maxPayloadBytes,
                        signingSecret: settings.signingSecret,
                        apiKey: toReceiver ? settings.receiverApiKey : undefined,
                        userAgent: `dardocs-action/${deps.version}`,
                        maxRetries: settings.maxRetries,
                        baseDelayMs: settings.retryBaseDelayMs,
                        timeoutMs: settings.deliveryTimeoutMs,
                    }, http);
                }
                catch (error) {
                    failure = error instanceof Error ? error : new errors/* DardocsError */.d9('DELIVERY_FAILED', (0,errors/* getErrorMessage */.u1)(error));
                    return undefined;
                }
            });
        }
        return {
            outputs: {
                'commit-sha': commitSha ?? '',
                'file-count': String(stats.entries),
                bytes: String(bytes),
                'snapshot-path': outputPath && file ? outputPath : '',
                delivered: String(delivery !== undefined),
                event: meta.event,
            },
            summary: snapshotSummary({
                root,
                meta,
                fileSet,
                stats,
                bytes,
                outputPath,
                endpoint,
                delivery,
                failure,
                plugins,
                notes,
                durationMs: Date.now() - started,
            }),
            ...(failure ? { failure } : {}),
        };
    }
    catch (error) {
        file?.abort();
        throw error;
    }
    finally {
        spool?.dispose();
    }
}
/** The root relative to the process's directory when it lies inside it (see ReadOptions.openPrefix). */
function openPrefix(root) {
    const rel = (0,external_node_path_.relative)(process.cwd(), root);
    if (rel === '')
        return '';
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return `${rel.split(external_node_path_.sep).join('/')}/`;
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
const withSlash = (url) => (url.endsWith('/') ? url : `${url}/`);
/** The base commit of an incremental snapshot: `since`, else the receiver's last snapshot; none for a full one. */
async function chooseBase(settings, root, inGit, repository, http, log) {
    if (settings.full)
        return undefined;
    if (settings.since) {
        if (!inGit)
            throw new errors/* InputError */.dz('since', `Input 'since' needs a git repository, and ${root} is not in one.`);
        const sha = await (0,git_repository/* commitExists */.Sm)(root, settings.since);
        if (!sha) {
            throw new errors/* InputError */.dz('since', `Input 'since' is '${settings.since}', which is not a commit in this clone. Fetch more history (actions/checkout with fetch-depth: 0) or leave 'since' empty for a full snapshot.`);
        }
        return sha;
    }
    if (!settings.receiverUrl || !inGit)
        return undefined;
    let latest;
    try {
        latest = await fetchLatestSnapshotCommit(settings.receiverUrl, settings.receiverApiKey, repository, http);
    }
    catch (error) {
        log.warning(`could not ask the receiver for the last snapshot (${(0,errors/* getErrorMessage */.u1)(error)}); sending a full snapshot`);
        return undefined;
    }
    if (!latest)
        return undefined;
    const sha = await (0,git_repository/* commitExists */.Sm)(root, latest);
    if (!sha) {
        log.warning(`the receiver's last snapshot is at ${latest.slice(0, 12)}, which is not in this clone (shallow?); sending a full snapshot. Use fetch-depth: 0 to allow incremental ones.`);
    }
    return sha;
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
