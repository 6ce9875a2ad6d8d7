import type { FastifyRequest } from 'fastify';
import { ApiError } from './error-wire.ts';

/**
 * Deep enough for any graph or payload people send; past it, a body is an
 * attack on the code that walks it later (recursive copies, JSON.stringify).
 */
export const MAX_JSON_DEPTH = 256;
const LONE_SURROGATE = /\p{Cs}/u;

interface Visit {
  value: unknown;
  key: string;
  depth: number;
  parent: Visit | undefined;
}

/** `body.a.b…` for a visit, its first segments only (a path 256 levels long helps nobody). */
function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | undefined = visit; at; at = at.parent) keys.push(at.key);
  keys.reverse();
  return keys.length > 8 ? `${keys.slice(0, 6).join('.')}…` : keys.join('.');
}

/**
 * What makes a parsed JSON body unfit to keep, and where: nesting deeper than
 * MAX_JSON_DEPTH, or a string or key holding half of a UTF-16 surrogate pair
 * (JSON allows the escape; stored as UTF-8 it would silently become U+FFFD).
 * Iterative, so a 100 000-deep body cannot overflow the stack here.
 */
export function jsonBodyProblem(body: unknown): string | undefined {
  const stack: Visit[] = [{ value: body, key: 'body', depth: 0, parent: undefined }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value } = visit;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return `${pathOf(visit)}: holds half of a UTF-16 surrogate pair (e.g. \\ud83d alone); send well-formed Unicode.`;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (visit.depth >= MAX_JSON_DEPTH) return `${pathOf(visit)}: nested deeper than ${MAX_JSON_DEPTH} levels; flatten the value.`;
    for (const [key, child] of Object.entries(value)) {
      const next = { value: child, key, depth: visit.depth + 1, parent: visit };
      if (LONE_SURROGATE.test(key)) return `${pathOf(next)}: the key holds half of a UTF-16 surrogate pair; send well-formed Unicode.`;
      stack.push(next);
    }
  }
  return undefined;
}

/** A preValidation hook: JSON bodies (not uploads, which arrive as bytes) are checked before any route reads them. */
export async function refuseUnsoundJson(request: FastifyRequest): Promise<void> {
  if (request.body === undefined || Buffer.isBuffer(request.body)) return;
  const problem = jsonBodyProblem(request.body);
  if (problem) throw new ApiError(400, 'invalid_body', `The request body is invalid: ${problem}`);
}
