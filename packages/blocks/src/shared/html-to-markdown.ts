import TurndownService from 'turndown';

/** One converter for every block that turns HTML into Markdown, so they all write it the same way. */
const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });

export const htmlToMarkdown = (html: string): string => turndown.turndown(html).trim();
