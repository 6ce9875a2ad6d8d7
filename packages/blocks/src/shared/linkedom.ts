import { loadLater } from './load-later.ts';

/** linkedom, the HTML and XML parser of the web, feed and text blocks, loaded by the first of them that parses. */
export const linkedom = loadLater<typeof import('linkedom')>('linkedom');
