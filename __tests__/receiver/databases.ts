import { randomBytes } from 'node:crypto';
import { openDatabase, type Db } from '../../receiver/src/storage/db.js';

/**
 * The databases every storage test runs against: the embedded PGlite always, and PostgreSQL when
 * TEST_DATABASE_URL is set (CI sets it), each test file in a schema of its own, dropped after.
 */
export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<Db & { drop(): Promise<void> }>;
}

export const databases: TestDatabase[] = [
  {
    name: 'pglite',
    async open() {
      const db = await openDatabase({});
      return Object.assign(db, { drop: () => db.close() });
    },
  },
  ...(process.env.TEST_DATABASE_URL
    ? [
        {
          name: 'postgres' as const,
          async open() {
            const url = process.env.TEST_DATABASE_URL as string;
            const schema = `t_${randomBytes(6).toString('hex')}`;
            const db = await openDatabase({ databaseUrl: url, schema });
            return Object.assign(db, {
              async drop() {
                await db.query(`DROP SCHEMA ${schema} CASCADE`);
                await db.close();
              },
            });
          },
        },
      ]
    : []),
];
