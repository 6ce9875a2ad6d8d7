const KEY = 'blocksmith.artifactPanelWidth';
export const DEFAULT_PANEL_WIDTH = 440;
export const MIN_PANEL_WIDTH = 280;
export const MAX_PANEL_WIDTH = 960;

export const clampWidth = (width: number): number => Math.round(Math.min(MAX_PANEL_WIDTH, Math.max(MIN_PANEL_WIDTH, width)));

/** The artifact panel's saved width; read only after mount, where the page's storage exists. */
export function savedPanelWidth(storage: Pick<Storage, 'getItem'>): number {
  const saved = Number(storage.getItem(KEY));
  return Number.isFinite(saved) && saved > 0 ? clampWidth(saved) : DEFAULT_PANEL_WIDTH;
}

export function savePanelWidth(storage: Pick<Storage, 'setItem'>, width: number): void {
  storage.setItem(KEY, String(clampWidth(width)));
}
