/** Splits a text into pieces of at most `size` characters, at paragraph, then sentence, then word bounds where it can. */
export function chunkText(text: string, size: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > size) {
    const window = rest.slice(0, size);
    const bound = [window.lastIndexOf('\n\n'), window.lastIndexOf('. '), window.lastIndexOf(' ')].find((i) => i > size / 2);
    const end = bound === undefined ? size : bound + 1;
    chunks.push(rest.slice(0, end).trim());
    rest = rest.slice(end).trim();
  }
  if (rest) chunks.push(rest);
  return chunks;
}
