import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
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
    };
}
