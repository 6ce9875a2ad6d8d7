/**
 * How a run is named on screen: the end of its id. Run ids are time-ordered (UUIDv7): their
 * first characters are the time they were made, the same for every run of the same minute,
 * while their end is random, so two runs never show the same label.
 */
export function runLabel(runId: string): string {
  return runId.replace(/-/g, '').slice(-8);
}
