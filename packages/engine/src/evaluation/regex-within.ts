import { runInNewContext } from 'node:vm';

/** Long enough for any sensible pattern on an agent's output; a pattern that backtracks for ages is stopped instead of stalling the server. */
const REGEX_BUDGET_MS = 200;

/** Patterns that ran over the budget, in this process; the oldest give way. */
const RUNAWAY = new Set<string>();
const RUNAWAY_KEPT = 1000;

/**
 * Whether `pattern` matches `text`, with a time budget: patterns are a user's, and one that backtracks
 * catastrophically would block every run of the process. V8 interrupts a regular expression at the
 * budget, which a plain `RegExp.test` never is.
 */
export function regexMatches(pattern: string, flags: string, text: string): boolean {
  const key = `${flags}/${pattern}`;
  // Each try of a runaway pattern holds the process for the whole budget: a dataset of thousands of cases would hold it for minutes.
  if (RUNAWAY.has(key))
    throw new Error(
      `The pattern /${pattern}/ ran over ${REGEX_BUDGET_MS} ms before, so it is not tried again; simplify it (nested repeats like (a+)+ backtrack without end).`,
    );
  const regex = new RegExp(pattern, flags);
  try {
    return runInNewContext('regex.test(text)', { regex, text }, { timeout: REGEX_BUDGET_MS }) as boolean;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      if (RUNAWAY.size >= RUNAWAY_KEPT) RUNAWAY.delete(RUNAWAY.values().next().value!);
      RUNAWAY.add(key);
      throw new Error(
        `The pattern /${pattern}/ took longer than ${REGEX_BUDGET_MS} ms on this output; simplify it (nested repeats like (a+)+ backtrack without end).`,
        { cause: error },
      );
    }
    throw error;
  }
}

/** A message naming what is wrong with a pattern, or undefined when it compiles. */
export function regexProblem(pattern: string, flags = 'u'): string | undefined {
  try {
    new RegExp(pattern, flags);
    return undefined;
  } catch (error) {
    return `/${pattern}/ is not a valid regular expression: ${(error as Error).message}`;
  }
}
