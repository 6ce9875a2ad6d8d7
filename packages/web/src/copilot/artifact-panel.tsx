import { useEffect, useRef, useState } from 'react';
import type { ArtifactRef } from '../api/types.ts';
import { OutputView } from '../renderers/output-view.tsx';
import { isSameOriginUrl } from '../renderers/registry.ts';
import { back, current, forward, type ArtifactHistory } from './artifact-history.ts';
import { clampWidth, DEFAULT_PANEL_WIDTH, savedPanelWidth, savePanelWidth } from './panel-width.ts';
import { FormError } from '../ui/form-error.tsx';

/** Beside the chat: the artifact opened last, with back and forward, rendered as run outputs are; drag its edge to resize. */
export function ArtifactPanel({
  artifacts,
  history,
  onHistory,
  onClose,
}: {
  artifacts: ArtifactRef[];
  history: ArtifactHistory;
  onHistory(history: ArtifactHistory): void;
  onClose(): void;
}) {
  const [width, setWidth] = useState(DEFAULT_PANEL_WIDTH);
  const dragging = useRef<{ startX: number; startWidth: number } | undefined>(undefined);
  useEffect(() => setWidth(savedPanelWidth(localStorage)), []);
  const artifact = artifacts.find((a) => a.id === current(history));

  const onPointerMove = (event: React.PointerEvent) => {
    if (!dragging.current) return;
    const next = clampWidth(dragging.current.startWidth + dragging.current.startX - event.clientX);
    setWidth(next);
    // Saved as it changes: a panel closed right after a resize keeps its last width.
    savePanelWidth(localStorage, next);
  };

  return (
    <section className="artifact-panel" style={{ width }} aria-label="Artifact">
      <div
        className="artifact-resize"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the artifact panel"
        onPointerDown={(e) => {
          dragging.current = { startX: e.clientX, startWidth: width };
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={onPointerMove}
        onPointerUp={() => (dragging.current = undefined)}
      />
      <header className="artifact-toolbar">
        <button type="button" aria-label="Back" disabled={history.at <= 0} onClick={() => onHistory(back(history))}>
          ←
        </button>
        <button type="button" aria-label="Forward" disabled={history.at >= history.opened.length - 1} onClick={() => onHistory(forward(history))}>
          →
        </button>
        <strong className="artifact-title">{artifact?.title ?? 'Artifact'}</strong>
        <button type="button" aria-label="Close the artifact panel" onClick={onClose}>
          ×
        </button>
      </header>
      {!artifact ? (
        <p className="muted">This artifact is not part of this chat.</p>
      ) : !isSameOriginUrl(artifact.sourceUrl) ? (
        <FormError message={`Refused to open ${artifact.title}: its address is not on this server.`} />
      ) : (
        <OutputView
          name={artifact.title}
          value={{ fileId: artifact.id, name: artifact.title, contentType: artifact.mimeType, size: artifact.sizeBytes, url: artifact.sourceUrl }}
        />
      )}
    </section>
  );
}
