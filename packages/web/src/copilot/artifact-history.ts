/** The artifacts opened in the panel, in order, and which one shows: back and forward like a browser. */
export interface ArtifactHistory {
  opened: string[];
  at: number;
}

export const emptyHistory: ArtifactHistory = { opened: [], at: -1 };

/** Opens an artifact: what was ahead of the current one is dropped, as a browser does. */
export function openArtifact(history: ArtifactHistory, id: string): ArtifactHistory {
  if (history.opened[history.at] === id) return history;
  const opened = [...history.opened.slice(0, history.at + 1), id];
  return { opened, at: opened.length - 1 };
}

export const back = (history: ArtifactHistory): ArtifactHistory => ({ ...history, at: Math.max(0, history.at - 1) });
export const forward = (history: ArtifactHistory): ArtifactHistory => ({ ...history, at: Math.min(history.opened.length - 1, history.at + 1) });
export const current = (history: ArtifactHistory): string | undefined => history.opened[history.at];
