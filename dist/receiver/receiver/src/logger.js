export function createJsonLogger(write = (line) => process.stdout.write(`${line}\n`)) {
    const emit = (level, message, fields = {}) => write(JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields }));
    return { info: (m, f) => emit('info', m, f), error: (m, f) => emit('error', m, f) };
}
export const silentLogger = { info: () => { }, error: () => { } };
