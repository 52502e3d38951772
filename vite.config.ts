import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { lingui } from '@lingui/vite-plugin';
import { fileURLToPath } from 'node:url';
import { cekatApiPlugin } from './server/dev/cekat-api-plugin.ts';

// `/api` is served by cekatApiPlugin's middleware (dev and preview alike) rather than `server.proxy`, so the
// allow-list, header stripping and key injection are the same code the production server runs.
export default defineConfig({
  plugins: [react(), lingui(), tailwindcss(), cekatApiPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // The mirror's database is written all the time: nothing in data/ is source to watch.
  server: { port: 5173, watch: { ignored: ['**/data/**'] } },
  preview: { port: 4173, host: '127.0.0.1' },
  // DIST_DIR lets parallel test runs build side by side.
  build: { target: 'es2022', outDir: process.env.DIST_DIR || 'dist' },
});
