import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on its own port in dev (`pnpm dev`); Vite proxies /graphql (HTTP and WebSocket) to it, so the
// app always talks to its own origin, exactly as it does when the server serves the built files.
const api = `http://localhost:${process.env.DUBAN_API_PORT ?? 4000}`;

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': { target: api, ws: true } },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
});
