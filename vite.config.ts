import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA lives in web/ and is built into dist/web, which the Fastify server serves.
// The documentation checker (rules and model weights, ~100 kB gzipped) is its own chunk, loaded only
// by the pages with an editor and cached apart from the application code.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: (id: string) => (/\/common\/checker\/categories/.test(id) ? 'checker-categories' : null) },
            { name: (id: string) => (id.includes('/common/checker/') ? 'checker' : null) },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
