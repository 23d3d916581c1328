// `pnpm lint:deps`: the dependency rules of docs/ARCHITECTURE.md, checked with dependency-cruiser.
// One cruise of server/src and web: the file-level rules of .dependency-cruiser.cjs (deep imports, ui → modules,
// web → server, realtime → modules, file cycles), then cycles between modules as wholes (server/src/modules/<a>,
// web/src/modules/<a>), which no single file need close: a → b through one file and b → a through another.
import { cruise, format } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const tsConfig = extractTSConfig(options.tsConfig.fileName);
const { output } = await cruise(['server/src', 'web'], options, undefined, { tsConfig });

const report = await format(output, { outputType: 'err' });
let failed = report.exitCode > 0;
if (failed) process.stdout.write(report.output);

const MODULE = /^((?:server|web)\/src\/modules\/[^/]+)\//;
const edges = new Map(); // module → Map(module → 'from → to', the first file edge seen)
for (const { source, dependencies } of output.modules) {
  const from = MODULE.exec(source)?.[1];
  // Tables reference each other's tables for foreign keys: the schema layer that db/schema.ts loads alone. Their
  // edges are not module dependencies (events.actor_id → users.id does not make `event` depend on `user`); cycles
  // among the table files themselves are still caught by no-cycle above. The event catalogue is the type of
  // events.payload: it names other modules' rows with type-only imports (rule catalogue-imports-types-only).
  if (!from || source.endsWith('.table.ts') || source.endsWith('.catalogue.ts')) continue;
  for (const { resolved } of dependencies) {
    const to = MODULE.exec(resolved)?.[1];
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${source} → ${resolved}`);
  }
}

// Tarjan's strongly connected components: every component of more than one module is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const components = [];
function visit(node) {
  state.set(node, { index, low: index, onStack: true });
  index += 1;
  stack.push(node);
  for (const next of edges.get(node)?.keys() ?? []) {
    if (!state.has(next)) {
      visit(next);
      state.get(node).low = Math.min(state.get(node).low, state.get(next).low);
    } else if (state.get(next).onStack) {
      state.get(node).low = Math.min(state.get(node).low, state.get(next).index);
    }
  }
  if (state.get(node).low === state.get(node).index) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      state.get(member).onStack = false;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) components.push(component.sort());
  }
}
for (const node of edges.keys()) if (!state.has(node)) visit(node);

for (const component of components) {
  failed = true;
  const inside = new Set(component);
  console.log(`\n  error no-module-cycle: ${component.join(' ↔ ')}`);
  for (const from of component) {
    for (const [to, via] of edges.get(from) ?? []) if (inside.has(to)) console.log(`      ${via}`);
  }
}
if (components.length > 0) {
  console.log(
    `\nx ${components.length} module cycle(s): move what both modules need down to the lower one, ` +
      'or to shared/ (server) or lib/ (web).',
  );
}
if (!failed) console.log(`✔ dependency rules hold (${output.summary.totalCruised} modules cruised)`);
process.exit(failed ? 1 : 0);
