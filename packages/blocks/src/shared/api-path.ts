import { BlockError } from '@blocksmith/sdk';

declare const apiPathBrand: unique symbol;
declare const apiUrlBrand: unique symbol;

/** A path of a service's API in which every value put in stays one segment: made only by `apiPath`. */
export type ApiPath = string & { readonly [apiPathBrand]: true };
/** A service's address as `callProvider` takes it: made only by `apiUrl` or `givenUrl`. */
export type ApiUrl = URL & { readonly [apiUrlBrand]: true };

/** A value that is several segments on purpose (a file's path in a drive, a model's owner/name); each is checked alike. */
export class PathSegments {
  constructor(readonly segments: readonly string[]) {}
}

/** A slash-separated value as segments, e.g. `apiPath\`/v1/models/${segments(name)}/predictions\``. */
export function segments(path: string): PathSegments {
  const parts = path.split('/').filter((part) => part !== '');
  if (parts.length === 0) throw refusal('');
  return new PathSegments(parts);
}

const refusal = (value: string) =>
  new BlockError(
    'invalid_input',
    `${value.trim() === '' ? 'An empty id' : `The id "${value}"`} cannot name anything in the service's address: give the id or name of the thing itself.`,
    { retriable: false },
  );

function segment(value: string): string {
  if (value === '' || value === '.' || value === '..') throw refusal(value);
  return encodeURIComponent(value);
}

/**
 * A path of a service's API from its text and the values put in it, each value encoded as exactly one segment
 * (or as the segments of `segments()`). Ids often come from data — a model's answer, a webhook's body — and a
 * value like "../admin" or "1?force=true" must not become a call to another endpoint with the person's
 * credential; "", "." and "..", which no encoding keeps a segment, are refused.
 */
export function apiPath(text: TemplateStringsArray, ...values: (string | number | PathSegments)[]): ApiPath {
  let path = text[0] ?? '';
  values.forEach((value, i) => {
    const parts = value instanceof PathSegments ? value.segments : [String(value)];
    path += parts.map(segment).join('/') + (text[i + 1] ?? '');
  });
  return path as ApiPath;
}

/** Two paths one after the other, e.g. an item's address then what of it is asked for. */
export const joinPaths = (...paths: ApiPath[]): ApiPath => paths.join('') as ApiPath;

/**
 * A path some service's own rules encoded (S3's, for its signatures), taken once it is seen to stay as written:
 * no query or fragment, and no segment the address would read as "." or "..".
 */
export function checkedPath(encoded: string): ApiPath {
  const steps = encoded.split('/').some((part) => {
    const decoded = part.replace(/%2e/gi, '.');
    return decoded === '.' || decoded === '..';
  });
  if (steps || /[?#]/.test(encoded) || (encoded !== '' && !encoded.startsWith('/'))) throw refusal(encoded);
  return encoded as ApiPath;
}

/** A query parameter's value; a list repeats the parameter once per item (`statuses[]=a&statuses[]=b`). */
export type QueryValue = string | number | boolean | undefined | readonly string[];

/** A service's address: its base (a credential's or a block's, any trailing slash dropped), the path, then the query. */
export function apiUrl(base: string, path: ApiPath, query: Record<string, QueryValue> = {}): ApiUrl {
  const url = new URL(`${base.replace(/\/+$/, '')}${path}`);
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, item);
    else if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url as ApiUrl;
}

/** An address a person gave whole (an incoming webhook's URL in a credential): nothing is built into it. */
export const givenUrl = (address: string): ApiUrl => new URL(address) as ApiUrl;
