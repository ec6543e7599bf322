export const id = 77;
export const ids = [77,926];
export const modules = {

/***/ 9926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseSettings: () => (/* reexport */ parseSyncSettings),
  prepareSecrets: () => (/* binding */ prepareSecrets),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/secrets.ts
var secrets = __webpack_require__(7917);
// EXTERNAL MODULE: ./src/receiver-client/secrets.ts
var receiver_client_secrets = __webpack_require__(5702);
// EXTERNAL MODULE: ./src/secrets/inputs.ts
var inputs = __webpack_require__(120);
// EXTERNAL MODULE: ./src/secrets/rules.ts
var rules = __webpack_require__(7970);
// EXTERNAL MODULE: ./src/secrets/seal.ts
var seal = __webpack_require__(6468);
// EXTERNAL MODULE: ./src/secrets/targets.ts
var secrets_targets = __webpack_require__(7027);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/inputs/fields.ts
var fields = __webpack_require__(2996);
;// CONCATENATED MODULE: ./src/commands/secrets-sync/settings.ts



const schema = schemas/* object */.Ikc({
    ...(0,inputs/* secretSourceFields */.dm)(),
    targets: (0,fields/* list */.p_)(),
    include: (0,fields/* list */.p_)(),
    exclude: (0,fields/* list */.p_)(),
    visibility: schemas/* enum */.k5n(['', 'all', 'private', 'selected'], {
        error: (issue) => `must be all, private, selected or empty, got '${String(issue.input)}'`,
    }),
    'selected-repositories': (0,fields/* list */.p_)(),
    prune: schemas/* enum */.k5n(['false', 'true', 'all'], {
        error: (issue) => `must be false, true or all, got '${String(issue.input)}'`,
    }),
    force: (0,fields/* bool */.lc)(),
    'dry-run': (0,fields/* bool */.lc)(),
    'write-concurrency': (0,fields/* integer */.nd)({ min: 1, max: 10 }),
})
    .superRefine((v, ctx) => {
    if (v['receiver-url'] && !v['receiver-api-key'])
        ctx.addIssue({ code: 'custom', path: ['receiver-api-key'], message: 'is required when receiver-url is set' });
    if (v.prune === 'true' && !v['receiver-url'])
        ctx.addIssue({
            code: 'custom',
            path: ['prune'],
            message: 'true needs receiver-url: which target secrets this action created is known from the receiver (prune: all deletes every secret not in the source set)',
        });
    if (v.visibility === 'selected' && v['selected-repositories'].length === 0)
        ctx.addIssue({
            code: 'custom',
            path: ['selected-repositories'],
            message: 'is required with visibility selected',
        });
})
    .transform((v) => ({
    ...(0,inputs/* sourceSettings */.zX)(v),
    targets: v.targets,
    include: v.include,
    exclude: v.exclude,
    visibility: v.visibility === '' ? undefined : v.visibility,
    selectedRepositories: v['selected-repositories'],
    prune: v.prune === 'false' ? undefined : v.prune === 'all' ? 'all' : 'created',
    force: v.force,
    dryRun: v['dry-run'],
    writeConcurrency: v['write-concurrency'],
}));
function parseSyncSettings(values) {
    return (0,fields/* parseWith */.Ku)(schema, values);
}

;// CONCATENATED MODULE: ./src/commands/secrets-sync/index.ts










/** Shared by secrets-sync and secrets-validate: mask every value first, then classify and parse targets. */
async function prepareSecrets(raw, deps) {
    const source = (0,inputs/* parseSecretsInput */.lB)(raw.secretsJson);
    // Before anything else: every value, every line of it, its JSON-escaped and base64 forms are masked.
    (0,inputs/* maskSecretValues */.LE)(source, deps.log);
    let include;
    let exclude;
    try {
        include = (0,rules/* compilePatterns */.xi)(raw.include, 'include');
        exclude = (0,rules/* compilePatterns */.xi)(raw.exclude, 'exclude');
    }
    catch (error) {
        throw new src_errors/* InputError */.dz('exclude', (0,src_errors/* getErrorMessage */.u1)(error));
    }
    const repositories = (0,inputs/* parseRepositories */.of)(raw.repositories, await (0,inputs/* currentRepository */.ml)(deps.env, deps.workdir, raw.cwd));
    let targets;
    try {
        targets = (0,secrets_targets/* parseTargets */.Sx)(raw.targets, repositories);
    }
    catch (error) {
        throw new src_errors/* InputError */.dz('targets', `Input 'targets': ${(0,src_errors/* getErrorMessage */.u1)(error)}`);
    }
    return { source, classified: (0,rules/* classifySecrets */.Yl)(source, { include, exclude }), repositories, targets, include, exclude };
}
/** The repository a target's receiver mapping belongs to (an organisation target: the source repository). */
const mappingRepository = (t, repositories) => t.kind === 'org' ? repositories[0] : `${t.owner}/${t.repo}`;
async function run(settings, deps) {
    const started = Date.now();
    const correlationId = (0,external_node_crypto_.randomUUID)();
    const { log } = deps;
    const prepared = await prepareSecrets(settings, deps);
    const { classified, repositories, targets, source } = prepared;
    const errors = [];
    const rows = [];
    for (const e of classified.excluded) {
        errors.push({
            secretName: e.secretName,
            scope: 'all',
            error: `Secret ${e.secretName} excluded from sync (matches pattern ${e.pattern}: ${e.reason}).`,
            code: 'GITHUB_SECRETS_EXCLUDED',
        });
        rows.push([e.secretName, 'all', `excluded (${e.pattern})`]);
    }
    for (const p of classified.invalid) {
        errors.push({ secretName: p.secretName, scope: 'all', error: p.error, code: p.code });
        rows.push([p.secretName, 'all', `not sent: ${p.error}`]);
        log.warning(`${p.secretName}: ${p.error}`);
    }
    const eligible = classified.eligible;
    const notSent = (classified.excluded.length + classified.invalid.length) * targets.length;
    const finish = (result, failure, facts = []) => {
        const full = { ...result, errors, correlationId, durationMs: Date.now() - started };
        return {
            outputs: { result: JSON.stringify(full), 'synced-count': String(full.syncedCount) },
            summary: {
                title: `dardocs secrets-sync${settings.dryRun ? ' (dry run)' : ''}: ${repositories.join(', ')}`,
                facts: [
                    ['Targets', targets.map(secrets_targets/* targetLabel */.Op).join(', ')],
                    [
                        'Source secrets',
                        `${Object.keys(source).length} (${eligible.length} eligible, ${classified.excluded.length} excluded, ${classified.invalid.length} invalid)`,
                    ],
                    ['Written', String(full.syncedCount)],
                    ['Skipped', String(full.skippedCount)],
                    ['Deleted', String(full.deleted.length)],
                    ['Correlation id', correlationId],
                    ...facts,
                ],
                tables: [
                    { caption: 'Secrets by scope (values are never shown)', headers: ['Secret', 'Scope', 'Status'], rows },
                ],
            },
            failure,
        };
    };
    if (!settings.githubToken) {
        if (!settings.dryRun) {
            throw new src_errors/* InputError */.dz('github-token', "secrets-sync needs github-token: a fine-grained token or GitHub App token that may write the target secrets (the workflow's GITHUB_TOKEN cannot write secrets). Use dry-run to see the plan without one.");
        }
        for (const s of eligible)
            for (const t of targets)
                rows.push([s.name, (0,secrets_targets/* targetLabel */.Op)(t), 'would write']);
        log.info(`dry run without github-token: ${eligible.length} secrets would be written to ${targets.length} targets; nothing was read or written`);
        return finish({ syncedCount: 0, skippedCount: notSent, deleted: [] }, undefined, [
            ['GitHub', 'not contacted (no github-token)'],
        ]);
    }
    const octokit = (0,client/* createGithubClient */.zZ)({
        token: settings.githubToken,
        apiUrl: deps.env.GITHUB_API_URL,
        log,
        writeConcurrency: settings.writeConcurrency,
    });
    const api = new secrets/* SecretsApi */.mh(octokit);
    // Reads first, in parallel: each target's public key (once per scope, repository and environment) and its names.
    const reads = await log.group('Read public keys and secret names', () => Promise.allSettled(targets.map(async (t) => ({ key: await api.publicKey(t), names: new Set(await api.names(t)) }))));
    const ready = new Map();
    reads.forEach((r, i) => {
        const t = targets[i];
        if (r.status === 'fulfilled')
            ready.set(t, r.value);
        else {
            const message = (0,src_errors/* getErrorMessage */.u1)(r.reason);
            log.warning(message);
            for (const s of eligible) {
                errors.push({
                    secretName: s.name,
                    scope: (0,secrets_targets/* scopeName */.OK)(t),
                    error: message,
                    code: r.reason.code ?? 'GITHUB_REQUEST_FAILED',
                });
                rows.push([s.name, (0,secrets_targets/* targetLabel */.Op)(t), `failed: ${message}`]);
            }
        }
    });
    // Fingerprints from the receiver: skip what is unchanged, report names whose scopes disagree.
    let receiver;
    let fpKey;
    const mappings = new Map();
    const mappingKey = (repo, name, scope) => `${repo}\n${name}\n${scope}`;
    if (settings.receiverUrl && settings.receiverApiKey) {
        receiver = new receiver_client_secrets/* SecretsReceiver */.r(settings.receiverUrl, settings.receiverApiKey, deps.fetch);
        fpKey = await receiver.fingerprintKey();
        for (const repo of repositories) {
            for (const m of await receiver.mappings(repo))
                mappings.set(mappingKey(m.repository, m.secretName, m.scope), m);
        }
        for (const s of eligible) {
            for (const repo of repositories) {
                const known = [...mappings.values()].filter((m) => m.repository === repo && m.secretName === s.name);
                const distinct = new Set(known.map((m) => m.fingerprint));
                if (distinct.size > 1) {
                    errors.push({
                        secretName: s.name,
                        scope: known.map((m) => m.scope).join(','),
                        error: `Secret ${s.name} has different values across scopes (${known.map((m) => m.scope).join(', ')}) in ${repo}; this sync writes the source value to each.`,
                        code: 'GITHUB_SECRETS_CONFLICT_DETECTED',
                    });
                }
            }
        }
    }
    const writes = [];
    let unchanged = 0;
    for (const t of targets) {
        const read = ready.get(t);
        if (!read)
            continue;
        for (const s of eligible) {
            const fp = fpKey ? (0,seal/* fingerprint */.R)(fpKey, s.value) : undefined;
            const known = mappings.get(mappingKey(mappingRepository(t, repositories), s.name, (0,secrets_targets/* scopeName */.OK)(t)));
            if (!settings.force &&
                fp &&
                known?.fingerprint === fp &&
                known.syncStatus === 'synced' &&
                read.names.has(s.name)) {
                unchanged++;
                rows.push([s.name, (0,secrets_targets/* targetLabel */.Op)(t), 'unchanged (same fingerprint)']);
                continue;
            }
            writes.push({ secret: s, target: t, fingerprint: fp });
        }
    }
    // Prune: target secrets that are not in the source set.
    const deletions = [];
    if (settings.prune) {
        const sourceNames = new Set(Object.keys(source));
        for (const [t, read] of ready) {
            for (const name of [...read.names].sort()) {
                if (sourceNames.has(name))
                    continue;
                const ours = mappings.has(mappingKey(mappingRepository(t, repositories), name, (0,secrets_targets/* scopeName */.OK)(t)));
                if (settings.prune === 'all' || ours)
                    deletions.push({ target: t, name });
            }
        }
    }
    if (writes.length + deletions.length > 0 && api.quota && api.quota.remaining < 100) {
        throw new src_errors/* DardocsError */.d9('GITHUB_SECRETS_RATE_LIMIT_EXHAUSTED', `GitHub Secrets API rate limit exhausted (${api.quota.remaining} of ${api.quota.limit} requests left, ${writes.length + deletions.length} writes to make). Reset at ${api.quota.resetAt.toISOString()}; run again after that.`, { details: { quotaType: 'core', remaining: api.quota.remaining, resetAt: api.quota.resetAt.toISOString() } });
    }
    if (settings.dryRun) {
        for (const w of writes)
            rows.push([w.secret.name, (0,secrets_targets/* targetLabel */.Op)(w.target), 'would write']);
        for (const d of deletions)
            rows.push([d.name, (0,secrets_targets/* targetLabel */.Op)(d.target), 'would delete (not in the source set)']);
        return finish({ syncedCount: 0, skippedCount: unchanged + notSent, deleted: [] }, undefined, [
            ['Would write', String(writes.length)],
            ['Would delete', String(deletions.length)],
        ]);
    }
    // Organisation secrets keep their visibility and selected repositories on update.
    const selectedIds = new Map();
    const accessFor = async (t, name, exists) => {
        const current = exists ? await api.orgAccess(t, name) : undefined;
        if (current && !settings.visibility)
            return current;
        const visibility = settings.visibility ?? 'private';
        if (visibility !== 'selected')
            return { visibility, selectedRepositoryIds: [] };
        let ids = selectedIds.get(t.org);
        if (!ids) {
            ids = [];
            for (const r of settings.selectedRepositories)
                ids.push(await api.repositoryId(t, r.includes('/') ? r : `${t.org}/${r}`));
            selectedIds.set(t.org, ids);
        }
        return { visibility, selectedRepositoryIds: ids };
    };
    const written = await log.group(`Write ${writes.length} secrets`, () => Promise.allSettled(writes.map(async (w) => {
        const read = ready.get(w.target);
        let sealed;
        try {
            sealed = await (0,seal/* sealSecret */.E)(w.secret.value, read.key.key);
        }
        catch (error) {
            throw new src_errors/* DardocsError */.d9('GITHUB_SECRETS_ENCRYPTION_FAILED', `Failed to encrypt ${w.secret.name} with the public key of ${(0,secrets_targets/* targetLabel */.Op)(w.target)}: ${(0,src_errors/* getErrorMessage */.u1)(error)}`);
        }
        const access = w.target.kind === 'org' ? await accessFor(w.target, w.secret.name, read.names.has(w.secret.name)) : undefined;
        return api.put(w.target, w.secret.name, sealed, read.key.keyId, access);
    })));
    let syncedCount = 0;
    const newMappings = [];
    const nowIso = deps.now().toISOString();
    written.forEach((r, i) => {
        const w = writes[i];
        const scope = (0,secrets_targets/* scopeName */.OK)(w.target);
        if (r.status === 'fulfilled') {
            syncedCount++;
            rows.push([w.secret.name, (0,secrets_targets/* targetLabel */.Op)(w.target), r.value]);
        }
        else {
            const message = (0,src_errors/* getErrorMessage */.u1)(r.reason);
            errors.push({
                secretName: w.secret.name,
                scope,
                error: message,
                code: r.reason.code ?? 'GITHUB_REQUEST_FAILED',
            });
            rows.push([w.secret.name, (0,secrets_targets/* targetLabel */.Op)(w.target), `failed: ${message}`]);
            log.warning(`${w.secret.name} -> ${(0,secrets_targets/* targetLabel */.Op)(w.target)}: ${message}`);
        }
        if (w.fingerprint) {
            newMappings.push({
                repository: mappingRepository(w.target, repositories),
                secretName: w.secret.name,
                scope,
                fingerprint: w.fingerprint,
                syncStatus: r.status === 'fulfilled' ? 'synced' : 'failed',
                errorMessage: r.status === 'fulfilled' ? null : (0,src_errors/* getErrorMessage */.u1)(r.reason).slice(0, 500),
                lastSyncedAt: r.status === 'fulfilled' ? nowIso : null,
            });
        }
    });
    const removed = await Promise.allSettled(deletions.map((d) => api.remove(d.target, d.name)));
    const deleted = [];
    removed.forEach((r, i) => {
        const d = deletions[i];
        if (r.status === 'fulfilled') {
            deleted.push({ secretName: d.name, scope: (0,secrets_targets/* scopeName */.OK)(d.target) });
            rows.push([d.name, (0,secrets_targets/* targetLabel */.Op)(d.target), 'deleted (not in the source set)']);
        }
        else {
            errors.push({
                secretName: d.name,
                scope: (0,secrets_targets/* scopeName */.OK)(d.target),
                error: (0,src_errors/* getErrorMessage */.u1)(r.reason),
                code: r.reason.code ?? 'GITHUB_REQUEST_FAILED',
            });
            rows.push([d.name, (0,secrets_targets/* targetLabel */.Op)(d.target), `delete failed: ${(0,src_errors/* getErrorMessage */.u1)(r.reason)}`]);
        }
    });
    const failures = errors.filter((e) => ![
        'GITHUB_SECRETS_EXCLUDED',
        'GITHUB_SECRETS_CONFLICT_DETECTED',
        'GITHUB_SECRETS_NAME_INVALID',
        'GITHUB_SECRETS_VALUE_INVALID',
    ].includes(e.code));
    const operations = writes.length +
        deletions.length +
        failures.filter((f) => !writes.some((w) => w.secret.name === f.secretName && (0,secrets_targets/* scopeName */.OK)(w.target) === f.scope))
            .length;
    if (receiver) {
        try {
            if (newMappings.length > 0)
                await receiver.putMappings(newMappings);
            for (const d of deleted) {
                const t = deletions.find((x) => x.name === d.secretName && (0,secrets_targets/* scopeName */.OK)(x.target) === d.scope)?.target;
                await receiver.deleteMapping(mappingRepository(t, repositories), d.secretName, d.scope);
            }
            for (const repo of repositories) {
                const scopes = [...new Set(targets.filter((t) => mappingRepository(t, repositories) === repo).map(secrets_targets/* scopeName */.OK))];
                if (scopes.length === 0)
                    continue;
                const failedScopes = new Set(failures.map((f) => f.scope));
                const failureCount = scopes.filter((s) => failedScopes.has(s)).length;
                const successCount = scopes.length - failureCount;
                await receiver.postEvent({
                    repository: repo,
                    operation: 'sync_all',
                    secretName: null,
                    affectedScopes: scopes,
                    status: failureCount === 0 ? 'success' : successCount === 0 ? 'failure' : 'partial',
                    successCount,
                    failureCount,
                    errorMessage: failureCount > 0 ? `${failures.length} operations failed` : null,
                    correlationId,
                    durationMs: Date.now() - started,
                    metadata: {
                        synced: syncedCount,
                        skipped: unchanged + notSent,
                        deleted: deleted.length,
                        quotaRemaining: api.quota?.remaining ?? null,
                    },
                });
            }
        }
        catch (error) {
            log.warning(`the receiver did not take the fingerprints and audit event: ${(0,src_errors/* getErrorMessage */.u1)(error)}`);
        }
    }
    const failure = failures.length > 0
        ? new src_errors/* DardocsError */.d9('GITHUB_SECRETS_SYNC_PARTIAL_FAILURE', `Secret sync completed with ${failures.length} failures out of ${Math.max(operations, failures.length)} operations (${[...new Set(failures.map((f) => f.scope))].join(', ')}); the others were written. See the result's errors.`)
        : undefined;
    return finish({ syncedCount, skippedCount: unchanged + notSent, deleted }, failure, [
        ['Quota left', api.quota ? `${api.quota.remaining} (resets ${api.quota.resetAt.toISOString()})` : 'unknown'],
    ]);
}


/***/ }),

/***/ 3077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSettings: () => (/* binding */ parseSettings),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6584);
/* harmony import */ var _github_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7917);
/* harmony import */ var _inputs_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2996);
/* harmony import */ var _secrets_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(120);
/* harmony import */ var _receiver_client_secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5702);
/* harmony import */ var _secrets_rules_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7970);
/* harmony import */ var _secrets_seal_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6468);
/* harmony import */ var _secrets_targets_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7027);
/* harmony import */ var _secrets_sync_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9926);












const schema = zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({
    ...(0,_secrets_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .secretSourceFields */ .dm)(),
    targets: (0,_inputs_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(),
    include: (0,_inputs_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(),
    exclude: (0,_inputs_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(),
    required: (0,_inputs_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(),
    'fail-on-missing': (0,_inputs_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(),
})
    .transform((v) => ({
    ...(0,_secrets_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .sourceSettings */ .zX)(v),
    targets: v.targets,
    include: v.include,
    exclude: v.exclude,
    required: v.required,
    failOnMissing: v['fail-on-missing'],
}));
const parseSettings = (values) => (0,_inputs_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .Ku)(schema, values);
/** How to add missing secrets to a target, concretely: the settings page and the gh command. */
function remediation(t, names) {
    const list = names.join(', ');
    const one = names[0] ?? 'NAME';
    if (t.kind === 'repo') {
        return `Add ${list} to ${(0,_secrets_targets_js__WEBPACK_IMPORTED_MODULE_11__/* .targetLabel */ .Op)(t)}: run dardocs secrets-sync with targets: ${t.scope}, or open https://github.com/${t.owner}/${t.repo}/settings/secrets/${t.scope}, or run \`gh secret set ${one} --app ${t.scope} --repo ${t.owner}/${t.repo}\`.`;
    }
    if (t.kind === 'environment') {
        return `Add ${list} to environment ${t.environment} of ${t.owner}/${t.repo}: run dardocs secrets-sync with targets: environment:${t.environment}, or open https://github.com/${t.owner}/${t.repo}/settings/environments, or run \`gh secret set ${one} --env ${t.environment} --repo ${t.owner}/${t.repo}\`.`;
    }
    return `Add ${list} to the ${t.scope} secrets of organisation ${t.org}: run dardocs secrets-sync with targets: org:${t.org}:${t.scope}, or open https://github.com/organizations/${t.org}/settings/secrets/${t.scope}, or run \`gh secret set ${one} --org ${t.org} --app ${t.scope} --visibility private\`.`;
}
/** Lists the names in each scope (never values) and answers seed 001's validate shape. */
async function run(settings, deps) {
    const { log } = deps;
    const prepared = await (0,_secrets_sync_index_js__WEBPACK_IMPORTED_MODULE_9__.prepareSecrets)(settings, deps);
    if (!settings.githubToken) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('github-token', 'secrets-validate needs github-token to list the secret names of each target scope.');
    }
    const api = new _github_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .SecretsApi */ .mh((0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createGithubClient */ .zZ)({ token: settings.githubToken, apiUrl: deps.env.GITHUB_API_URL, log }));
    // What should be there: `required`, else the source set, else the Actions secrets of each repository
    // (names only, after the same exclusions), which is what Dependabot and Codespaces usually lack.
    let expected = settings.required.length > 0
        ? [...new Set(settings.required)].sort()
        : prepared.classified.eligible.map((s) => s.name);
    let source = settings.required.length > 0 ? 'required' : 'secrets';
    if (expected.length === 0 && settings.secretsJson.trim() === '') {
        const names = new Set();
        for (const repository of prepared.repositories) {
            const [owner = '', repo = ''] = repository.split('/');
            for (const name of await api.names({ kind: 'repo', scope: 'actions', owner, repo }))
                names.add(name);
        }
        const placeholders = Object.fromEntries([...names].map((n) => [n, 'listed']));
        expected = (0,_secrets_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .classifySecrets */ .Yl)(placeholders, { include: prepared.include, exclude: prepared.exclude }).eligible.map((s) => s.name);
        source = 'the Actions secrets';
    }
    if (expected.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('required', 'Nothing to validate: set required (secret names) or secrets (${{ toJSON(secrets) }}), or add Actions secrets to the repository.');
    }
    log.info(`expected in every target: ${expected.length} secrets, from ${source}`);
    const listed = await Promise.allSettled(prepared.targets.map((t) => api.names(t)));
    const result = {
        valid: true,
        missing: [],
        conflicts: [],
        summary: { totalSecrets: expected.length, missingCount: 0, conflictCount: 0, validCount: 0 },
        remediationSteps: [],
    };
    const rows = [];
    const problems = new Set();
    listed.forEach((r, i) => {
        const t = prepared.targets[i];
        if (r.status === 'rejected') {
            result.remediationSteps.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(r.reason));
            for (const name of expected) {
                result.missing.push({ secretName: name, scope: (0,_secrets_targets_js__WEBPACK_IMPORTED_MODULE_11__/* .scopeName */ .OK)(t) });
                rows.push([name, (0,_secrets_targets_js__WEBPACK_IMPORTED_MODULE_11__/* .targetLabel */ .Op)(t), 'unknown: the scope could not be listed']);
                problems.add(name);
            }
            return;
        }
        const names = new Set(r.value);
        const absent = expected.filter((n) => !names.has(n));
        for (const name of expected)
            rows.push([name, (0,_secrets_targets_js__WEBPACK_IMPORTED_MODULE_11__/* .targetLabel */ .Op)(t), names.has(name) ? 'present' : 'missing']);
        for (const name of absent) {
            result.missing.push({ secretName: name, scope: (0,_secrets_targets_js__WEBPACK_IMPORTED_MODULE_11__/* .scopeName */ .OK)(t) });
            problems.add(name);
        }
        if (absent.length > 0)
            result.remediationSteps.push(remediation(t, absent));
    });
    if (settings.receiverUrl && settings.receiverApiKey) {
        const receiver = new _receiver_client_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .SecretsReceiver */ .r(settings.receiverUrl, settings.receiverApiKey, deps.fetch);
        const key = await receiver.fingerprintKey();
        const sourceFp = new Map(prepared.classified.eligible.map((s) => [s.name, (0,_secrets_seal_js__WEBPACK_IMPORTED_MODULE_8__/* .fingerprint */ .R)(key, s.value)]));
        for (const repo of prepared.repositories) {
            const mappings = await receiver.mappings(repo);
            for (const name of expected) {
                const mine = mappings.filter((m) => m.secretName === name);
                const hashes = Object.fromEntries(mine.map((m) => [m.scope, m.fingerprint]));
                const source = sourceFp.get(name);
                if (source)
                    hashes.actions = source;
                if (new Set(Object.values(hashes)).size > 1) {
                    result.conflicts.push({ secretName: name, scopes: Object.keys(hashes).sort(), valueHashes: hashes });
                    problems.add(name);
                }
            }
        }
        if (result.conflicts.length > 0) {
            result.remediationSteps.push(`Values differ between scopes for ${result.conflicts.map((c) => c.secretName).join(', ')}: run dardocs secrets-sync with force: true to write the Actions value to every scope.`);
        }
        try {
            const scopes = [...new Set(prepared.targets.map(_secrets_targets_js__WEBPACK_IMPORTED_MODULE_11__/* .scopeName */ .OK))];
            const failed = new Set(result.missing.map((m) => m.scope));
            const failureCount = scopes.filter((s) => failed.has(s)).length;
            await receiver.postEvent({
                repository: prepared.repositories[0],
                operation: 'validate',
                secretName: null,
                affectedScopes: scopes,
                status: failureCount === 0 ? 'success' : failureCount === scopes.length ? 'failure' : 'partial',
                successCount: scopes.length - failureCount,
                failureCount,
                errorMessage: failureCount ? `${result.missing.length} missing` : null,
                correlationId: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
                durationMs: 0,
                metadata: { conflicts: result.conflicts.length },
            });
        }
        catch (error) {
            log.warning(`the receiver did not take the audit event: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error)}`);
        }
    }
    result.summary = {
        totalSecrets: expected.length,
        missingCount: result.missing.length,
        conflictCount: result.conflicts.length,
        validCount: expected.filter((n) => !problems.has(n)).length,
    };
    result.valid = result.missing.length === 0 && result.conflicts.length === 0;
    for (const step of result.remediationSteps)
        log.info(step);
    return {
        outputs: { valid: String(result.valid), result: JSON.stringify(result) },
        summary: {
            title: `dardocs secrets-validate: ${prepared.repositories.join(', ')}`,
            facts: [
                ['Valid', String(result.valid)],
                ['Secrets', `${result.summary.totalSecrets} expected, ${result.summary.validCount} valid`],
                ['Missing', String(result.summary.missingCount)],
                ['Conflicts', String(result.summary.conflictCount)],
            ],
            tables: [{ caption: 'Secrets by scope (names only)', headers: ['Secret', 'Scope', 'Status'], rows }],
            notes: result.remediationSteps.length > 0
                ? [`What to do:\n${result.remediationSteps.map((s) => `- ${s}`).join('\n')}`]
                : [],
        },
        failure: settings.failOnMissing && !result.valid
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DardocsError */ .d9('GITHUB_SECRETS_MISSING', `${result.missing.length} secrets missing and ${result.conflicts.length} conflicting; see the remediation steps`)
            : undefined,
    };
}


/***/ })

};
