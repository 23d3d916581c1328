import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:graphql-document/';
const RESOLVED = `\0${PREFIX}`;
/** One generated document per line of src/gql/graphql.ts: `export const XDocument = {…} as unknown as DocumentNode<…>;` */
const DOCUMENT_LINE = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*$/gm;
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const FIRST_DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;

/** The export of src/gql/graphql.ts that codegen's client preset makes for a document's first definition. */
export function documentExport(source: string): string | null {
  const found = FIRST_DEFINITION.exec(source);
  if (!found) return null;
  return found[1] === 'fragment' ? `${found[2]}FragmentDoc` : `${found[2]}Document`;
}

/**
 * In the build, every `graphql(`…`)` call of src/ becomes the document it names, each in a module of its own, so that
 * a page's chunk carries its own documents and nothing else. Codegen's `graphql()` looks its argument up in a map of
 * every document of the app (src/gql/gql.ts), which put them all (about 270 KiB raw) in the chunk every route loads.
 * The same object as `graphql()` returns, taken from the generated src/gql/graphql.ts; the types still come from
 * `graphql()`'s overloads. A call whose document is missing there (codegen not run) fails the build.
 */
export function graphqlDocuments(): Plugin {
  let root = '';
  let documents = new Map<string, string>();
  return {
    name: 'duban-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const generated = readFileSync(path.join(root, 'src', 'gql', 'graphql.ts'), 'utf8');
      documents = new Map([...generated.matchAll(DOCUMENT_LINE)].map((m) => [m[1] as string, m[2] as string]));
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const json = documents.get(name);
      if (json === undefined) this.error(`src/gql/graphql.ts has no ${name}: run pnpm codegen`);
      return `export default ${json};`;
    },
    transform(code, id) {
      const file = path.relative(path.join(root, 'src'), id.split('?')[0] ?? id);
      if (file.startsWith('..') || file.startsWith(`gql${path.sep}`) || !/\.tsx?$/.test(file)) return null;
      if (!code.includes('graphql(')) return null;
      const used = new Set<string>();
      const replaced = code.replace(GRAPHQL_CALL, (call, source: string) => {
        const name = documentExport(source);
        if (!name || !documents.has(name)) this.error(`${file}: no generated document for ${call.slice(0, 80)}`);
        used.add(name);
        return `__document_${name}`;
      });
      if (used.size === 0) return null;
      const imports = [...used].map((name) => `import __document_${name} from '${PREFIX}${name}';`).join('');
      // Prepended on the first line, so that the source's line numbers stay as they were.
      return { code: imports + replaced, map: null };
    },
  };
}
