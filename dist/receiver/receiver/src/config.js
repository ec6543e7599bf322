import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
function wholeNumber(env, name, fallback, unit) {
    const text = env[name];
    if (text === undefined || text === '')
        return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0)
        throw new Error(`${name} must be a whole number of ${unit}, got '${text}'`);
    return value;
}
/** Reads the receiver's settings from flags and environment; pure. Flags win over variables. */
export function readConfig(argv, env, cwd) {
    const { values } = parseArgs({
        args: [...argv],
        options: { port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' } },
        strict: true,
        allowPositionals: false,
    });
    const portText = values.port ?? env.PORT ?? '8787';
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port/PORT must be a port number, got '${portText}'`);
    return {
        port,
        host: values.host ?? env.HOST ?? '127.0.0.1',
        dataDir: resolve(cwd, values['data-dir'] ?? env.DARDOCS_DATA_DIR ?? '.dardocs-data'),
        ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
        regeneration: {
            minIntervalS: wholeNumber(env, 'REGENERATION_MIN_INTERVAL_S', 300, 'seconds'),
            timeoutS: wholeNumber(env, 'REGENERATION_TIMEOUT_S', 900, 'seconds'),
        },
        github: { token: env.DARDOCS_GITHUB_TOKEN || undefined, apiUrl: env.DARDOCS_GITHUB_API_URL || undefined },
        ...(env.DARDOCS_WEBHOOK_SECRET ? { webhookSecret: env.DARDOCS_WEBHOOK_SECRET } : {}),
        ...(env.DARDOCS_SWEEP_INTERVAL_MS
            ? { sweepIntervalMs: Math.max(100, wholeNumber(env, 'DARDOCS_SWEEP_INTERVAL_MS', 15_000, 'milliseconds')) }
            : {}),
    };
}
