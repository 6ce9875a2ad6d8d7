import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A library loaded the first time a block uses it, not when the block library is: loading every
 * library every block might use took most of `blocksmith run`'s start (HTML parsing, mail, SQL
 * drivers). These libraries ship CommonJS, so they load synchronously and their callers stay
 * synchronous; the model and MCP SDKs, used only in async code, are imported there instead.
 */
export function loadLater<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
