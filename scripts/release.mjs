// `pnpm release [--out DIR]`: one archive to install Duban on a machine with Node.js 20 and no registry.
//   release/duban-<date>-<commit>-<platform>-<arch>.tar.gz holds one folder, duban-<date>-<commit>/, laid out like the
//   repository so that the compiled server finds everything where it does in a checkout:
//     start.sh                    starts the server (node server/dist/main.js): nothing else needed
//     package.json                `npm start`, `npm run user:create -- …` and the other CLIs, all on node
//     server/dist/                the compiled server and its CLIs (scripts/build.mjs)
//     server/plans/               the plan files the seed reads
//     server/node_modules/, node_modules/.pnpm/
//                                 the production dependencies, installed from pnpm-lock.yaml (frozen, from the local
//                                 store: the same versions and the same patches as the checkout), PGlite's wasm included
//     drizzle/                    the migrations, read at start-up
//     web/dist/                   the built dashboard
// The native optional dependency pdf.js may use (@napi-rs/canvas) is the building machine's, hence the platform in the
// archive's name. The last line printed is the archive's path.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, buildWeb, webIsStale } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outDir = path.resolve(outIndex > 0 ? (process.argv[outIndex + 1] ?? 'release') : path.join(root, 'release'));

/** The CLIs of server/dist, as the release's npm scripts (the checkout's pnpm scripts of the same names). */
const CLI_SCRIPTS = {
  'user:create': 'node server/dist/user.cli.js create',
  'user:reset-password': 'node server/dist/user.cli.js reset-password',
  'plan:export': 'node server/dist/plan.cli.js export',
  'plan:import': 'node server/dist/plan.cli.js import',
};

const START_SH = `#!/bin/sh
# Starts Duban from this folder. Needs Node.js 20.12 or newer, nothing else: no registry, no pnpm, no TypeScript.
# Settings come from the environment (README: 配置); relative paths (DATA_DIR) are relative to this folder.
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 12) ? 0 : 1)'; then
  echo "督办需要 Node.js 20.12 或更高版本 (当前: $(node --version 2>/dev/null || echo 未安装))" >&2
  exit 1
fi
exec node "$here/server/dist/main.js" "$@"
`;

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function copy(from, to, filter) {
  fs.cpSync(path.join(root, from), to, { recursive: true, filter });
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

async function main() {
  const date = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  const version = `${date}-${git('rev-parse', '--short', 'HEAD') || 'local'}${git('status', '--porcelain') ? '-dirty' : ''}`;
  const name = `duban-${version}`;

  await buildServer();
  if (webIsStale()) buildWeb();

  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-release-'));
  const dir = path.join(stage, name);
  try {
    // The production dependencies, from the workspace's lockfile: a workspace of the manifests alone, installed
    // for the server only, without dev dependencies, from the local store.
    for (const file of ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'patches'])
      copy(file, path.join(dir, file));
    for (const pkg of ['server', 'web', 'test']) copy(`${pkg}/package.json`, path.join(dir, pkg, 'package.json'));
    run(
      'pnpm',
      ['install', '--prod', '--frozen-lockfile', '--prefer-offline', '--filter', '@duban/server', '--reporter=silent'],
      dir,
    );
    // Only the server's manifest stays: it says `"type": "module"` for server/dist.
    for (const file of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'patches', 'web/package.json', 'test']) {
      fs.rmSync(path.join(dir, file), { recursive: true, force: true });
    }
    const server = JSON.parse(fs.readFileSync(path.join(root, 'server/package.json'), 'utf8'));
    fs.writeFileSync(
      path.join(dir, 'server/package.json'),
      `${JSON.stringify({ name: server.name, private: true, type: 'module', dependencies: server.dependencies }, null, 2)}\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      `${JSON.stringify(
        {
          name: 'duban',
          version: `0.0.0-${version}`,
          private: true,
          description: 'Duban (督办), the release: compiled server, built dashboard, production dependencies',
          engines: { node: '>=20.12' },
          scripts: { start: 'sh start.sh', ...CLI_SCRIPTS },
        },
        null,
        2,
      )}\n`,
    );
    // emit-schema.js and pglite-template.cli.js are build tools (they write schema/ and the template in a checkout).
    const buildTool = /^(emit-schema|pglite-template\.cli)\.js/;
    copy('server/dist', path.join(dir, 'server/dist'), (src) => !buildTool.test(path.basename(src)));
    copy('server/plans', path.join(dir, 'server/plans'));
    copy('drizzle', path.join(dir, 'drizzle'));
    copy('web/dist', path.join(dir, 'web/dist'));
    fs.writeFileSync(path.join(dir, 'start.sh'), START_SH, { mode: 0o755 });

    fs.mkdirSync(outDir, { recursive: true });
    const archive = path.join(outDir, `${name}-${process.platform}-${process.arch}.tar.gz`);
    run('tar', ['-czf', archive, '-C', stage, name], root);
    const mb = (fs.statSync(archive).size / 1024 / 1024).toFixed(0);
    console.log(`release: ${mb} MB; install: tar -xzf ${path.basename(archive)} && ${name}/start.sh`);
    console.log(archive);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

await main();
