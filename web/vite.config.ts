import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { graphqlDocuments } from './vite-plugins/graphql-documents';

// The API runs on its own port in dev (`pnpm dev`); Vite proxies /graphql (HTTP and WebSocket) to it, so the
// app always talks to its own origin, exactly as it does when the server serves the built files.
const api = `http://localhost:${process.env.DUBAN_API_PORT ?? 4000}`;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const COMPRESSIBLE = /\.(html|js|css|svg|json)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, at the highest levels: the server
 * (server/src/app/static-files.ts) sends the copy a browser accepts, so nothing is compressed on the request path.
 * Intranet links are often slow, and compressed scripts are about a quarter of their size.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'duban-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await fs.readdir(outDir, { recursive: true })).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(outDir, name);
          const body = await fs.readFile(file);
          const [br, gz] = await Promise.all([
            brotli(body, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            }),
            gzip(body, { level: 9 }),
          ]);
          await Promise.all([fs.writeFile(`${file}.br`, br), fs.writeFile(`${file}.gz`, gz)]);
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [graphqlDocuments(), react(), precompress()],
  server: {
    port: 5173,
    proxy: { '/graphql': { target: api, ws: true }, '/api': { target: api } },
  },
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: which chunks each page needs (test/dashboard-weight.test.ts sums them per route).
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Rolldown moves modules that several pages share into a chunk the entry already loads (mergeCommonChunks):
      // fewer files, but then every route, the login page too, loads the forms, tables and pickers of any two pages.
      experimental: { chunkOptimization: { mergeCommonChunks: false } },
      output: {
        // Otherwise each chunk holds what one set of pages shares (rolldown's automatic splitting), so Ant Design's
        // components load with the pages that use them. Two named groups on top: the framework every page needs
        // (one chunk, cached across pages and releases that do not upgrade it), and ECharts with zrender, loaded
        // only where a chart is drawn (ui/echarts.ts, imported by ui/EChart.tsx when a chart mounts).
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|urql|@urql[\\/]core|wonka|@0no-co[\\/]graphql\.web)[\\/]/,
              priority: 2,
            },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
