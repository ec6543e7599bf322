import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from './db.js';
import { migrate } from './migrations.js';
/**
 * Opens the configured database and applies pending migrations. The embedded database is one
 * process's at a time: a lock file with the owner's pid turns a second opener away with a clear
 * message instead of letting two processes corrupt it.
 */
export async function openReceiverDatabase(config) {
    if (config.databaseUrl) {
        const db = await openDatabase({ databaseUrl: config.databaseUrl });
        await migrate(db);
        return { db, release: () => { } };
    }
    mkdirSync(config.dataDir, { recursive: true });
    const lock = join(config.dataDir, 'receiver.lock');
    const holder = readHolder(lock);
    if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
        throw new Error(`The embedded database in ${config.dataDir} is in use by process ${holder}. Stop that receiver first, or use its HTTP API (POST /api/workspaces/:id/api-keys).`);
    }
    writeFileSync(lock, String(process.pid));
    const db = await openDatabase({ dataDir: join(config.dataDir, 'pglite') });
    await migrate(db);
    return { db, release: () => rmSync(lock, { force: true }) };
}
function readHolder(lock) {
    try {
        return Number(readFileSync(lock, 'utf8').trim()) || undefined;
    }
    catch {
        return undefined;
    }
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
