import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 120_000,
    // Build tests share the project's .astro/ folder with every other build: one file at a time.
    fileParallelism: false,
  },
});
