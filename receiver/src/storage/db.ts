/**
 * The one seam between the receiver and a database: PGlite (embedded, a directory on disk or
 * memory) or PostgreSQL through `pg`. Everything above speaks plain SQL that runs on both.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://... to use PostgreSQL; otherwise the embedded database. */
  databaseUrl?: string;
  /** Directory for the embedded database; undefined keeps it in memory (tests). */
  dataDir?: string;
  /** PostgreSQL only: the schema to use (tests isolate themselves in one). */
  schema?: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.schema) : openPglite(options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = new PGlite(dataDir);
  await pg.waitReady;
  // PGlite is one connection: serialize transactions so one never interleaves with another.
  let chain: Promise<unknown> = Promise.resolve();
  const db: Db = {
    kind: 'pglite',
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pg.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const run = chain.then(() =>
        pg.transaction(async (tx) =>
          fn({
            query: async <R>(sql: string, params: unknown[] = []) => (await tx.query<R>(sql, params)).rows,
            exec: async (sql: string) => {
              await tx.exec(sql);
            },
          }),
        ),
      );
      chain = run.catch(() => {});
      return run;
    },
    close: () => pg.close(),
  };
  return db;
}

async function openPostgres(url: string, schema: string | undefined): Promise<Db> {
  const { default: pg } = await import('pg');
  // int8 (counts, sums) as numbers: every count here fits comfortably.
  pg.types.setTypeParser(20, (value: string) => Number(value));
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection the server closes (a restart, a failover) emits 'error' on the pool; unheld,
  // that would crash the process. The pool drops the client, and the next query reconnects.
  pool.on('error', () => {});
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <R>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as R[],
          exec: async (sql: string) => {
            await client.query(sql);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
