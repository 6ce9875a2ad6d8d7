import type { PinRef } from './pin.ts';
import type { JsonSchema } from './json-schema.ts';
import { ownProperty } from './own-property.ts';

/*
 * Pure JSON-Schema logic with no imports at run time, so the web editor can
 * check connections exactly as the engine validates links.
 */
type TypeSet = Set<string> | 'any';

/** The JSON types a schema admits, or 'any' when it does not constrain them. */
export function schemaTypes(schema: JsonSchema | undefined): TypeSet {
  if (!schema || typeof schema !== 'object') return 'any';
  const type = schema.type;
  if (typeof type === 'string') return new Set([type]);
  if (Array.isArray(type)) return new Set(type as string[]);
  const variants = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(variants)) {
    const all = new Set<string>();
    for (const variant of variants) {
      const types = schemaTypes(variant);
      if (types === 'any') return 'any';
      for (const t of types) all.add(t);
    }
    return all;
  }
  const values = 'const' in schema ? [schema.const] : (schema.enum as unknown[] | undefined);
  if (Array.isArray(values)) return new Set(values.map(jsonTypeOf));
  return 'any';
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Whether a value of the source type can ever satisfy the sink type. */
export function typesCompatible(source: JsonSchema | undefined, sink: JsonSchema | undefined): boolean {
  const from = schemaTypes(source);
  const to = schemaTypes(sink);
  if (from === 'any' || to === 'any') return true;
  for (const t of from) {
    if (to.has(t)) return true;
    if (t === 'integer' && to.has('number')) return true;
    if (t === 'number' && to.has('integer')) return true;
  }
  return false;
}

export function describeTypes(schema: JsonSchema | undefined): string {
  const types = schemaTypes(schema);
  return types === 'any' ? 'any' : [...types].join(' | ');
}

/**
 * Schema of what a link may deliver into a sink pin: the input's own schema,
 * or for `items[i]` / `values.key` the element or value schema. `undefined`
 * means any value; `null` means the input is not a list (or object), so the
 * composite pin does not exist.
 */
export function sinkPinSchema(inputSchema: JsonSchema, pin: PinRef): JsonSchema | undefined | null {
  if (pin.kind === 'plain') return inputSchema;
  const variants = [inputSchema, ...(((inputSchema.anyOf ?? inputSchema.oneOf) as JsonSchema[] | undefined) ?? [])];
  const isAny = variants.length === 1 && inputSchema.type === undefined && !inputSchema.anyOf && !inputSchema.oneOf;
  if (isAny) return undefined;
  for (const variant of variants) {
    if (pin.kind === 'element' && variant.type === 'array') return variant.items as JsonSchema | undefined;
    if (pin.kind === 'key' && variant.type === 'object') {
      const properties = variant.properties as Record<string, JsonSchema> | undefined;
      const additional = variant.additionalProperties;
      return ownProperty(properties, pin.key) ?? (typeof additional === 'object' ? (additional as JsonSchema) : undefined);
    }
  }
  return null;
}
