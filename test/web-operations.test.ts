import { type DocumentNode, Kind, parse, print, validate, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMITS, validationRules } from '../server/src/app/armor';
import { getSchema } from '../server/src/app/build-schema';
import * as generated from '../web/src/gql/graphql';

/** What urql sends: every selection set gains __typename (graphcache needs it), which costs like any scalar. */
function asSent(doc: DocumentNode): DocumentNode {
  return visit(parse(print(doc)), {
    SelectionSet(node) {
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
      return { ...node, selections: [...node.selections, typename] };
    },
  });
}

const operations = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    entry[0].endsWith('Document') &&
    typeof entry[1] === 'object' &&
    entry[1] !== null &&
    'definitions' in entry[1] &&
    (entry[1] as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
);

describe('the dashboard’s operations pass the server’s request limits', () => {
  it('finds the operations', () => {
    expect(operations.map(([name]) => name)).toEqual(expect.arrayContaining(['DeskDocument', 'PlanLiveDocument']));
  });

  // A page whose query grows past a limit (cost, depth, aliases) fails only in the browser: check each here.
  for (const [name, doc] of operations) {
    it(`${name.replace(/Document$/, '')} is within depth ${LIMITS.maxDepth} and cost ${LIMITS.maxCost}`, async () => {
      const errors = validate(await getSchema(), asSent(doc), validationRules(false));
      expect(errors.map((e) => e.message)).toEqual([]);
    });
  }
});
