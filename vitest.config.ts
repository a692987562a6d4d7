import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{pipeline,workers,schemas,cli,archive,tools}/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
