// `pnpm build`: the production build.
//   - the server: esbuild bundles our TypeScript (server/src) and most dependencies into plain ES modules in
//     server/dist, one file per entry (main.js, the CLIs, emit-schema.js); PGlite, pdf.js, exceljs and docx stay
//     imports from node_modules (BUNDLE_EXTERNAL). The decorators keep working without
//     emitted metadata because every type-graphql decorator names its type (STYLE.md); `keepNames` keeps the class
//     names type-graphql turns into GraphQL type names when two modules' classes share one.
//   - the dashboard: `vite build` into web/dist.
// `node scripts/build.mjs --if-stale` (what `pnpm start` runs) builds each only when its output is missing or older
// than its sources, so a fresh clone's one command still works and a second start costs nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = path.join(root, 'server');
const webDir = path.join(root, 'web');

/** The server's entry points: name in server/dist → source. */
export const SERVER_ENTRIES = {
  main: 'src/main.ts',
  'user.cli': 'src/cli/user.cli.ts',
  'plan.cli': 'src/cli/plan.cli.ts',
  'plan-document.cli': 'src/cli/plan-document.cli.ts',
  'emit-schema': 'src/app/emit-schema.ts',
  'pglite-template.cli': 'src/cli/pglite-template.cli.ts',
};
/** Packages left to node_modules at run time (the release ships them); the rest is bundled into server/dist. */
export const BUNDLE_EXTERNAL = ['@electric-sql/pglite', 'pdfjs-dist', 'exceljs', 'docx'];
/** Written last by a server build: its time is the build's. */
const SERVER_STAMP = path.join(serverDir, 'dist', '.built');
const WEB_STAMP = path.join(webDir, 'dist', 'index.html');

/** The newest modification time under these files and folders (node_modules and dist excluded). */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (name !== 'node_modules' && name !== 'dist') visit(path.join(p, name));
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  };
  for (const p of paths) visit(p);
  return latest;
}

function builtAt(stamp) {
  try {
    return fs.statSync(stamp).mtimeMs;
  } catch {
    return 0;
  }
}

const thisScript = fileURLToPath(import.meta.url);
const lockfile = path.join(root, 'pnpm-lock.yaml');

export function serverIsStale() {
  return (
    builtAt(SERVER_STAMP) <
    newest([path.join(serverDir, 'src'), path.join(serverDir, 'tsconfig.json'), lockfile, thisScript])
  );
}

export function webIsStale() {
  return (
    builtAt(WEB_STAMP) <
    newest([
      path.join(webDir, 'src'),
      path.join(webDir, 'public'),
      path.join(webDir, 'index.html'),
      path.join(webDir, 'vite.config.ts'),
      lockfile,
    ])
  );
}

export async function buildServer() {
  const esbuild = createRequire(path.join(serverDir, 'package.json'))('esbuild');
  const outdir = path.join(serverDir, 'dist');
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: serverDir,
    entryPoints: SERVER_ENTRIES,
    outdir,
    bundle: true,
    // The dependencies are bundled too: Node then loads one file instead of hundreds of small modules (half the
    // import time of a start). These stay imports from node_modules: PGlite and pdf.js find their wasm, data and
    // cMaps beside their own code, and exceljs and docx are imported only when a document is asked for.
    external: BUNDLE_EXTERNAL,
    // Bundled CommonJS code calls require() (for Node's built-ins too): give the ES module one.
    banner: {
      js: "import { createRequire as __dubanRequire } from 'node:module'; const require = __dubanRequire(import.meta.url);",
    },
    platform: 'node',
    target: 'node20',
    format: 'esm',
    tsconfig: path.join(serverDir, 'tsconfig.json'),
    keepNames: true,
    sourcemap: 'linked',
    // Each entry is one file in dist/, so config/env.ts knows where the repository root is from its own URL.
    define: { DUBAN_BUNDLED: 'true' },
    logLevel: 'warning',
    metafile: true,
  });
  // The empty database new PGlite data directories start from (db/client.ts): migrated once here, not at every
  // fresh start.
  const template = spawnSync(process.execPath, [path.join(outdir, 'pglite-template.cli.js')], { stdio: 'inherit' });
  if (template.status !== 0) throw new Error(`making the PGlite template failed (${template.status})`);
  fs.writeFileSync(SERVER_STAMP, `${new Date().toISOString()}\n`);
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  console.log(
    `server/dist: ${Object.keys(SERVER_ENTRIES).length} entries, ${(bytes / 1024 / 1024).toFixed(1)} MB with source maps`,
  );
}

export function buildWeb() {
  const vite = path.join(webDir, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build'], { cwd: webDir, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`vite build failed (${run.status})`);
}

if (process.argv[1] === thisScript) {
  const ifStale = process.argv.includes('--if-stale');
  const only = process.argv.find((a) => a === '--server' || a === '--web');
  if (only !== '--web' && (!ifStale || serverIsStale())) await buildServer();
  if (only !== '--server' && (!ifStale || webIsStale())) buildWeb();
}
