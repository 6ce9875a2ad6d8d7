import type TurndownService from 'turndown';
import { loadLater } from './load-later.ts';

/** One converter for every block that turns HTML into Markdown, so they all write it the same way. */
const turndownService = loadLater<typeof TurndownService>('turndown');
let converter: TurndownService | undefined;
const turndown = (): TurndownService => (converter ??= new (turndownService())({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' }));

export const htmlToMarkdown = (html: string): string => turndown().turndown(html).trim();
