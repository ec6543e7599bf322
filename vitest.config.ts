import { GIT_TEST_ENV } from './__tests__/helpers/git-env.js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Real git runs in every test; keep the machine's own git configuration out of it.
    env: GIT_TEST_ENV,
  },
});
