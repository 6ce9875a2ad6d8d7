import MarkdownIt from 'markdown-it';
import { fileTextCache } from './file-text-cache.ts';
import { useEffect, useMemo, useState } from 'react';
import { useHighlighter } from './highlighter.ts';
import type { FileRef } from '../api/types.ts';
import { parseDelimited, tooLargeToPreview } from './registry.ts';
import './documents.css';

/** Raw HTML in markdown is escaped, never rendered; code blocks are highlighted once the highlighter has loaded. */
const markdown = new MarkdownIt({ html: false, linkify: true });

export function Markdown({ text }: { text: string }) {
  const hljs = useHighlighter(text.includes('```'));
  const html = useMemo(() => {
    markdown.set({ highlight: (code, language) => (hljs && language && hljs.getLanguage(language) ? hljs.highlight(code, { language }).value : '') });
    return markdown.render(text);
  }, [text, hljs]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Code({ text, extension }: { text: string; extension?: string }) {
  const hljs = useHighlighter();
  if (!hljs) {
    return (
      <pre className="code hljs">
        <code>{text}</code>
      </pre>
    );
  }
  const language = extension && hljs.getLanguage(extension) ? extension : undefined;
  const html = language ? hljs.highlight(text, { language }).value : hljs.highlightAuto(text).value;
  return (
    <pre className="code hljs">
      <code dangerouslySetInnerHTML={{ __html: html }} />
    </pre>
  );
}

export function Table({ text }: { text: string }) {
  const [header, ...rows] = parseDelimited(text.trimEnd());
  if (!header) return <p className="muted">Empty table.</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            {header.map((cell, i) => (
              <th key={i}>{cell}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** HTML shown in an iframe sandboxed without scripts or same-origin rights. */
export function Html({ text }: { text: string }) {
  return <iframe className="html-frame" sandbox="" srcDoc={text} title="HTML output" />;
}

/** Fetches a file's text (same-origin) for document renderers, within the preview limit. */
export function useFileText(file: FileRef, limitBytes: number): { text?: string; error?: string } {
  const [state, setState] = useState<{ text?: string; error?: string }>({});
  useEffect(() => {
    if (tooLargeToPreview(file.size, limitBytes)) {
      setState({ error: `${file.size.toLocaleString()} bytes — too large to preview; download it.` });
      return;
    }
    const cached = fileTextCache.get(file.url);
    if (cached !== undefined) {
      setState({ text: cached });
      return;
    }
    let cancelled = false;
    fetch(file.url, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`The server answered ${response.status}.`))))
      .then((text) => {
        fileTextCache.set(file.url, text);
        if (!cancelled) setState({ text });
      })
      .catch((error: unknown) => !cancelled && setState({ error: `Could not load ${file.name}: ${(error as Error).message}` }));
    return () => {
      cancelled = true;
    };
  }, [file, limitBytes]);
  return state;
}
