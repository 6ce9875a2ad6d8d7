import { z } from 'zod';

/**
 * The API's named schemas: each becomes a component of the OpenAPI document,
 * and so a named type of the web app's generated client.
 */
export const apiSchemas = z.registry<{ id: string }>();

const ids = new Set<string>();

/** Names a schema of the API; answers that contain it refer to it by name. */
export function named<S extends z.ZodType>(id: string, schema: S): S {
  if (ids.has(id)) throw new Error(`Two API schemas are named ${id}.`);
  ids.add(id);
  apiSchemas.add(schema, { id });
  return schema;
}

export const isNamed = (id: string): boolean => ids.has(id);

export const componentRef = (id: string): string => `#/components/schemas/${id}`;
