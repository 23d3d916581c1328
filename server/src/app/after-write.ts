import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestScope } from '../shared/request-scope';

/**
 * After each mutation's resolver the request starts over as if new (RequestScope.renew: its standing read again,
 * its loaders emptied): the fields of the answer (a measure's warning, its roll-up) are resolved after the write
 * committed and must show it, neither from the derived state shared by the requests of before it nor from what the
 * request's own loaders read before the write (which would also end up shared). Wrapped when the schema is built,
 * so no mutation can forget.
 */
export function restandAfterMutations(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const inner = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, context: { scope?: RequestScope }, info) => {
      try {
        return await inner(source, args, context, info);
      } finally {
        context.scope?.renew();
      }
    };
  }
  return schema;
}
