import { z } from 'zod';
import { canonicalJson } from '../run/replay-log.ts';
import type { LocalEvaluatorSpec, OutputScore } from './evaluator.ts';
import { regexMatches } from './regex-within.ts';

/** Values quoted in reasons are cut here: a reason says what differs, it does not repeat a long output. */
const QUOTE_CHARS = 120;

const quote = (value: unknown): string => {
  const text = value === undefined ? 'nothing' : typeof value === 'string' ? JSON.stringify(value) : canonicalJson(value);
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
};

const asText = (value: unknown): string => (typeof value === 'string' ? value : value === undefined ? '' : canonicalJson(value));

/** Model outputs are often JSON in a string: structural evaluators read it as the value it holds. */
const asJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

type Scored = Omit<OutputScore, 'output' | 'evaluator'>;
const scored = (score: number, reason: string): Scored => ({ score: Math.min(1, Math.max(0, score)), reason });

/**
 * Scores one output of one case with an evaluator that needs no run: exact, contains, regex, JSON
 * subset, number, JSON Schema. Undefined when the evaluator compares with the case's expectation and
 * the case has none for this output (the output is not scored in that case).
 */
export function scoreOutput(spec: LocalEvaluatorSpec, actual: unknown, expectation: { has: boolean; value: unknown }): OutputScore | undefined {
  const result = scoreWith(spec, actual, expectation);
  return result && { output: spec.output, evaluator: spec.kind, ...result };
}

function scoreWith(spec: LocalEvaluatorSpec, actual: unknown, expectation: { has: boolean; value: unknown }): Scored | undefined {
  const expected = expectation.value;
  switch (spec.kind) {
    case 'exact': {
      if (!expectation.has) return undefined;
      const text = (v: unknown) => {
        let t = asText(v);
        if (spec.trim) t = t.trim();
        return spec.ignoreCase ? t.toLowerCase() : t;
      };
      const same =
        typeof expected === 'string' || typeof actual === 'string' ? text(actual) === text(expected) : canonicalJson(actual) === canonicalJson(expected);
      return same ? scored(1, 'Matches the expectation.') : scored(0, `Expected ${quote(expected)}, got ${quote(actual)}.`);
    }
    case 'contains': {
      if (!expectation.has) return undefined;
      const wanted = (Array.isArray(expected) ? expected : [expected]).map(asText);
      const fold = (t: string) => (spec.ignoreCase ? t.toLowerCase() : t);
      const haystack = fold(asText(actual));
      const missing = wanted.filter((part) => !haystack.includes(fold(part)));
      if (wanted.length === 0) return scored(1, 'Nothing to look for.');
      return missing.length === 0
        ? scored(1, `Contains ${wanted.map(quote).join(', ')}.`)
        : scored((wanted.length - missing.length) / wanted.length, `Does not contain ${missing.map(quote).join(', ')}.`);
    }
    case 'regex': {
      const pattern = spec.pattern ?? (expectation.has ? expected : undefined);
      if (pattern === undefined) return undefined;
      if (typeof pattern !== 'string') return scored(0, `The expectation must be a pattern (text) for a regex evaluator, not ${quote(pattern)}.`);
      try {
        return regexMatches(pattern, spec.ignoreCase ? 'iu' : 'u', asText(actual))
          ? scored(1, `Matches /${pattern}/.`)
          : scored(0, `${quote(actual)} does not match /${pattern}/.`);
      } catch (error) {
        return scored(0, (error as Error).message);
      }
    }
    case 'json_subset': {
      if (!expectation.has) return undefined;
      const { matched, total, firstMiss } = subsetMatch(expected, asJson(actual), '$');
      if (matched === total) return scored(1, 'Holds every expected value.');
      return scored(total === 0 ? 0 : matched / total, `${matched} of ${total} expected values match; first difference at ${firstMiss}.`);
    }
    case 'number': {
      if (!expectation.has) return undefined;
      const want = Number(expected);
      const got = typeof actual === 'number' ? actual : typeof actual === 'string' && actual.trim() !== '' ? Number(actual) : Number.NaN;
      if (!Number.isFinite(want)) return scored(0, `The expectation ${quote(expected)} is not a number.`);
      if (!Number.isFinite(got)) return scored(0, `${quote(actual)} is not a number.`);
      const allowed = spec.relative ? Math.abs(want) * spec.tolerance : spec.tolerance;
      const off = Math.abs(got - want);
      return off <= allowed
        ? scored(1, `${got} is within ${allowed} of ${want}.`)
        : scored(0, `${got} is ${off} away from ${want}; at most ${allowed} passes.`);
    }
    case 'json_schema': {
      const schema = spec.schema ?? (expectation.has ? expected : undefined);
      if (schema === undefined) return undefined;
      let validator: z.ZodType;
      try {
        validator = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
      } catch (error) {
        return scored(0, `The JSON Schema cannot be used: ${(error as Error).message}.`);
      }
      const parsed = validator.safeParse(asJson(actual));
      if (parsed.success) return scored(1, 'Matches the JSON Schema.');
      const issue = parsed.error.issues[0]!;
      return scored(0, `Does not match the JSON Schema${issue.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue.message}.`);
    }
  }
}

/** How many of the expected leaves `actual` holds: objects by key (extra keys allowed), arrays by position, the rest equal. */
function subsetMatch(expected: unknown, actual: unknown, at: string): { matched: number; total: number; firstMiss?: string } {
  if (expected !== null && typeof expected === 'object') {
    const entries: [string, unknown][] = Array.isArray(expected) ? expected.map((v, i) => [String(i), v]) : Object.entries(expected);
    if (entries.length === 0) {
      const fits = actual !== null && typeof actual === 'object' && Array.isArray(actual) === Array.isArray(expected);
      return fits ? { matched: 1, total: 1 } : { matched: 0, total: 1, firstMiss: at };
    }
    let matched = 0;
    let total = 0;
    let firstMiss: string | undefined;
    const container =
      actual !== null && typeof actual === 'object' && Array.isArray(actual) === Array.isArray(expected) ? (actual as Record<string, unknown>) : undefined;
    for (const [key, value] of entries) {
      const path = Array.isArray(expected) ? `${at}[${key}]` : `${at}.${key}`;
      const inner = subsetMatch(value, container && Object.hasOwn(container, key) ? container[key] : undefined, path);
      matched += inner.matched;
      total += inner.total;
      firstMiss ??= inner.firstMiss;
    }
    return { matched, total, ...(firstMiss !== undefined ? { firstMiss } : {}) };
  }
  return canonicalJson(expected) === canonicalJson(actual) ? { matched: 1, total: 1 } : { matched: 0, total: 1, firstMiss: at };
}
