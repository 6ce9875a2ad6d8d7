import hljs from 'highlight.js/lib/common';
import { useMemo } from 'react';

/** A code editor: a textarea over a highlighted copy of its text, so typing stays native (undo, IME, selection). */
export function CodeField({ id, value, language, onChange }: { id: string; value: string; language: string; onChange(value: string): void }) {
  const html = useMemo(() => (hljs.getLanguage(language) ? hljs.highlight(value, { language }).value : hljs.highlightAuto(value).value), [value, language]);
  return (
    <div className="code-field nodrag nowheel">
      <pre aria-hidden="true" className="hljs">
        <code dangerouslySetInnerHTML={{ __html: `${html}\n` }} />
      </pre>
      <textarea
        id={id}
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Tab') return;
          e.preventDefault();
          const target = e.currentTarget;
          const { selectionStart, selectionEnd } = target;
          onChange(`${value.slice(0, selectionStart)}  ${value.slice(selectionEnd)}`);
          requestAnimationFrame(() => target.setSelectionRange(selectionStart + 2, selectionStart + 2));
        }}
      />
    </div>
  );
}
