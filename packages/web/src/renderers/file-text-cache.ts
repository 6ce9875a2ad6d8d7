/** Texts kept at most, in UTF-16 units (about twice the bytes): enough for back and forth through a chat's artifacts. */
const MAX_CHARS = 40_000_000;

/**
 * File texts fetched for previews, by URL, so going back and forth in the
 * artifact panel fetches each once; the oldest go first when it is full.
 * Cleared when the copilot session changes, so one chat never shows another's.
 */
export class FileTextCache {
  private readonly texts = new Map<string, string>();
  private chars = 0;
  private session: string | undefined;

  constructor(private readonly maxChars = MAX_CHARS) {}

  get(url: string): string | undefined {
    return this.texts.get(url);
  }

  set(url: string, text: string): void {
    if (text.length > this.maxChars) return;
    this.delete(url);
    this.texts.set(url, text);
    this.chars += text.length;
    for (const oldest of this.texts.keys()) {
      if (this.chars <= this.maxChars) break;
      this.delete(oldest);
    }
  }

  /** The copilot session now shown: a change empties the cache before anything of the new one shows. */
  enterSession(sessionId: string | undefined): void {
    if (sessionId === this.session) return;
    this.session = sessionId;
    this.clear();
  }

  clear(): void {
    this.texts.clear();
    this.chars = 0;
  }

  get size(): number {
    return this.texts.size;
  }

  private delete(url: string): void {
    const text = this.texts.get(url);
    if (text === undefined) return;
    this.chars -= text.length;
    this.texts.delete(url);
  }
}

/** The one cache of the app. */
export const fileTextCache = new FileTextCache();
