import { javascript } from '@codemirror/lang-javascript';
import { json } from '@codemirror/lang-json';
import { sql } from '@codemirror/lang-sql';
import type { Extension } from '@codemirror/state';
import { basicSetup, EditorView } from 'codemirror';
import { useEffect, useRef } from 'react';

/** Languages by the subtype of an input's `contentMediaType` (`text/javascript` → javascript); others edit as plain text. */
const LANGUAGES: Record<string, () => Extension> = { javascript: () => javascript(), json: () => json(), sql: () => sql() };

/** The code editor (CodeMirror 6): highlighting, matching and closing brackets, search, undo of its own. */
export function CodeEditor({
  id,
  label,
  value,
  language,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  language: string;
  onChange(value: string): void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | undefined>(undefined);
  const report = useRef(onChange);
  report.current = onChange;

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      doc: view.current?.state.doc.toString() ?? value,
      extensions: [
        basicSetup,
        LANGUAGES[language]?.() ?? [],
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ id, 'aria-label': label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) report.current(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
    // Not on `value`: once the editor exists the text is its own, and outside changes arrive through the effect below.
  }, [id, label, language]);

  useEffect(() => {
    // A change from outside (the builder's undo, another version loaded) replaces the text; the editor's own edits already match.
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  return <div ref={host} className="code-field nodrag nowheel" />;
}
