import { linkedom } from '../shared/linkedom.ts';

/** One item of an RSS or Atom feed, in one shape whatever the format. */
export interface FeedItem {
  id: string;
  title: string;
  link: string;
  published: string;
  summary: string;
}

type XmlElement = {
  querySelector(s: string): XmlElement | null;
  querySelectorAll(s: string): Iterable<XmlElement>;
  textContent: string | null;
  getAttribute(n: string): string | null;
};

const text = (parent: XmlElement, selector: string): string => parent.querySelector(selector)?.textContent?.trim() ?? '';

/** The items of an RSS 2.0 or Atom feed, in feed order; undefined when the text is neither. */
export function parseFeed(xml: string): { title: string; items: FeedItem[] } | undefined {
  const doc = new (linkedom().DOMParser)().parseFromString(xml, 'text/xml') as unknown as XmlElement;
  const channel = doc.querySelector('rss > channel') ?? doc.querySelector('channel');
  if (channel) {
    const items = [...channel.querySelectorAll('item')].map((item) => {
      const link = text(item, 'link');
      return {
        id: text(item, 'guid') || link || text(item, 'title'),
        title: text(item, 'title'),
        link,
        published: text(item, 'pubDate'),
        summary: text(item, 'description'),
      };
    });
    return { title: text(channel, 'title'), items };
  }
  const feed = doc.querySelector('feed');
  if (!feed) return undefined;
  const items = [...feed.querySelectorAll('entry')].map((entry) => {
    const links = [...entry.querySelectorAll('link')];
    const link = (links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0])?.getAttribute('href') ?? '';
    return {
      id: text(entry, 'id') || link,
      title: text(entry, 'title'),
      link,
      published: text(entry, 'published') || text(entry, 'updated'),
      summary: text(entry, 'summary') || text(entry, 'content'),
    };
  });
  return { title: text(feed, 'title'), items };
}
