/** Known ids close to a mistyped one (edit distance ≤ 3, or sharing the last segment), best first. */
export function closestIds(id: string, known: Iterable<string>, limit = 3): string[] {
  const tail = id.split('.').pop() ?? id;
  return [...known]
    .map((candidate) => ({ candidate, distance: editDistance(id, candidate) }))
    .filter(({ candidate, distance }) => distance <= 3 || candidate.split('.').pop() === tail)
    .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
