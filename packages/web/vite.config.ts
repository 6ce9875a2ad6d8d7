import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { precompress } from './vite-precompress.ts';

export default defineConfig({
  plugins: [react(), precompress()],
  // The server's shared wire schemas come from their TypeScript sources (the packages' `blocksmith-source` condition).
  resolve: { conditions: ['blocksmith-source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    // `npm run dev -w @blocksmith/web` next to `npm start`: the API and WebSocket go to the server.
    proxy: { '/api': { target: 'http://127.0.0.1:3000', ws: true } },
  },
});
