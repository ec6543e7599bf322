import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { buildApp } from './app.js';
import type { ReceiverConfig } from './config.js';
import { createJsonLogger, type Logger } from './logger.js';
import { createDispatcher } from './services/github-dispatch.js';
import { deliverDue } from './services/forwarding.js';
import { startDeferred } from './services/push-trigger.js';
import { DEFAULT_REGENERATION, sweep } from './services/regeneration.js';
import { SocStore } from './storage/soc-store.js';
import { DeliveryStore } from './storage/delivery-store.js';
import { SqlStorage } from './storage/sql-storage.js';
import { openReceiverDatabase } from './storage/open.js';
import { RegenerationStore } from './storage/regeneration-store.js';

const DEFAULT_SWEEP_INTERVAL_MS = 15_000;

export interface RunningReceiver {
  url: string;
  stop(): Promise<void>;
}

/** Starts the receiver: database, migrations, HTTP. `stop()` finishes in-flight requests first. */
export async function startReceiver(
  config: ReceiverConfig,
  logger: Logger = createJsonLogger(),
): Promise<RunningReceiver> {
  const { db, release } = await openReceiverDatabase(config);
  const dispatcher = createDispatcher(config.github ?? {}, (message) => logger.info(message));
  const app = buildApp({
    db,
    logger,
    dispatcher,
    ...(config.regeneration ? { regeneration: config.regeneration } : {}),
    ...(config.webhookSecret ? { webhookSecret: config.webhookSecret } : {}),
  });
  // A timer that only asks the database what is left to do: runs another instance queued but did
  // not dispatch, and runs past their deadline. Every instance sweeps; the rows keep it exactly-once.
  const runs = new RegenerationStore(db);
  const now = () => new Date();
  const socs = new SocStore(db);
  const requestDeps = { runs, dispatcher, config: { ...DEFAULT_REGENERATION, ...config.regeneration }, now, logger };
  const sweeper = setInterval(() => {
    // Dispatch orphaned runs, time out overdue ones, then start regenerations pushes deferred.
    sweep(runs, dispatcher, now, logger)
      .then(() => startDeferred(socs, requestDeps))
      .catch((error: unknown) => logger.error('sweep failed', { error: String(error) }));
  }, config.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS);
  sweeper.unref();
  // Due snapshot deliveries (retries back off from 1 s), claimed with SKIP LOCKED by any instance.
  const storage = new SqlStorage(db);
  const deliveries = new DeliveryStore(db);
  const forwarder = setInterval(() => {
    deliverDue({ storage, deliveries, logger }, now).catch((error: unknown) =>
      logger.error('delivery pass failed', { error: String(error) }),
    );
  }, 1000);
  forwarder.unref();
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s as Server));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  logger.info('receiver listening', {
    url,
    database: db.kind,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  let stopping: Promise<void> | undefined;
  return {
    url,
    stop() {
      stopping ??= (async () => {
        // Stop accepting, let in-flight requests finish, then close the database.
        clearInterval(sweeper);
        clearInterval(forwarder);
        await new Promise<void>((resolve) => {
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
