/**
 * Every unknown key in a value, by walking it beside its schema. Valibot's strict objects stop at the first
 * unknown key of each object; a site owner with two typos in one item should hear about both at once.
 */
import type * as v from 'valibot';
import type { PathSegment } from './problems.js';

interface SchemaShape {
  readonly type: string;
  readonly entries?: Readonly<Record<string, v.GenericSchema>>;
  readonly item?: v.GenericSchema;
  readonly wrapped?: v.GenericSchema;
}

/** Paths of the unknown keys, in document order. Recursion follows the schema, so it is at most five deep. */
export function findUnknownKeys(
  schema: v.GenericSchema,
  value: unknown,
  path: readonly PathSegment[],
): PathSegment[][] {
  const shape: SchemaShape = schema;
  if (shape.type === 'optional' && shape.wrapped !== undefined)
    return findUnknownKeys(shape.wrapped, value, path);
  if (shape.type === 'array' && shape.item !== undefined && Array.isArray(value)) {
    const item = shape.item;
    return value.flatMap((element, index) => findUnknownKeys(item, element, [...path, index]));
  }
  // A list in place of an object is a type problem, reported as such elsewhere; its indices are not keys.
  if (shape.type !== 'strict_object' || shape.entries === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const found: PathSegment[][] = [];
  const record = value as Record<string, unknown>;
  // `for…in`, like valibot, so that the two never disagree about which keys an object has.
  for (const key in record) {
    const entry = Object.hasOwn(shape.entries, key) ? shape.entries[key] : undefined;
    if (entry === undefined) found.push([...path, key]);
    else found.push(...findUnknownKeys(entry, record[key], [...path, key]));
  }
  return found;
}
