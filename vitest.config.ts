import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import workspace packages from source, so `vitest` needs no prior build of the package under test.
const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));
const sourceAliases = readdirSync(packagesDir).map((name) => ({
  find: new RegExp(`^@wikispec/${name}$`),
  replacement: `${packagesDir}${name}/src/index.ts`,
}));

const fuzzRuns = process.env.FUZZ_RUNS ?? '';

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    reporters: process.env.CI ? ['default'] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'test/golden/**/*.test.ts', 'test/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'fuzz',
          include: ['test/fuzz/**/*.test.ts'],
          testTimeout: fuzzRuns ? 3_600_000 : 300_000,
          // `pnpm fuzz` (FUZZ_RUNS set) runs the fuzz files two at a time (vitest's default is one fewer than the cores,
          // i.e. one on a 2-core machine); the longest file (client: generation and tsc) starts first.
          ...(fuzzRuns ? { maxWorkers: 2 } : {}),
        },
      },
    ],
  },
});
