import { serve } from '@hono/node-server';
import { buildApp } from './app.js';
import { createJsonLogger } from './logger.js';
import { openReceiverDatabase } from './storage/open.js';
/** Starts the receiver: database, migrations, HTTP. `stop()` finishes in-flight requests first. */
export async function startReceiver(config, logger = createJsonLogger()) {
    const { db, release } = await openReceiverDatabase(config);
    const app = buildApp({ db, logger });
    const server = await new Promise((resolve) => {
        const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host}:${port}`;
    logger.info('receiver listening', {
        url,
        database: db.kind,
        dataDir: config.databaseUrl ? undefined : config.dataDir,
    });
    let stopping;
    return {
        url,
        stop() {
            stopping ??= (async () => {
                // Stop accepting, let in-flight requests finish, then close the database.
                await new Promise((resolve) => {
                    server.close(() => resolve());
                    server.closeIdleConnections();
                });
                await db.close();
                release();
                logger.info('receiver stopped');
            })();
            return stopping;
        },
    };
}
