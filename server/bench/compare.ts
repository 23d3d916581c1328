import { isDeepStrictEqual } from 'node:util';

/** How the floor's plan graph differs from ours, if it does. */
export interface GraphComparison {
  equal: boolean;
  /** Keys of `data.plan` whose values differ (or that only one side has). */
  differingKeys: string[];
  /** The first differing path and both values, shortened, to start a diagnosis from. */
  firstDifference: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shorten(value: Json | undefined): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** The first path at which two JSON values differ, depth first in `a`'s key order. */
function firstDifference(a: Json | undefined, b: Json | undefined, path: string): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
  }
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ours ${shorten(a)} vs floor ${shorten(b)}`;
}

/**
 * Compares parsed response bodies, not text: Postgres writes json with spaces (`"a" : 1`) where GraphQL writes
 * none, and key order is not part of JSON's meaning.
 */
export function compareGraphs(oursText: string, floorText: string): GraphComparison {
  const ours = JSON.parse(oursText) as Json;
  const floor = JSON.parse(floorText) as Json;
  const planOf = (body: Json): Json | undefined => (isObject(body) && isObject(body.data) ? body.data.plan : undefined);
  const oursPlan = planOf(ours);
  const floorPlan = planOf(floor);
  const differingKeys =
    isObject(oursPlan) && isObject(floorPlan)
      ? [...new Set([...Object.keys(oursPlan), ...Object.keys(floorPlan)])].filter(
          (key) => !isDeepStrictEqual(oursPlan[key], floorPlan[key]),
        )
      : isDeepStrictEqual(oursPlan, floorPlan)
        ? []
        : ['(plan)'];
  const equal = isDeepStrictEqual(ours, floor);
  return { equal, differingKeys, firstDifference: equal ? null : firstDifference(ours, floor, '') };
}
