/** The text of a Google Docs document body: its paragraphs' runs, tables cell by cell. */
export function documentText(content: unknown[] | undefined): string {
  let text = '';
  for (const element of (content ?? []) as {
    paragraph?: { elements?: { textRun?: { content?: string } }[] };
    table?: { tableRows?: { tableCells?: { content?: unknown[] }[] }[] };
  }[]) {
    for (const run of element.paragraph?.elements ?? []) text += run.textRun?.content ?? '';
    for (const row of element.table?.tableRows ?? []) text += `${(row.tableCells ?? []).map((cell) => documentText(cell.content).trim()).join('\t')}\n`;
  }
  return text;
}

export const documentId = /^[\w-]{20,100}$/;
