import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev:web` proxies the API to a platform already running (`npm start`), at 127.0.0.1:3000 unless told.
const gateway = process.env.STAFF_WEB_GATEWAY ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/staff-web', import.meta.url)),
    emptyOutDir: true,
    // No data: URLs: the gateway's Content-Security-Policy allows images and fonts from itself only.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: {
    proxy: Object.fromEntries(['/v1', '/auth', '/oidc', '/docs', '/docs-json', '/health'].map((path) => [path, { target: gateway }])),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
