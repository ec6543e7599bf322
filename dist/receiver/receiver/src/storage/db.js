export async function openDatabase(options) {
    return options.databaseUrl ? openPostgres(options.databaseUrl, options.schema) : openPglite(options.dataDir);
}
async function openPglite(dataDir) {
    const { PGlite } = await import('@electric-sql/pglite');
    const pg = new PGlite(dataDir);
    await pg.waitReady;
    // PGlite is one connection: serialize transactions so one never interleaves with another.
    let chain = Promise.resolve();
    const db = {
        kind: 'pglite',
        async query(sql, params = []) {
            return (await pg.query(sql, params)).rows;
        },
        async exec(sql) {
            await pg.exec(sql);
        },
        transaction(fn) {
            const run = chain.then(() => pg.transaction(async (tx) => fn({
                query: async (sql, params = []) => (await tx.query(sql, params)).rows,
                exec: async (sql) => {
                    await tx.exec(sql);
                },
            })));
            chain = run.catch(() => { });
            return run;
        },
        close: () => pg.close(),
    };
    return db;
}
async function openPostgres(url, schema) {
    const { default: pg } = await import('pg');
    // int8 (counts, sums) as numbers: every count here fits comfortably.
    pg.types.setTypeParser(20, (value) => Number(value));
    const pool = new pg.Pool({
        connectionString: url,
        max: 10,
        ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle connection the server closes (a restart, a failover) emits 'error' on the pool; unheld,
    // that would crash the process. The pool drops the client, and the next query reconnects.
    pool.on('error', () => { });
    if (schema)
        await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    return {
        kind: 'postgres',
        async query(sql, params = []) {
            return (await pool.query(sql, params)).rows;
        },
        async exec(sql) {
            await pool.query(sql);
        },
        async transaction(fn) {
            const client = await pool.connect();
            try {
                await client.query('BEGIN');
                const result = await fn({
                    query: async (sql, params = []) => (await client.query(sql, params)).rows,
                    exec: async (sql) => {
                        await client.query(sql);
                    },
                });
                await client.query('COMMIT');
                return result;
            }
            catch (error) {
                await client.query('ROLLBACK').catch(() => { });
                throw error;
            }
            finally {
                client.release();
            }
        },
        close: () => pool.end(),
    };
}
