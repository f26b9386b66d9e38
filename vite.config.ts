import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The built page's Content Security Policy: scripts, workers, styles and connections from its own origin only, so
 * nothing in a document, a URL or an embedding page can make it load or send anything elsewhere. Origins listed in
 * TASK_ATLAS_CONNECT at build time (space-separated, e.g. a basemap's style and tile server) may be fetched too:
 * the one request elsewhere a user can configure. Only the build gets it: the dev server's injected styles and
 * module reloading need more.
 */
function contentSecurityPolicy(): Plugin {
  const extra = (process.env.TASK_ATLAS_CONNECT ?? '').split(/\s+/).filter((o) => /^https?:\/\/[^\s;,'"]+$/.test(o));
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    `connect-src 'self'${extra.map((o) => ` ${o}`).join('')}`,
    "img-src 'self' data: blob:",
    "style-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  return {
    name: 'task-atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  // Relative asset URLs so the built app also works from a sub-path or inside an iframe host.
  base: './',
  plugins: [contentSecurityPolicy()],
  // No asset inlined as a data: URL: the page fetches its data, and its policy allows connections to itself only.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000, assetsInlineLimit: 0 },
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
