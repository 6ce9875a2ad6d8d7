import { useEffect, useRef } from 'react';

const SHORTCUTS: [keys: string, what: string][] = [
  ['Ctrl/⌘ S', 'Save (a new version)'],
  ['Ctrl/⌘ Z', 'Undo'],
  ['Ctrl/⌘ Shift Z, Ctrl Y', 'Redo'],
  ['Delete / Backspace', 'Delete the selected nodes and links'],
  ['Ctrl/⌘ C, V', 'Copy and paste the selected nodes (also into another tab)'],
  ['Ctrl/⌘ D', 'Duplicate the selected nodes'],
  ['Shift drag', 'Select several nodes'],
  ['?', 'Show or hide this list'],
  ['Escape', 'Close this list'],
];

/** The keyboard shortcuts; Escape or the close button closes it, and focus moves into it while open. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus();
    const close = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [onClose]);
  return (
    <div className="help" role="dialog" aria-label="Keyboard shortcuts" tabIndex={-1} ref={dialog}>
      <header>
        <h2>Keyboard shortcuts</h2>
        <button type="button" aria-label="Close keyboard shortcuts" onClick={onClose}>
          ×
        </button>
      </header>
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="shortcut">
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
