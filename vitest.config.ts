import { defineConfig } from 'vitest/config';

/** Two projects: unit tests (shared/, renderer/, the tooling checks in scripts/), and integration tests of the services on a real encrypted database. */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'integration', include: ['electron/**/*.test.ts', 'bench/**/*.test.ts'], environment: 'node', testTimeout: 30_000, pool: 'forks' } },
    ],
  },
});
