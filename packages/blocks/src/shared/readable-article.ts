import type { Readability } from '@mozilla/readability';
import { htmlToMarkdown } from './html-to-markdown.ts';
import type { linkedom } from './linkedom.ts';
import { loadLater } from './load-later.ts';

const readability = loadLater<{ Readability: typeof Readability }>('@mozilla/readability');

type PageDocument = ReturnType<ReturnType<typeof linkedom>['parseHTML']>['document'];

/**
 * The readable part of a page — the article, without navigation, ads and scripts — as markdown, with the
 * title, byline and excerpt Readability found; the whole body when it finds no article. It changes the
 * document it reads. What a model is given of a page, and what a knowledge base indexes of one.
 */
export function readableArticle(document: PageDocument): { markdown: string; title: string; byline: string; excerpt: string } {
  // linkedom's document is what Readability reads; its DOM types are not in this package's libraries.
  const article = new (readability().Readability)(document as never).parse();
  return {
    markdown: htmlToMarkdown(article?.content ?? document.body?.innerHTML ?? ''),
    title: (article?.title || document.title || '').trim(),
    byline: (article?.byline ?? '').trim(),
    excerpt: (article?.excerpt ?? '').trim(),
  };
}
