import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _inputs_manifest_generated_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7303);
// The `dardocs` CLI. `--version` answers from the small generated manifest alone; everything else
// is loaded on demand, so the common fast paths do not pay for modules they do not use.

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${_inputs_manifest_generated_js__WEBPACK_IMPORTED_MODULE_0__/* .version */ .r}\n`);
}
else {
    const { runCli } = await __nccwpck_require__.e(/* import() */ 665).then(__nccwpck_require__.bind(__nccwpck_require__, 4665));
    process.exitCode = await runCli({
        argv,
        env: process.env,
        cwd: process.cwd(),
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7303:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ manifest),
/* harmony export */   r: () => (/* binding */ version)
/* harmony export */ });
// Generated from action.yml and package.json by scripts/generate.mjs. Do not edit; run `npm run generate`.
const version = "0.1.0";
const manifest = {
    "commands": [
        "snapshot",
        "soc",
        "regenerate",
        "docs",
        "secrets-sync",
        "secrets-validate",
        "environments"
    ],
    "inputs": [
        {
            "name": "command",
            "description": "What to run. One of snapshot, soc, regenerate, docs, secrets-sync, secrets-validate, environments.",
            "default": "",
            "required": true,
            "secret": false,
            "commands": []
        },
        {
            "name": "cwd",
            "description": "Directory to work in, the root of what is scanned. A relative path is taken from the workspace (the shell's directory for the CLI).",
            "default": ".",
            "required": false,
            "secret": false,
            "commands": []
        },
        {
            "name": "github-token",
            "description": "Token for the GitHub API. The default job token is enough for reading. Masked in logs.",
            "default": "${{ github.token }}",
            "required": false,
            "secret": true,
            "commands": []
        },
        {
            "name": "receiver-url",
            "description": "Base URL of a dardocs receiver, e.g. https://dardocs.example.com. Empty means none.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": []
        },
        {
            "name": "receiver-api-key",
            "description": "API key for the receiver (dardocs_...). Masked in logs.",
            "default": "",
            "required": false,
            "secret": true,
            "commands": []
        },
        {
            "name": "repository",
            "description": "The repository as owner/name. Empty means the current one (GITHUB_REPOSITORY, else the origin remote). secrets-sync and secrets-validate take several, one per line or comma-separated.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": []
        },
        {
            "name": "output",
            "description": "File to write the snapshot JSON (snapshot) or the part as Markdown (soc, .md) or JSON (soc, any other name) to, streamed and replaced atomically; missing directories are created. Relative to the workspace. Empty means no file.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "snapshot",
                "soc"
            ]
        },
        {
            "name": "endpoint",
            "description": "URL to POST the snapshot to (gzip). Empty means receiver-url + /api/snapshots when receiver-url is set, else no delivery.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "exclude",
            "description": "snapshot, soc: extra paths to leave out, gitignore syntax. secrets-sync, secrets-validate: secret names to leave out, regular expressions, after the built-in exclusions (GITHUB_TOKEN, ACTIONS_*, RUNNER_*, CI, GITHUB_WORKSPACE, GITHUB_SHA, GITHUB_REF, github_token). One per line or comma-separated.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "snapshot",
                "soc",
                "secrets-sync",
                "secrets-validate"
            ]
        },
        {
            "name": "max-file-size",
            "description": "Files larger than this many bytes are not read: snapshot lists them with content null (skipped \"too-large\"), soc counts their size only.",
            "default": "1048576",
            "required": false,
            "secret": false,
            "commands": [
                "snapshot",
                "soc"
            ]
        },
        {
            "name": "max-payload-bytes",
            "description": "Split a delivery into numbered parts of at most this many bytes of JSON each.",
            "default": "10485760",
            "required": false,
            "secret": false,
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "max-attempts",
            "description": "Retries of a failed delivery (5xx, 429, timeout, connection error) after the first try.",
            "default": "5",
            "required": false,
            "secret": false,
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "retry-base-delay-ms",
            "description": "First retry delay in milliseconds; it doubles on each retry (1, 2, 4, 8, 16 s by default).",
            "default": "1000",
            "required": false,
            "secret": false,
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "delivery-timeout-ms",
            "description": "Time limit of one delivery request in milliseconds.",
            "default": "60000",
            "required": false,
            "secret": false,
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "signing-secret",
            "description": "Secret for an X-Dardocs-Signature: sha256=<HMAC of the body> header. Masked in logs.",
            "default": "",
            "required": false,
            "secret": true,
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "since",
            "description": "Base commit for an incremental snapshot. Empty means the receiver's last snapshot when receiver-url is set, else a full snapshot.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "full",
            "description": "Always send a full snapshot, even when a base commit is known.",
            "default": "false",
            "required": false,
            "secret": false,
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "redact",
            "description": "Mask well-known credential formats (AWS, GitHub, Slack tokens, private keys, password= assignments) in file contents before anything leaves the runner.",
            "default": "false",
            "required": false,
            "secret": false,
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "repository-id",
            "description": "The repository_id sent in the payload. Empty means GITHUB_REPOSITORY_ID, else owner/name.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "soc-id",
            "description": "The id of the SOC on the receiver (GET /api/socs lists them). For soc, empty means the socId of the repository_dispatch that started the run.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "soc",
                "regenerate"
            ]
        },
        {
            "name": "regeneration-id",
            "description": "The regeneration this part answers. Empty means the regenerationId of the repository_dispatch (dardocs-soc-regenerate) that started the run, if any.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "soc"
            ]
        },
        {
            "name": "window-days",
            "description": "Contributors are counted over this many days before the HEAD commit.",
            "default": "90",
            "required": false,
            "secret": false,
            "commands": [
                "soc"
            ]
        },
        {
            "name": "wait",
            "description": "Wait until the regeneration ends, printing each repository's progress; false returns once it is queued.",
            "default": "true",
            "required": false,
            "secret": false,
            "commands": [
                "regenerate"
            ]
        },
        {
            "name": "wait-timeout",
            "description": "Seconds to wait for the regeneration before failing the step.",
            "default": "900",
            "required": false,
            "secret": false,
            "commands": [
                "regenerate"
            ]
        },
        {
            "name": "on-rate-limit",
            "description": "When a regeneration of the SOC is already under way (HTTP 429): wait to follow that one, or fail.",
            "default": "wait",
            "required": false,
            "secret": false,
            "commands": [
                "regenerate"
            ]
        },
        {
            "name": "commit",
            "description": "soc: pr writes the part (as Markdown, at output or docs/system-overview.md) into the repository through a pull request; empty means no commit. docs: the code commit (sha) that retry or revert works on.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "soc",
                "docs"
            ]
        },
        {
            "name": "base",
            "description": "Base branch of the pull request, and the branch mode commit pushes to. Empty means the pushed branch (GITHUB_REF_NAME), else the checked-out branch.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "soc",
                "docs"
            ]
        },
        {
            "name": "docs-command",
            "description": "What to do: update (rewrite the sections the new commits made stale), status, retry (failed commits, or the one in commit), revert (the doc changes made for commit), init (write a commented .dardocs.yml), enable-hook, disable-hook.",
            "default": "update",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "mode",
            "description": "pr: commit to branch dardocs/docs-<base> and open or update one pull request. commit: push to the branch itself (a pull request when it is protected). dry-run: print the plan and the diff, write nothing. check: no LLM; fail with an annotation on each mapped section whose code changed in the pull request while the section did not.",
            "default": "pr",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "from",
            "description": "Oldest commit to process is the one after this. Empty means the push event before, else the last processed commit in the state, else only the newest commit.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "to",
            "description": "Newest commit to process. Empty means the push event after, else HEAD.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "config",
            "description": "The docs config (mappings, doc-files, ignore, infer), relative to cwd. A missing file means no mappings.",
            "default": ".dardocs.yml",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "doc-files",
            "description": "Documentation files (globs, one per line or comma-separated). Empty means doc-files of the config, else README.md and docs/**/*.md.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "infer",
            "description": "When no mapping or marker covers a changed file, let one LLM call pick among the headings of doc-files. Empty means infer of the config, else false.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "llm-base-url",
            "description": "Base URL of an OpenAI-compatible API: OpenAI, Azure OpenAI (https://NAME.openai.azure.com/openai/v1), Groq (https://api.groq.com/openai/v1), Ollama (http://localhost:11434/v1), vLLM.",
            "default": "https://api.openai.com/v1",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "llm-model",
            "description": "Model name at llm-base-url.",
            "default": "gpt-4o-mini",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "llm-api-key",
            "description": "API key for llm-base-url. Empty means the OPENAI_API_KEY environment variable. Masked in logs.",
            "default": "",
            "required": false,
            "secret": true,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "fallback",
            "description": "Fallback providers tried in order when the primary fails, one per line as \"base-url model api-key\" (the key may be omitted for a local server). Masked in logs.",
            "default": "",
            "required": false,
            "secret": true,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "timeout",
            "description": "Seconds one LLM request may take.",
            "default": "60",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "max-retries",
            "description": "Retries of an LLM request after a 429, a 5xx, a timeout or a connection error, with exponential backoff that honours Retry-After.",
            "default": "3",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "max-prompt-tokens",
            "description": "Token budget of one prompt: the hunks of the mapped files go first, the rest is summarised by name.",
            "default": "12000",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "max-tokens-per-run",
            "description": "A run whose estimated prompt and answer tokens exceed this stops before the first LLM call.",
            "default": "200000",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "batch",
            "description": "One LLM call per section for the whole push, carrying all its commits; false makes one call per commit and section.",
            "default": "true",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "max-shrink",
            "description": "A rewrite that shrinks a section by more than this percentage is rejected.",
            "default": "50",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "llm-price",
            "description": "USD per million input and output tokens, as \"input,output\" (e.g. 0.15,0.6), for the cost estimate. Empty uses the published price of llm-model when known.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "commit-message",
            "description": "Message of the doc commit; {short_sha} is the newest code commit of the run, {count} the number of code commits.",
            "default": "docs: update for {short_sha}",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "json",
            "description": "For docs-command status: print the state as JSON.",
            "default": "false",
            "required": false,
            "secret": false,
            "commands": [
                "docs"
            ]
        },
        {
            "name": "secrets",
            "description": "The source secrets as a JSON object of name to value, normally ${{ toJSON(secrets) }}. Every value is masked before anything else happens. Masked in logs.",
            "default": "",
            "required": false,
            "secret": true,
            "commands": [
                "secrets-sync",
                "secrets-validate",
                "environments"
            ]
        },
        {
            "name": "targets",
            "description": "Where secrets go: codespaces, dependabot, environment:<name>, org:<name> (its Codespaces and Dependabot secrets) or org:<name>:<actions|codespaces|dependabot>; one per line or comma-separated.",
            "default": "codespaces, dependabot",
            "required": false,
            "secret": false,
            "commands": [
                "secrets-sync",
                "secrets-validate"
            ]
        },
        {
            "name": "include",
            "description": "Only secret names matching one of these regular expressions; empty means all.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "secrets-sync",
                "secrets-validate"
            ]
        },
        {
            "name": "visibility",
            "description": "For a new organisation secret: all, private or selected. An existing one keeps its visibility and selected repositories unless this is set.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "secrets-sync"
            ]
        },
        {
            "name": "selected-repositories",
            "description": "With visibility selected: the repositories (owner/name or name in the organisation) that may use a new organisation secret.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "secrets-sync"
            ]
        },
        {
            "name": "prune",
            "description": "Delete target secrets that are not in the source set: true deletes those this action created (known from the receiver), all deletes every one. false keeps them.",
            "default": "false",
            "required": false,
            "secret": false,
            "commands": [
                "secrets-sync"
            ]
        },
        {
            "name": "force",
            "description": "Write secrets even when their fingerprint shows the target already holds the same value.",
            "default": "false",
            "required": false,
            "secret": false,
            "commands": [
                "secrets-sync",
                "environments"
            ]
        },
        {
            "name": "dry-run",
            "description": "Print what would be written, deleted or configured, and write nothing. Without github-token it plans from the inputs alone.",
            "default": "false",
            "required": false,
            "secret": false,
            "commands": [
                "secrets-sync",
                "environments"
            ]
        },
        {
            "name": "write-concurrency",
            "description": "Writes in flight at once, 1 to 10. 1 paces writes one by one to GitHub secondary limit (900 points a minute, 5 a write); more sends a small set faster within the same budget.",
            "default": "1",
            "required": false,
            "secret": false,
            "commands": [
                "secrets-sync",
                "environments"
            ]
        },
        {
            "name": "required",
            "description": "Secret names that must exist in every target scope. Empty means the names in secrets (after exclusions).",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "secrets-validate"
            ]
        },
        {
            "name": "fail-on-missing",
            "description": "Fail the step when a secret is missing from a scope or conflicts.",
            "default": "false",
            "required": false,
            "secret": false,
            "commands": [
                "secrets-validate"
            ]
        },
        {
            "name": "environments",
            "description": "The environments as YAML (dev, staging, production: reviewers, wait timer, deployment branches, secrets, variables). Empty means the file in environments-file.",
            "default": "",
            "required": false,
            "secret": false,
            "commands": [
                "environments"
            ]
        },
        {
            "name": "environments-file",
            "description": "A YAML file with the environments, relative to cwd.",
            "default": ".github/dardocs-environments.yml",
            "required": false,
            "secret": false,
            "commands": [
                "environments"
            ]
        }
    ],
    "outputs": [
        {
            "name": "commit-sha",
            "description": "The commit the snapshot was taken at (HEAD).",
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "file-count",
            "description": "Number of entries in the snapshot (files, links, submodules), or of changes for an incremental one.",
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "bytes",
            "description": "Size of the snapshot JSON in bytes, before compression.",
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "snapshot-path",
            "description": "Absolute path of the written snapshot file, empty when output is not set.",
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "delivered",
            "description": "true when the endpoint (snapshot) or the receiver (soc) acknowledged what was sent, false otherwise.",
            "commands": [
                "snapshot",
                "soc"
            ]
        },
        {
            "name": "event",
            "description": "initial_snapshot or incremental_snapshot.",
            "commands": [
                "snapshot"
            ]
        },
        {
            "name": "regeneration-id",
            "description": "The regeneration followed (regenerate), or answered by this part (soc).",
            "commands": [
                "regenerate",
                "soc"
            ]
        },
        {
            "name": "status",
            "description": "queued, running, completed, failed or timed_out.",
            "commands": [
                "regenerate"
            ]
        },
        {
            "name": "document-url",
            "description": "URL of the SOC document on the receiver (GET, with the API key).",
            "commands": [
                "regenerate"
            ]
        },
        {
            "name": "version",
            "description": "The SOC document version after the regeneration (regenerate) or after this part (soc), empty when none.",
            "commands": [
                "regenerate",
                "soc"
            ]
        },
        {
            "name": "part-path",
            "description": "Absolute path of the written part, empty when output is not set.",
            "commands": [
                "soc"
            ]
        },
        {
            "name": "route-count",
            "description": "Number of HTTP routes found.",
            "commands": [
                "soc"
            ]
        },
        {
            "name": "technology-count",
            "description": "Number of technologies recognised.",
            "commands": [
                "soc"
            ]
        },
        {
            "name": "changed",
            "description": "true when this run committed documentation changes (docs) or the part (soc, commit pr).",
            "commands": [
                "docs",
                "soc"
            ]
        },
        {
            "name": "pull-request-number",
            "description": "Number of the pull request created or updated, empty when none.",
            "commands": [
                "docs",
                "soc"
            ]
        },
        {
            "name": "pull-request-url",
            "description": "URL of that pull request, empty when none.",
            "commands": [
                "docs",
                "soc"
            ]
        },
        {
            "name": "sections-updated",
            "description": "Number of sections rewritten.",
            "commands": [
                "docs"
            ]
        },
        {
            "name": "tokens-used",
            "description": "Prompt and answer tokens used by LLM calls in this run (cached answers count 0).",
            "commands": [
                "docs"
            ]
        },
        {
            "name": "result",
            "description": "The result as JSON: secrets-sync {syncedCount, skippedCount, errors, correlationId, durationMs}; secrets-validate {valid, missing, conflicts, summary, remediationSteps}; environments {created, updated, errors, correlationId}. Never values.",
            "commands": [
                "secrets-sync",
                "secrets-validate",
                "environments"
            ]
        },
        {
            "name": "synced-count",
            "description": "Secrets written (one per secret and scope).",
            "commands": [
                "secrets-sync"
            ]
        },
        {
            "name": "valid",
            "description": "true when no secret is missing or conflicting.",
            "commands": [
                "secrets-validate"
            ]
        }
    ]
};


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
