import {
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { DomainError } from '../shared/errors';
import { type InputKind, inputProblem, kindOfName } from '../shared/input-rules';

/** Checks one argument's value; throws BAD_USER_INPUT naming the field at fault. */
type Check = (value: unknown, path: string) => void;

/**
 * The one input gate: every argument of every field of the schema (queries, mutations, subscriptions and the
 * fields of object types alike) passes the rules of shared/input-rules.ts before its resolver runs. It is derived
 * from the schema when it is built, so a new argument is covered without anyone remembering to call it: ids are
 * parsed strictly, codes checked against their pattern, and no string reaches a service with a control character,
 * a lone surrogate or more characters than its kind allows.
 */
export function gateInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const check = argumentsCheck(`${type.name}.${field.name}`, field.args);
      if (!check) continue;
      guard(field, 'resolve', check);
      if (field.subscribe) guard(field, 'subscribe', check);
    }
  }
  return schema;
}

function guard(
  field: GraphQLField<unknown, unknown>,
  hook: 'resolve' | 'subscribe',
  check: (args: Record<string, unknown>) => void,
) {
  const inner: GraphQLFieldResolver<unknown, unknown> = field[hook] ?? defaultFieldResolver;
  field[hook] = (source, args, context, info) => {
    check(args);
    return inner(source, args, context, info);
  };
}

function argumentsCheck(
  coordinate: string,
  args: readonly GraphQLArgument[],
): ((args: Record<string, unknown>) => void) | null {
  const checks = args.flatMap((arg) => {
    const check = checkOf(arg.type, arg.name, `${coordinate}.${arg.name}`, new Map());
    return check ? [{ name: arg.name, check }] : [];
  });
  if (checks.length === 0) return null;
  return (values) => {
    for (const { name, check } of checks) check(values[name], name);
  };
}

/** A check for a value of `type` named `name`, or null when the type carries no string to check. */
function checkOf(
  type: GraphQLInputType,
  name: string,
  coordinate: string,
  seen: Map<string, Check | null>,
): Check | null {
  if (isNonNullType(type)) return checkOf(type.ofType, name, coordinate, seen);
  if (isListType(type)) {
    const item = checkOf(type.ofType, name, coordinate, seen);
    if (!item) return null;
    return (value, path) => {
      if (!Array.isArray(value)) return;
      for (const [i, v] of value.entries()) item(v, `${path}.${i}`);
    };
  }
  const named = getNamedType(type);
  if (isScalarType(named)) {
    if (named.name === 'ID') return stringCheck('id');
    if (named.name === 'String') return stringCheck(kindOfName(name, coordinate));
    // Custom scalars (dates) parse their own values; JSON scalars carry strings of any kind.
    if (named.name.startsWith('JSON')) return jsonCheck;
    return null;
  }
  if (isInputObjectType(named)) {
    if (seen.has(named.name)) {
      return (value, path) => seen.get(named.name)?.(value, path);
    }
    seen.set(named.name, null);
    const fields = Object.values(named.getFields()).flatMap((f) => {
      const check = checkOf(f.type, f.name, `${named.name}.${f.name}`, seen);
      return check ? [{ name: f.name, check }] : [];
    });
    const check: Check | null =
      fields.length === 0
        ? null
        : (value, path) => {
            if (value == null || typeof value !== 'object') return;
            for (const f of fields) f.check((value as Record<string, unknown>)[f.name], `${path}.${f.name}`);
          };
    seen.set(named.name, check);
    return check;
  }
  return null;
}

function stringCheck(kind: InputKind): Check {
  return (value, path) => {
    if (typeof value !== 'string') return;
    const problem = inputProblem(kind, value);
    if (problem) throw new DomainError('BAD_USER_INPUT', { field: path, ...problem });
  };
}

function jsonCheck(value: unknown, path: string): void {
  if (typeof value === 'string') {
    stringCheck('text')(value, path);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) jsonCheck(v, `${path}.${i}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      stringCheck('line')(key, path);
      jsonCheck(v, `${path}.${key}`);
    }
  }
}
