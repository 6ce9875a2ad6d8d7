const PREVIEW_KEY = 'blocksmith.previewLimitMb';
export const DEFAULT_PREVIEW_MB = 10;

/** Above this many bytes (real UTF-8 bytes), outputs are not previewed, only offered for download. */
export function previewLimitBytes(): number {
  return previewLimitMb() * 1024 * 1024;
}

export function previewLimitMb(): number {
  const saved = Number(localStorage.getItem(PREVIEW_KEY));
  return Number.isFinite(saved) && saved > 0 ? saved : DEFAULT_PREVIEW_MB;
}

export function setPreviewLimitMb(mb: number): void {
  localStorage.setItem(PREVIEW_KEY, String(mb));
}

const MINIMAP_KEY = 'blocksmith.minimap';

/** Whether the editor shows its minimap; on unless the user hid it. */
export const minimapShown = (): boolean => localStorage.getItem(MINIMAP_KEY) !== 'hidden';

export function setMinimapShown(shown: boolean): void {
  localStorage.setItem(MINIMAP_KEY, shown ? 'shown' : 'hidden');
}
