export const id = 878;
export const ids = [878];
export const modules = {

/***/ 3878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseEnvironmentsConfig: () => (/* binding */ parseEnvironmentsConfig),
  parseSettings: () => (/* binding */ parseSettings),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/environments.ts


class EnvironmentsApi {
    octokit;
    owner;
    repo;
    constructor(octokit, owner, repo) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
    }
    fail(env, what, error) {
        const { status, message } = (0,client/* requestFailure */.SU)(error);
        if (status === 422 && /reviewer|user|team/i.test(message)) {
            return new errors/* DardocsError */.d9('GITHUB_ENV_REVIEWER_NOT_FOUND', `${env}: a reviewer was not found or may not review in ${this.owner}/${this.repo} (${message}); check the user and team ids`);
        }
        if (status === 409) {
            return new errors/* DardocsError */.d9('GITHUB_ENV_PROTECTION_RULE_CONFLICT', `${env}: cannot ${what} (${message}); the environment may have deployments waiting on its rules`);
        }
        if (status === 403 || status === 404) {
            return new errors/* DardocsError */.d9('GITHUB_PERMISSION_DENIED', `${env}: GitHub answered ${status} to ${what} (${message}). The token needs the repository permissions "Administration: Read and write" (environments), "Environments: Read and write" (variables) and "Secrets: Read and write"; the workflow's GITHUB_TOKEN cannot manage environments.`);
        }
        return new errors/* DardocsError */.d9('GITHUB_ENV_FAILED', `${env}: GitHub answered ${status ?? 'no response'} to ${what}: ${message}`);
    }
    async req(env, what, route, params = {}) {
        try {
            const response = await this.octokit.request(route, {
                owner: this.owner,
                repo: this.repo,
                environment_name: env,
                ...params,
            });
            return response.data;
        }
        catch (error) {
            throw this.fail(env, what, error);
        }
    }
    async get(env) {
        let data;
        try {
            data = (await this.octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}', {
                owner: this.owner,
                repo: this.repo,
                environment_name: env,
            })).data;
        }
        catch (error) {
            if ((0,client/* requestFailure */.SU)(error).status === 404)
                return undefined;
            throw this.fail(env, 'reading the environment', error);
        }
        const rules = data.protection_rules ?? [];
        const wait = rules.find((r) => r.type === 'wait_timer');
        const review = rules.find((r) => r.type === 'required_reviewers');
        const policy = data.deployment_branch_policy;
        let branches = 'all';
        if (policy?.protected_branches)
            branches = 'protected';
        else if (policy?.custom_branch_policies)
            branches = (await this.branchPolicies(env)).map((p) => p.name).sort();
        return {
            waitTimer: wait?.wait_timer ?? 0,
            preventSelfReview: review?.prevent_self_review ?? false,
            reviewers: (review?.reviewers ?? []).map((r) => ({ type: r.type, id: r.reviewer.id })),
            branches,
        };
    }
    async put(env, s) {
        await this.req(env, 'create or update the environment', 'PUT /repos/{owner}/{repo}/environments/{environment_name}', {
            wait_timer: s.waitTimer,
            prevent_self_review: s.preventSelfReview,
            reviewers: s.reviewers,
            deployment_branch_policy: s.branches === 'all'
                ? null
                : { protected_branches: s.branches === 'protected', custom_branch_policies: s.branches !== 'protected' },
        });
    }
    async branchPolicies(env) {
        const data = await this.req(env, 'listing deployment branch policies', 'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', { per_page: 100 });
        return data.branch_policies;
    }
    async addBranchPolicy(env, name) {
        await this.req(env, `adding branch policy ${name}`, 'POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', { name, type: 'branch' });
    }
    async removeBranchPolicy(env, id) {
        await this.req(env, 'removing a branch policy', 'DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}', { branch_policy_id: id });
    }
    /** Every variable of the environment (30 a page, GitHub's maximum for this list). */
    async variables(env) {
        const all = new Map();
        for (let page = 1;; page++) {
            const data = await this.req(env, 'listing variables', 'GET /repos/{owner}/{repo}/environments/{environment_name}/variables', { per_page: 30, page });
            for (const v of data.variables)
                all.set(v.name, v.value);
            if (data.variables.length < 30 || all.size >= data.total_count)
                return all;
        }
    }
    async setVariable(env, name, value, exists) {
        if (exists) {
            await this.req(env, `updating variable ${name}`, 'PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}', { name, value });
        }
        else {
            await this.req(env, `creating variable ${name}`, 'POST /repos/{owner}/{repo}/environments/{environment_name}/variables', { name, value });
        }
    }
}

// EXTERNAL MODULE: ./src/github/secrets.ts
var secrets = __webpack_require__(7917);
// EXTERNAL MODULE: ./src/inputs/fields.ts
var fields = __webpack_require__(2996);
// EXTERNAL MODULE: ./src/receiver-client/secrets.ts
var receiver_client_secrets = __webpack_require__(5702);
// EXTERNAL MODULE: ./src/secrets/inputs.ts
var inputs = __webpack_require__(120);
// EXTERNAL MODULE: ./src/secrets/rules.ts
var rules = __webpack_require__(7970);
// EXTERNAL MODULE: ./src/secrets/seal.ts
var seal = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/commands/environments/index.ts














const schema = schemas/* object */.Ikc({
    ...(0,inputs/* secretSourceFields */.dm)(),
    environments: schemas/* string */.YjP(),
    'environments-file': (0,fields/* text */.Qq)(),
    'dry-run': (0,fields/* bool */.lc)(),
    force: (0,fields/* bool */.lc)(),
    'write-concurrency': (0,fields/* integer */.nd)({ min: 1, max: 10 }),
})
    .transform((v) => ({
    ...(0,inputs/* sourceSettings */.zX)(v),
    yaml: v.environments,
    file: v['environments-file'],
    dryRun: v['dry-run'],
    force: v.force,
    writeConcurrency: v['write-concurrency'],
}));
const parseSettings = (values) => (0,fields/* parseWith */.Ku)(schema, values);
/** Seed 001's EnvironmentConfig, as YAML keyed by environment name. */
const reviewer = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ type: schemas/* enum */.k5n(['User', 'Team']), id: schemas/* number */.aig().int().positive() }).strict(),
    schemas/* string */.YjP().regex(/^(user|team):\d+$/, 'must be user:<id> or team:<id>'),
]);
const environmentSchema = schemas/* object */.Ikc({
    'wait-timer': schemas/* number */.aig().int().min(0).max(43_200).default(0),
    reviewers: schemas/* array */.YOg(reviewer).max(6).default([]),
    'prevent-self-review': schemas/* boolean */.zMY().default(false),
    'deployment-branches': schemas/* union */.KCZ([schemas/* enum */.k5n(['all', 'protected']), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)]).optional(),
    'restrict-to-main-branch': schemas/* boolean */.zMY().optional(),
    /** Environment secret name -> source secret name (in `secrets`); a list means the same names. */
    secrets: schemas/* union */.KCZ([schemas/* array */.YOg(schemas/* string */.YjP()), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())]).default([]),
    variables: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).default({}),
})
    .strict();
const configSchema = schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[\w.-]{1,255}$/, 'is not a valid environment name'), environmentSchema.nullable());
function parseEnvironmentsConfig(source, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter, prettyErrors: false });
    if (doc.errors[0]) {
        throw new errors/* DardocsError */.d9('GITHUB_ENV_CONFIG_INVALID', `${file}:${doc.errors[0].linePos?.[0]?.line ?? '?'}: not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    }
    const parsed = configSchema.safeParse(doc.toJS() ?? {});
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue?.path ?? [];
        const node = path.length ? doc.getIn(path, true) : undefined;
        const range = node?.range;
        const line = range ? `:${lineCounter.linePos(range[0]).line}` : '';
        throw new errors/* DardocsError */.d9('GITHUB_ENV_CONFIG_INVALID', `${file}${line}: ${path.join('.')}: ${issue?.message ?? 'invalid'}`);
    }
    return Object.entries(parsed.data).map(([name, raw]) => {
        const e = environmentSchema.parse(raw ?? {});
        const branches = e['deployment-branches']
            ? Array.isArray(e['deployment-branches'])
                ? [...e['deployment-branches']].sort()
                : e['deployment-branches']
            : e['restrict-to-main-branch']
                ? ['main']
                : 'all';
        const secrets = Array.isArray(e.secrets)
            ? e.secrets.map((s) => ({ name: s, from: s }))
            : Object.entries(e.secrets).map(([n, from]) => ({ name: n, from }));
        for (const s of secrets) {
            if (!rules/* NAME_RULE */.$h.test(s.name) || s.name.startsWith('GITHUB_')) {
                throw new errors/* DardocsError */.d9('GITHUB_ENV_CONFIG_INVALID', `${file}: ${name}.secrets: '${s.name}' is not a valid secret name (^[A-Z][A-Z0-9_]*$, not GITHUB_)`);
            }
        }
        return {
            name,
            settings: {
                waitTimer: e['wait-timer'],
                preventSelfReview: e['prevent-self-review'],
                reviewers: e.reviewers
                    .map((r) => typeof r === 'string'
                    ? { type: r.startsWith('team') ? 'Team' : 'User', id: Number(r.split(':')[1]) }
                    : r)
                    .sort((a, b) => a.type.localeCompare(b.type) || a.id - b.id),
                branches,
            },
            secrets,
            variables: Object.fromEntries(Object.entries(e.variables).map(([k, v]) => [k, String(v)])),
        };
    });
}
const sameSettings = (a, b) => a.waitTimer === b.waitTimer &&
    a.preventSelfReview === b.preventSelfReview &&
    JSON.stringify([...a.reviewers].sort((x, y) => x.type.localeCompare(y.type) || x.id - y.id)) ===
        JSON.stringify(b.reviewers) &&
    JSON.stringify(a.branches === 'all' || a.branches === 'protected' ? a.branches : [...a.branches].sort()) ===
        JSON.stringify(b.branches);
/** Creates or updates environments from the config; a second run with the same config changes nothing. */
async function run(settings, deps) {
    const { log } = deps;
    const source = (0,inputs/* parseSecretsInput */.lB)(settings.secretsJson);
    (0,inputs/* maskSecretValues */.LE)(source, log);
    const root = (0,external_node_path_.resolve)(deps.workdir, settings.cwd);
    let yaml = settings.yaml;
    let file = 'environments';
    if (yaml.trim() === '') {
        const path = (0,external_node_path_.resolve)(root, settings.file);
        if (!(0,external_node_fs_.existsSync)(path)) {
            throw new errors/* InputError */.dz('environments', `No environments: set environments (YAML) or add ${path} (environments-file).`);
        }
        yaml = (0,external_node_fs_.readFileSync)(path, 'utf8');
        file = settings.file;
    }
    const plans = parseEnvironmentsConfig(yaml, file);
    const repositories = (0,inputs/* parseRepositories */.of)(settings.repositories, await (0,inputs/* currentRepository */.ml)(deps.env, deps.workdir, settings.cwd));
    const result = {
        created: [],
        updated: [],
        unchanged: [],
        errors: [],
        correlationId: (0,external_node_crypto_.randomUUID)(),
        secretsWritten: 0,
    };
    const rows = [];
    if (!settings.githubToken) {
        if (!settings.dryRun)
            throw new errors/* InputError */.dz('github-token', 'environments needs github-token (repository Administration, Environments and Secrets: write); dry-run plans without it.');
        for (const p of plans)
            rows.push([
                p.name,
                describe(p.settings),
                `${p.secrets.length} secrets, ${Object.keys(p.variables).length} variables`,
                'would create or update',
            ]);
        return output(result, rows, settings.dryRun);
    }
    const octokit = (0,client/* createGithubClient */.zZ)({
        token: settings.githubToken,
        apiUrl: deps.env.GITHUB_API_URL,
        log,
        writeConcurrency: settings.writeConcurrency,
    });
    const secretsApi = new secrets/* SecretsApi */.mh(octokit);
    let receiver;
    let fpKey;
    const mappings = [];
    if (settings.receiverUrl && settings.receiverApiKey) {
        receiver = new receiver_client_secrets/* SecretsReceiver */.r(settings.receiverUrl, settings.receiverApiKey, deps.fetch);
        fpKey = await receiver.fingerprintKey();
        for (const repo of repositories)
            mappings.push(...(await receiver.mappings(repo)));
    }
    const newMappings = [];
    for (const repository of repositories) {
        const [owner = '', repo = ''] = repository.split('/');
        const api = new EnvironmentsApi(octokit, owner, repo);
        for (const plan of plans) {
            const label = repositories.length > 1 ? `${repository} ${plan.name}` : plan.name;
            try {
                const changes = [];
                const existing = await api.get(plan.name);
                if (!existing || !sameSettings(existing, plan.settings)) {
                    changes.push(existing ? 'settings' : 'created');
                    if (!settings.dryRun)
                        await api.put(plan.name, plan.settings);
                }
                if (Array.isArray(plan.settings.branches)) {
                    const policies = existing || !settings.dryRun ? await api.branchPolicies(plan.name).catch(() => []) : [];
                    const have = new Set(policies.map((p) => p.name));
                    for (const name of plan.settings.branches.filter((b) => !have.has(b))) {
                        changes.push(`branch ${name}`);
                        if (!settings.dryRun)
                            await api.addBranchPolicy(plan.name, name);
                    }
                    for (const p of policies.filter((p) => !plan.settings.branches.includes(p.name))) {
                        changes.push(`-branch ${p.name}`);
                        if (!settings.dryRun)
                            await api.removeBranchPolicy(plan.name, p.id);
                    }
                }
                const variables = existing ? await api.variables(plan.name) : new Map();
                for (const [name, value] of Object.entries(plan.variables)) {
                    if (variables.get(name) === value)
                        continue;
                    changes.push(`variable ${name}`);
                    if (!settings.dryRun)
                        await api.setVariable(plan.name, name, value, variables.has(name));
                }
                if (plan.secrets.length > 0) {
                    const target = { kind: 'environment', owner, repo, environment: plan.name };
                    const names = existing || !settings.dryRun ? new Set(await secretsApi.names(target).catch(() => [])) : new Set();
                    const key = settings.dryRun ? undefined : await secretsApi.publicKey(target);
                    for (const s of plan.secrets) {
                        const value = source[s.from];
                        if (typeof value !== 'string' || value === '') {
                            result.errors.push({
                                environment: plan.name,
                                error: `secret ${s.name}: source secret ${s.from} is missing or empty in secrets; it is not written`,
                                code: 'GITHUB_SECRETS_VALUE_INVALID',
                            });
                            continue;
                        }
                        const fp = fpKey ? (0,seal/* fingerprint */.R)(fpKey, value) : undefined;
                        const known = mappings.find((m) => m.repository === repository && m.secretName === s.name && m.scope === `environment:${plan.name}`);
                        if (!settings.force && fp && known?.fingerprint === fp && names.has(s.name))
                            continue;
                        // Without a receiver a value cannot be compared, so it is written again; only a new name counts as a change.
                        if (!names.has(s.name) || fp)
                            changes.push(`secret ${s.name}`);
                        if (settings.dryRun || !key)
                            continue;
                        await secretsApi.put(target, s.name, await (0,seal/* sealSecret */.E)(value, key.key), key.keyId);
                        result.secretsWritten++;
                        if (fp)
                            newMappings.push({
                                repository,
                                secretName: s.name,
                                scope: `environment:${plan.name}`,
                                fingerprint: fp,
                                syncStatus: 'synced',
                                lastSyncedAt: deps.now().toISOString(),
                            });
                    }
                }
                if (!existing)
                    result.created.push(label);
                else if (changes.length > 0)
                    result.updated.push(label);
                else
                    result.unchanged.push(label);
                rows.push([
                    label,
                    describe(plan.settings),
                    changes.join(', ') || '-',
                    !existing ? 'created' : changes.length ? 'updated' : 'unchanged',
                ]);
            }
            catch (error) {
                const code = error instanceof errors/* DardocsError */.d9 ? error.code : 'GITHUB_ENV_FAILED';
                result.errors.push({ environment: label, error: (0,errors/* getErrorMessage */.u1)(error), code });
                rows.push([label, describe(plan.settings), '-', `failed: ${(0,errors/* getErrorMessage */.u1)(error)}`]);
                log.warning((0,errors/* getErrorMessage */.u1)(error));
            }
        }
    }
    if (receiver && newMappings.length > 0) {
        await receiver
            .putMappings(newMappings)
            .catch((error) => log.warning(`the receiver did not take the fingerprints: ${(0,errors/* getErrorMessage */.u1)(error)}`));
    }
    const failed = result.errors.filter((e) => e.code !== 'GITHUB_SECRETS_VALUE_INVALID');
    return output(result, rows, settings.dryRun, failed.length > 0
        ? new errors/* DardocsError */.d9('GITHUB_ENV_FAILED', `${failed.length} environment(s) failed: ${failed.map((e) => e.environment).join(', ')}`)
        : undefined);
}
function describe(s) {
    const branches = s.branches === 'all' ? 'any branch' : s.branches === 'protected' ? 'protected branches' : s.branches.join(', ');
    return `wait ${s.waitTimer} min; ${s.reviewers.length} reviewers; ${branches}`;
}
function output(result, rows, dryRun, failure) {
    return {
        outputs: { result: JSON.stringify(result) },
        summary: {
            title: `dardocs environments${dryRun ? ' (dry run)' : ''}`,
            facts: [
                ['Created', result.created.join(', ') || 'none'],
                ['Updated', result.updated.join(', ') || 'none'],
                ['Unchanged', result.unchanged.join(', ') || 'none'],
                ['Secrets written', String(result.secretsWritten)],
                ['Correlation id', result.correlationId],
            ],
            tables: [{ caption: 'Environments', headers: ['Environment', 'Rules', 'Changes', 'Result'], rows }],
        },
        failure,
    };
}


/***/ })

};
