export const id = 153;
export const ids = [153];
export const modules = {

/***/ 3153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseSettings: () => (/* reexport */ parseRegenerateSettings),
  pollDelay: () => (/* binding */ pollDelay),
  progressLines: () => (/* binding */ progressLines),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/receiver-client/socs.ts
var socs = __webpack_require__(7615);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/inputs/fields.ts
var fields = __webpack_require__(2996);
;// CONCATENATED MODULE: ./src/commands/regenerate/settings.ts


const schema = schemas/* object */.Ikc({
    'receiver-url': (0,fields/* url */.OZ)(),
    'receiver-api-key': (0,fields/* optionalText */.mR)(),
    'soc-id': (0,fields/* optionalText */.mR)(),
    wait: (0,fields/* bool */.lc)(),
    'wait-timeout': (0,fields/* integer */.nd)({ min: 1, max: 6 * 3600, unit: 'seconds' }),
    'on-rate-limit': schemas/* string */.YjP().transform((s, ctx) => {
        const v = s.trim().toLowerCase();
        if (v === 'wait' || v === 'fail')
            return v;
        ctx.addIssue({ code: 'custom', message: `must be wait or fail, got '${s}'` });
        return core/* NEVER */.tm;
    }),
})
    .superRefine((v, ctx) => {
    for (const name of ['receiver-url', 'receiver-api-key', 'soc-id']) {
        if (!v[name])
            ctx.addIssue({ code: 'custom', path: [name], message: 'is required for regenerate' });
    }
})
    .transform((v) => ({
    receiverUrl: v['receiver-url'],
    receiverApiKey: v['receiver-api-key'],
    socId: v['soc-id'],
    wait: v.wait,
    waitTimeoutS: v['wait-timeout'],
    onRateLimit: v['on-rate-limit'],
}));
function parseRegenerateSettings(values) {
    return (0,fields/* parseWith */.Ku)(schema, values);
}

;// CONCATENATED MODULE: ./src/commands/regenerate/index.ts



const TERMINAL = ['completed', 'failed', 'timed_out'];
const FIRST_POLL_MS = 2000;
const MAX_POLL_MS = 15_000;
/** Polling delays: 2 s, growing by half each time, at most 15 s. Pure. */
function pollDelay(attempt) {
    return Math.min(MAX_POLL_MS, Math.round(FIRST_POLL_MS * 1.5 ** attempt));
}
/** The lines that say what changed between two statuses, one per repository that moved. Pure. */
function progressLines(previous, current) {
    const before = new Map(previous?.progress.repos.map((r) => [r.repo, r.status]) ?? []);
    const lines = [];
    if (previous?.status !== current.status)
        lines.push(`regeneration ${current.regenerationId}: ${current.status} (${current.progress.phase})`);
    for (const repo of current.progress.repos) {
        if (before.get(repo.repo) === repo.status)
            continue;
        const extra = repo.error ? `: ${repo.error}` : repo.runUrl ? ` (${repo.runUrl})` : '';
        lines.push(`  ${repo.repo}: ${repo.status}${extra}   [${current.progress.reposDone}/${current.progress.reposTotal}]`);
    }
    return lines;
}
/**
 * Asks the receiver to regenerate a SOC across its repositories and, with `wait`, follows the run
 * to its end, printing each repository's progress as it changes. A 429 means a regeneration is
 * already under way: by default the step follows that one instead of failing.
 */
async function run(settings, deps) {
    const { log } = deps;
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const clock = deps.clock ?? (() => Date.now());
    const client = new socs/* SocClient */.n(settings.receiverUrl, settings.receiverApiKey, deps.fetch);
    const documentUrl = client.url(`api/socs/${encodeURIComponent(settings.socId)}/document`);
    const started = await log.group('Start the regeneration', async () => {
        const answer = await client.startRegeneration(settings.socId, deps.env.GITHUB_RUN_ID ? `run-${deps.env.GITHUB_RUN_ID}-${deps.env.GITHUB_RUN_ATTEMPT ?? '1'}` : undefined);
        if (answer.kind === 'started')
            log.info(`regeneration ${answer.regenerationId} queued`);
        else {
            log.info(`a regeneration is already under way: ${answer.message}`);
            if (settings.onRateLimit === 'fail') {
                throw new errors/* DardocsError */.d9('DELIVERY_REJECTED', `SOC ${settings.socId} is already being regenerated (${answer.regenerationId}); retry in ${answer.retryAfterS} s, or set on-rate-limit: wait to follow that run.`);
            }
            log.info(`following regeneration ${answer.regenerationId} instead`);
        }
        return answer;
    });
    const regenerationId = started.regenerationId;
    const outputs = (status, version) => ({
        'regeneration-id': regenerationId,
        status,
        'document-url': documentUrl,
        version: version === undefined ? '' : String(version),
    });
    if (!settings.wait) {
        return {
            outputs: outputs('queued'),
            summary: summaryOf(settings, regenerationId, undefined, documentUrl, 'not waited for'),
        };
    }
    const deadline = clock() + settings.waitTimeoutS * 1000;
    let current;
    let failures = 0;
    const final = await log.group(`Wait for regeneration ${regenerationId}`, async () => {
        for (let attempt = 0;; attempt++) {
            try {
                const next = await client.status(settings.socId, regenerationId);
                for (const line of progressLines(current, next))
                    log.info(line);
                current = next;
                failures = 0;
                if (TERMINAL.includes(next.status))
                    return next;
            }
            catch (error) {
                // A receiver that blinks (a deploy, a restart) is waited out; five failures in a row are not.
                if (error instanceof errors/* DardocsError */.d9 && error.code === 'DELIVERY_REJECTED')
                    throw error;
                if (++failures >= 5)
                    throw error;
                log.warning(`could not read the status (${error.message}); trying again`);
            }
            if (clock() >= deadline)
                return undefined;
            await sleep(Math.min(pollDelay(attempt), Math.max(0, deadline - clock())));
        }
    });
    if (!final) {
        const missing = current?.progress.repos.filter((r) => r.status !== 'completed').map((r) => r.repo) ?? [];
        return {
            outputs: outputs(current?.status ?? 'queued'),
            summary: summaryOf(settings, regenerationId, current, documentUrl, `gave up after ${settings.waitTimeoutS} s`),
            failure: new errors/* DardocsError */.d9('DELIVERY_FAILED', `Regeneration ${regenerationId} did not end within wait-timeout (${settings.waitTimeoutS} s); still waiting for ${missing.join(', ') || 'the receiver'}. Raise wait-timeout, or check those repositories' workflow runs.`),
        };
    }
    const version = final.status === 'completed' ? await client.documentVersion(settings.socId) : undefined;
    const result = {
        outputs: outputs(final.status, version),
        summary: summaryOf(settings, regenerationId, final, documentUrl),
    };
    if (final.status !== 'completed') {
        const notReported = final.progress.repos.filter((r) => r.status !== 'completed');
        result.failure = new errors/* DardocsError */.d9('DELIVERY_FAILED', `Regeneration ${regenerationId} ended ${final.status}: ${notReported.map((r) => `${r.repo} (${r.status}${r.error ? `: ${r.error}` : ''})`).join('; ')}.`);
    }
    return result;
}
function summaryOf(settings, id, status, documentUrl, note) {
    return {
        title: `dardocs regenerate: ${status?.status ?? 'queued'}`,
        facts: [
            ['SOC', settings.socId],
            ['Regeneration', id],
            ['Status', `${status?.status ?? 'queued'}${note ? ` (${note})` : ''}`],
            ['Repositories', status ? `${status.progress.reposDone}/${status.progress.reposTotal} reported` : 'not read'],
            ['Document', documentUrl],
        ],
        tables: status
            ? [
                {
                    caption: 'Repositories',
                    headers: ['repository', 'status', 'detail'],
                    rows: status.progress.repos.map((r) => [r.repo, r.status, r.error ?? r.runUrl ?? '']),
                },
            ]
            : [],
        notes: status?.error ? [status.error] : [],
    };
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


/***/ })

};
