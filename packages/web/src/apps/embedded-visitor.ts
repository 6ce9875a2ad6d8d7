/** Where an embedded app page keeps its visitor's secret: this browser's storage for the embedding site. */
const STORAGE_KEY = 'blocksmith.app-visitor';

const randomSecret = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `bsv_${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}`;
};

/**
 * The visitor's secret for an app page framed by another site (the widget): there the browser keeps no cookie
 * of ours, so the page sends the secret itself (the blocksmith-app-visitor header). Kept in local storage, which
 * browsers keep apart per embedding site; where none is allowed, it lasts as long as the page.
 */
export function embeddedVisitorSecret(): string {
  try {
    const kept = localStorage.getItem(STORAGE_KEY);
    if (kept) return kept;
    const secret = randomSecret();
    localStorage.setItem(STORAGE_KEY, secret);
    return secret;
  } catch {
    return randomSecret();
  }
}
