/**
 * Splits a text into pieces of at most `size` characters, at paragraph, then sentence, then word bounds where
 * it can. With `overlap`, each piece after the first starts with about that many characters of the one
 * before (from a word bound), so a sentence cut at a bound is whole in one of them.
 */
export function chunkText(text: string, size: number, overlap = 0): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > size) {
    const window = rest.slice(0, size);
    const bound = [window.lastIndexOf('\n\n'), window.lastIndexOf('. '), window.lastIndexOf(' ')].find((i) => i > size / 2);
    const end = bound === undefined ? size : bound + 1;
    chunks.push(rest.slice(0, end).trim());
    // The overlap starts at a word bound within it, and never takes the piece's whole length (the text must move on).
    const back = Math.min(overlap, Math.floor(end / 2));
    const space = back > 0 ? rest.indexOf(' ', end - back) : -1;
    const from = space >= 0 && space < end ? space + 1 : end;
    rest = rest.slice(from).trim();
  }
  if (rest) chunks.push(rest);
  return chunks;
}
