import { z } from 'zod';

/**
 * A file's name as people and blocks give it: one name, no folders, no control
 * characters (a NUL or newline breaks downloads and the tools people open them with).
 * `missing` is the message when there is none, saying where to give it.
 */
export function fileNameSchema(missing = 'give the file a name, e.g. report.csv') {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(200)
    .regex(/^[^/\\\p{Cc}]+$/u, 'must be a file name without folders or control characters');
}
