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
