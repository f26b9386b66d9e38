import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset URLs so the built app also works from a sub-path or inside an iframe host.
  base: './',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  // The extraction worker loads pdf.js and its worker code on demand: module workers can split into chunks.
  worker: { format: 'es' },
  test: {
    // Deadlines and document years are calendar facts of China Standard Time.
    env: { TZ: 'Asia/Shanghai' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/setup/serve-built-app.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: software WebGL on two cores is slow enough already.
          fileParallelism: false,
        },
      },
    ],
  },
});
