import { BlockError } from '@blocksmith/sdk';

/** Compiles a user pattern, turning a syntax error into a message that names the pattern. */
export function compileRegex(pattern: string, flags: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    throw new BlockError('invalid_input', `Pattern /${pattern}/${flags} is not a valid regular expression: ${(error as Error).message}.`);
  }
}
