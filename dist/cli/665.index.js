export const id = 665;
export const ids = [665];
export const modules = {

/***/ 4665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs/manifest.generated.ts
var manifest_generated = __webpack_require__(7303);
;// CONCATENATED MODULE: ./src/inputs/manifest.ts


const commandNames = manifest_generated/* manifest */.e.commands;
const inputs = manifest_generated/* manifest */.e.inputs;
function isCommandName(name) {
    return commandNames.includes(name);
}
/** The inputs a command reads: its own plus the untagged ones that apply to every command. */
function inputsFor(command) {
    return inputs.filter((i) => i.name !== 'command' && (i.commands.length === 0 || i.commands.includes(command)));
}
function outputsFor(command) {
    return manifest_generated/* manifest */.e.outputs.filter((o) => {
        const commands = o.commands;
        return commands.length === 0 || commands.includes(command);
    });
}

;// CONCATENATED MODULE: ./src/inputs/read.ts


/** Defaults written as workflow expressions, and what stands for them outside a runner. */
const expressionFallbacks = {
    'github.token': 'GITHUB_TOKEN',
};
function readCommand(get) {
    const command = (get('command') ?? '').trim();
    if (command === '') {
        throw new errors/* InputError */.dz('command', `Input 'command' is required: one of ${commandNames.join(', ')}.`);
    }
    if (!isCommandName(command)) {
        throw new errors/* InputError */.dz('command', `Input 'command' is '${command}', which is not a command: use one of ${commandNames.join(', ')}.`, 'COMMAND_UNKNOWN');
    }
    return command;
}
/**
 * The one input layer: the action passes core.getInput, the CLI passes its flags. Defaults come from
 * action.yml (through the generated manifest) so both sources agree. Pure apart from `env`, which is passed in.
 */
function readInputs(get, env = {}) {
    const command = readCommand(get);
    const values = {};
    for (const spec of inputsFor(command)) {
        let value = get(spec.name);
        if (value === undefined || value === '') {
            const expression = /^\$\{\{\s*([\w.-]+)\s*\}\}$/.exec(spec.default);
            value = expression ? (env[expressionFallbacks[expression[1] ?? ''] ?? ''] ?? '') : spec.default;
        }
        if (spec.required && value === '') {
            throw new errors/* InputError */.dz(spec.name, `Input '${spec.name}' is required for ${command}.`);
        }
        values[spec.name] = value;
    }
    return { command, values };
}

;// CONCATENATED MODULE: ./src/commands/registry.ts
/**
 * Each command is loaded only when it runs (a separate chunk in dist/), so `snapshot` does not
 * pay start-up time for the LLM client, Octokit or libsodium that other commands use.
 */
const commandLoaders = {
    snapshot: () => Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(298), __webpack_require__.e(736)]).then(__webpack_require__.bind(__webpack_require__, 4736)),
    soc: () => Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(339), __webpack_require__.e(815), __webpack_require__.e(298), __webpack_require__.e(292), __webpack_require__.e(901), __webpack_require__.e(390)]).then(__webpack_require__.bind(__webpack_require__, 3390)),
    regenerate: () => Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(153)]).then(__webpack_require__.bind(__webpack_require__, 3153)),
    docs: () => Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(339), __webpack_require__.e(815), __webpack_require__.e(326), __webpack_require__.e(901), __webpack_require__.e(753)]).then(__webpack_require__.bind(__webpack_require__, 9753)),
    'secrets-sync': () => Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(339), __webpack_require__.e(768), __webpack_require__.e(255), __webpack_require__.e(926)]).then(__webpack_require__.bind(__webpack_require__, 9926)),
    'secrets-validate': () => Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(339), __webpack_require__.e(768), __webpack_require__.e(255), __webpack_require__.e(77)]).then(__webpack_require__.bind(__webpack_require__, 3077)),
    environments: () => Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(339), __webpack_require__.e(768), __webpack_require__.e(815), __webpack_require__.e(255), __webpack_require__.e(878)]).then(__webpack_require__.bind(__webpack_require__, 3878)),
};

;// CONCATENATED MODULE: ./src/run-command.ts


/** Masks every secret input the moment it has been read, before anything else can print it; returns the values. */
function registerSecrets(raw, log) {
    const secrets = [];
    for (const spec of inputsFor(raw.command)) {
        const value = raw.values[spec.name];
        if (spec.secret && value) {
            log.setSecret(value);
            secrets.push(value);
        }
    }
    return secrets;
}
/** The one code path both the action and the CLI take: load the command, parse its settings, run it. */
async function executeCommand(raw, deps) {
    const command = await commandLoaders[raw.command]();
    const settings = command.parseSettings(raw.values);
    return command.run(settings, deps);
}

;// CONCATENATED MODULE: ./src/runtime/redact.ts
/**
 * Replaces every registered secret in text with ***: each line of a multi-line value, and the
 * value's JSON-escaped form, since an echoed request body carries that. Used for whatever is
 * printed outside the runner's own masking (the terminal, the job summary file).
 */
class Redactor {
    values = new Set();
    add(value) {
        for (const piece of [value, ...value.split(/\r?\n/), JSON.stringify(value).slice(1, -1)]) {
            if (piece.trim().length >= 3)
                this.values.add(piece);
        }
    }
    redact(text) {
        let result = text;
        // Longest first, so a value is not half-replaced by a shorter piece of itself.
        for (const value of [...this.values].sort((a, b) => b.length - a.length))
            result = result.split(value).join('***');
        return result;
    }
}

;// CONCATENATED MODULE: ./src/runtime/log.ts

/** The terminal log: headings instead of groups, warnings on stderr, and secrets redacted from every line. */
function createConsoleLog(options = {}, redactor = new Redactor()) {
    const out = options.out ?? ((line) => process.stdout.write(`${line}\n`));
    const err = options.err ?? ((line) => process.stderr.write(`${line}\n`));
    const redact = (text) => redactor.redact(text);
    return {
        info: (message) => out(redact(message)),
        warning: (message) => err(redact(`warning: ${message}`)),
        debug: (message) => {
            if (options.verbose)
                err(redact(`debug: ${message}`));
        },
        async group(name, fn) {
            out(redact(`== ${name}`));
            return fn();
        },
        setSecret: (value) => redactor.add(value),
        annotate: (level, message, where) => err(redact(`${where.file}:${where.line}: ${level}: ${message}`)),
    };
}
/** A log that keeps every line, for tests. */
function createMemoryLog() {
    const lines = [];
    const secrets = [];
    return {
        lines,
        secrets,
        info: (message) => lines.push(message),
        warning: (message) => lines.push(`warning: ${message}`),
        debug: (message) => lines.push(`debug: ${message}`),
        async group(name, fn) {
            lines.push(`== ${name}`);
            return fn();
        },
        setSecret: (value) => secrets.push(value),
        annotate: (level, message, where) => lines.push(`${where.file}:${where.line}: ${level}: ${message}`),
    };
}

;// CONCATENATED MODULE: ./src/runtime/summary.ts
function pad(text, width) {
    return text + ' '.repeat(Math.max(0, width - [...text].length));
}
function textTable(headers, rows) {
    const widths = headers.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
    const line = (cells) => cells
        .map((c, i) => pad(c, widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
/** Plain-text rendering for the terminal. */
function renderSummaryText(summary) {
    const lines = [summary.title, '='.repeat([...summary.title].length)];
    const keyWidth = Math.max(0, ...summary.facts.map(([k]) => [...k].length));
    for (const [key, value] of summary.facts)
        lines.push(`${pad(key, keyWidth)}  ${value}`);
    for (const table of summary.tables ?? []) {
        lines.push('', table.caption, ...textTable(table.headers, table.rows));
    }
    for (const note of summary.notes ?? [])
        lines.push('', note);
    return `${lines.join('\n')}\n`;
}
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Markdown/HTML rendering for the job summary (GITHUB_STEP_SUMMARY accepts both). */
function renderSummaryMarkdown(summary) {
    const lines = [`## ${escapeHtml(summary.title)}`, '', '| | |', '| --- | --- |'];
    const cell = (text) => escapeHtml(text).replace(/\|/g, '\\|').replace(/\n/g, '<br>');
    for (const [key, value] of summary.facts)
        lines.push(`| ${cell(key)} | ${cell(value)} |`);
    for (const table of summary.tables ?? []) {
        lines.push('', `**${escapeHtml(table.caption)}**`, '');
        lines.push(`| ${table.headers.map(cell).join(' | ')} |`, `| ${table.headers.map(() => '---').join(' | ')} |`);
        for (const row of table.rows)
            lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
    for (const note of summary.notes ?? [])
        lines.push('', escapeHtml(note));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/args.ts


const isBooleanInput = (spec) => spec.default === 'true' || spec.default === 'false';
/** Inputs a command takes as plain words after its name, in order. */
const POSITIONALS = { docs: ['docs-command', 'commit'] };
/**
 * `dardocs <command> [--input-name value]...`: flags are exactly the action's input names, so a
 * workflow's `with:` block and a command line read the same. Pure: argv in, a request out, or an
 * InputError naming the flag.
 */
function parseCliArgs(argv) {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
        const topic = first === 'help' ? rest[0] : undefined;
        if (topic !== undefined && !isCommandName(topic))
            throw unknownCommand(topic);
        return { kind: 'help', ...(topic ? { command: topic } : {}) };
    }
    if (first === '--version' || first === '-v')
        return { kind: 'version' };
    if (first.startsWith('-')) {
        throw new errors/* InputError */.dz('command', `'${first}' is not a command; run dardocs --help`, 'INPUT_UNKNOWN');
    }
    if (!isCommandName(first))
        throw unknownCommand(first);
    const command = first;
    const specs = new Map(inputsFor(command).map((s) => [s.name, s]));
    const values = {};
    let positionals = 0;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i] ?? '';
        if (arg === '--help' || arg === '-h')
            return { kind: 'help', command };
        const positional = POSITIONALS[command]?.[positionals];
        if (!arg.startsWith('--') && positional !== undefined) {
            // `dardocs docs status`, `dardocs docs revert SHA`: words in place of the first flags.
            values[positional] = arg;
            positionals++;
            continue;
        }
        if (!arg.startsWith('--')) {
            throw new errors/* InputError */.dz('argument', `unexpected argument '${arg}' for ${command}; flags look like --name value`, 'INPUT_UNKNOWN');
        }
        const eq = arg.indexOf('=');
        let name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
        let value = eq < 0 ? undefined : arg.slice(eq + 1);
        let negated = false;
        if (!specs.has(name) && name.startsWith('no-') && specs.has(name.slice(3))) {
            name = name.slice(3);
            negated = true;
        }
        const spec = specs.get(name);
        if (!spec) {
            throw new errors/* InputError */.dz(name, `unknown flag --${name} for ${command}; run dardocs ${command} --help for the flags`, 'INPUT_UNKNOWN');
        }
        if (isBooleanInput(spec)) {
            if (negated)
                value = 'false';
            else if (value === undefined) {
                const next = rest[i + 1];
                if (next !== undefined && /^(true|false)$/i.test(next)) {
                    value = next;
                    i++;
                }
                else
                    value = 'true';
            }
        }
        else if (value === undefined) {
            const next = rest[i + 1];
            if (next === undefined || (next.startsWith('--') && next.length > 2)) {
                throw new errors/* InputError */.dz(name, `flag --${name} needs a value`);
            }
            value = next;
            i++;
        }
        if (name in values && spec.name !== 'exclude') {
            throw new errors/* InputError */.dz(name, `flag --${name} is given twice`);
        }
        // A list input may be given several times; the values are joined as lines.
        values[name] = name in values ? `${values[name]}\n${value}` : value;
    }
    return { kind: 'run', command, values };
}
function unknownCommand(name) {
    return new errors/* InputError */.dz('command', `unknown command '${name}'; commands: ${commandNames.join(', ')}`, 'COMMAND_UNKNOWN');
}
function wrap(text, width, indent) {
    const words = text.split(/\s+/);
    const lines = [];
    let line = '';
    for (const word of words) {
        if (line !== '' && line.length + word.length + 1 > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${indent}`);
}
/** Help generated from action.yml (through the manifest), so flags and defaults never drift from the action. */
function helpText(command) {
    if (!command) {
        return [
            'dardocs: run dardocs-action commands locally, with the same code as the GitHub Action.',
            '',
            'Usage: dardocs <command> [--input value]...',
            '       dardocs <command> --help',
            '       dardocs --version',
            '',
            `Commands: ${commandNames.join(', ')}`,
            '',
            "Flags are the action's input names (see action.yml). Exit codes: 0 done, 1 failed, 2 bad flag or value.",
            '',
        ].join('\n');
    }
    const words = POSITIONALS[command];
    const usage = words
        ? `Usage: dardocs ${command} [${words.join('] [')}] [flags]`
        : `Usage: dardocs ${command} [flags]`;
    const lines = [usage, '', "Flags (the action's inputs):"];
    for (const spec of inputsFor(command)) {
        const flag = isBooleanInput(spec) ? `--${spec.name}` : `--${spec.name} <value>`;
        const def = spec.default === '' ? '' : ` (default: ${spec.default})`;
        lines.push(`  ${flag}`, `      ${wrap(spec.description + def, 74, '      ')}`);
    }
    const outputs = outputsFor(command);
    if (outputs.length > 0) {
        lines.push('', 'Outputs (printed after the summary):');
        for (const o of outputs)
            lines.push(`  ${o.name}: ${o.description}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/cli-main.ts








/**
 * Runs one CLI invocation and returns its exit code: 0 done, 1 the command failed, 2 a bad flag or
 * value. On a runner (GITHUB_ACTIONS=true) it logs through @actions/core; anywhere else it prints
 * plain text and never a workflow command.
 */
async function runCli(io) {
    // Everything printed passes through the redactor, including the summary and error text,
    // which may quote what a server echoed back.
    const redactor = new Redactor();
    const stdout = (text) => io.stdout(redactor.redact(text));
    const stderr = (text) => io.stderr(redactor.redact(text));
    let log;
    try {
        const request = parseCliArgs(io.argv);
        if (request.kind === 'version') {
            io.stdout(`${manifest_generated/* version */.r}\n`);
            return 0;
        }
        if (request.kind === 'help') {
            io.stdout(helpText(request.command));
            return 0;
        }
        const values = request.values;
        const raw = readInputs((name) => (name === 'command' ? request.command : values[name]), io.env);
        log =
            io.env.GITHUB_ACTIONS === 'true'
                ? (await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(696)]).then(__webpack_require__.bind(__webpack_require__, 3696))).createActionsLog()
                : createConsoleLog({ out: (l) => stderr(`${l}\n`), err: (l) => stderr(`${l}\n`) });
        for (const secret of registerSecrets(raw, log))
            redactor.add(secret);
        const result = await executeCommand(raw, { log, env: io.env, workdir: io.cwd, now: () => new Date(), version: manifest_generated/* version */.r });
        const outputs = Object.entries(result.outputs).map(([k, v]) => `${k}=${v}`);
        stdout(`${renderSummaryText(result.summary)}\nOutputs:\n${outputs.map((l) => `  ${l}`).join('\n')}\n`);
        if (result.failure) {
            stderr(`dardocs: ${(0,errors/* getErrorMessage */.u1)(result.failure)}\n`);
            return 1;
        }
        return 0;
    }
    catch (error) {
        stderr(`dardocs: ${(0,errors/* getErrorMessage */.u1)(error)}\n`);
        return error instanceof errors/* InputError */.dz ? 2 : 1;
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d9: () => (/* binding */ DardocsError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage)
/* harmony export */ });
class DardocsError extends Error {
    code;
    details;
    constructor(code, message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'DardocsError';
        this.code = code;
        this.details = options?.details;
    }
}
/** A bad input value or flag: the message names the input and what it accepts. The CLI exits 2 for these. */
class InputError extends DardocsError {
    input;
    constructor(input, message, code = 'INPUT_INVALID') {
        super(code, message);
        this.name = 'InputError';
        this.input = input;
    }
}
function getErrorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}


/***/ })

};
