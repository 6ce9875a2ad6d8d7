import { useEffect } from 'react';
import { useBuilder } from './builder-store.ts';
import { parseFragment, toFragment } from './fragment.ts';

const editing = (target: EventTarget | null): boolean =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;

/**
 * The editor's keyboard: save, undo and redo, duplicate, the shortcuts list, and copy and paste of
 * nodes through the system clipboard (so they paste into another tab). Keys typed into a field stay the field's.
 */
export function useEditorShortcuts({
  save,
  toggleHelp,
  pasteOffset,
}: {
  save(): void;
  toggleHelp(): void;
  /** How far pasted nodes move from where they were copied: to the middle of the view, or (`beside`, duplicates) next to the originals. */
  pasteOffset(fragment: { nodes: { id: string; position?: { x: number; y: number } }[] }, beside?: boolean): { x: number; y: number };
}): void {
  useEffect(() => {
    const keys = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const builder = useBuilder.getState();
      if (mod && key === 's') {
        e.preventDefault();
        save();
      } else if (editing(e.target)) {
        return;
      } else if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) builder.redo();
        else builder.undo();
      } else if (mod && key === 'y') {
        e.preventDefault();
        builder.redo();
      } else if (mod && key === 'd') {
        e.preventDefault();
        const selected = builder.nodes.filter((n) => n.selected);
        if (selected.length > 0) {
          const fragment = toFragment(selected, builder.edges);
          builder.paste(fragment, pasteOffset(fragment, true));
        }
      } else if (e.key === '?') {
        toggleHelp();
      }
    };
    const copy = (e: ClipboardEvent) => {
      const { nodes, edges } = useBuilder.getState();
      const selected = nodes.filter((n) => n.selected);
      if (editing(e.target) || selected.length === 0 || !e.clipboardData) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', JSON.stringify(toFragment(selected, edges)));
    };
    const paste = (e: ClipboardEvent) => {
      const fragment = editing(e.target) ? undefined : parseFragment(e.clipboardData?.getData('text/plain') ?? '');
      if (!fragment) return;
      e.preventDefault();
      useBuilder.getState().paste(fragment, pasteOffset(fragment));
    };
    window.addEventListener('keydown', keys);
    document.addEventListener('copy', copy);
    document.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('keydown', keys);
      document.removeEventListener('copy', copy);
      document.removeEventListener('paste', paste);
    };
  }, [save, toggleHelp, pasteOffset]);
}
