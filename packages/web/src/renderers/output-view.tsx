import { useState } from 'react';
import { previewLimitBytes } from '../ui/preferences.ts';
import { Code, Html, Markdown, Table, useFileText } from './document-renderers.tsx';
import { asText, byteLength, largeValueOf, pickRenderer, tooLargeToPreview, truncateGraphemes } from './registry.ts';
import './output-view.css';

const PREVIEW_CHARS = 20_000;

/** Shows one value with the renderer the registry picks, plus copy, download and view-source. */
/** A file's URL that asks to show it in the page; a URL may carry a query already (an app page's key). */
const shownInline = (url: string): string => `${url}${url.includes('?') ? '&' : '?'}inline=1`;

export function OutputView({ name, value }: { name: string; value: unknown }) {
  const [source, setSource] = useState(false);
  const { spec, target } = pickRenderer(value);
  // A value the server keeps whole behind a URL: downloading it fetches it from there.
  const whole = largeValueOf(value)?.url ?? target.file?.url;
  const text = asText(value);
  const tooBig = tooLargeToPreview(text, previewLimitBytes());
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: typeof value === 'string' ? 'text/plain' : 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name}.${typeof value === 'string' ? 'txt' : 'json'}`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="output-view" data-renderer={spec.id}>
      <div className="output-actions">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(text)} aria-label={`Copy ${name}`}>
          Copy
        </button>
        {whole ? (
          <a href={whole} download={target.file?.name ?? name}>
            Download
          </a>
        ) : (
          <button type="button" onClick={download} aria-label={`Download ${name}`}>
            Download
          </button>
        )}
        <button type="button" onClick={() => setSource(!source)} aria-pressed={source}>
          {source ? 'Rendered' : 'Source'}
        </button>
      </div>
      {source ? (
        <pre className="mono">{truncateGraphemes(text, PREVIEW_CHARS).text}</pre>
      ) : tooBig ? (
        <p className="muted">{byteLength(text).toLocaleString()} bytes — too large to preview; download it.</p>
      ) : (
        <Rendered id={spec.id} value={value} file={target.file} text={text} />
      )}
    </div>
  );
}

function Rendered({ id, value, file, text }: { id: string; value: unknown; file: ReturnType<typeof pickRenderer>['target']['file']; text: string }) {
  switch (id) {
    case 'large-value': {
      const large = largeValueOf(value)!;
      return (
        <div className="large-value">
          <pre className="output-text">{large.preview}…</pre>
          <a href={large.url} download>
            The whole value{' '}
            <span className="muted">
              ({large.size.toLocaleString()} bytes, {large.contentType})
            </span>
          </a>
        </div>
      );
    }
    case 'image':
      return <img src={shownInline(file!.url)} alt={file!.name} className="output-image" />;
    case 'audio':
      return <audio controls src={shownInline(file!.url)} />;
    case 'video':
      return <video controls src={shownInline(file!.url)} className="output-image" />;
    case 'file':
      return (
        <a className="file-link" href={file!.url} download={file!.name}>
          {file!.name}{' '}
          <span className="muted">
            ({file!.size.toLocaleString()} bytes, {file!.contentType})
          </span>
        </a>
      );
    case 'json':
      return <JsonTree value={value} />;
    case 'markdown':
      return file ? <FileDocument file={file} id={id} /> : <Markdown text={text} />;
    case 'html':
    case 'table':
    case 'code':
    case 'file-text':
      return <FileDocument file={file!} id={id} />;
    default: {
      const { text: shown, cut } = truncateGraphemes(text, PREVIEW_CHARS);
      return (
        <pre className="output-text">
          {shown}
          {cut && '…'}
        </pre>
      );
    }
  }
}

/** A text file rendered by kind once fetched: markdown, table, code, sandboxed HTML or plain text. */
function FileDocument({ file, id }: { file: NonNullable<ReturnType<typeof pickRenderer>['target']['file']>; id: string }) {
  const { text, error } = useFileText(file, previewLimitBytes());
  if (error) return <p className="muted">{error}</p>;
  if (text === undefined) return <p className="muted">Loading {file.name}…</p>;
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase();
  switch (id) {
    case 'markdown':
      return <Markdown text={text} />;
    case 'table':
      return <Table text={text} />;
    case 'html':
      return <Html text={text} />;
    case 'code':
      return <Code text={text} {...(extension ? { extension } : {})} />;
    default:
      return <pre className="output-text">{truncateGraphemes(text, PREVIEW_CHARS).text}</pre>;
  }
}

/** A collapsible JSON tree. */
function JsonTree({ value, label }: { value: unknown; label?: string }) {
  if (value === null || typeof value !== 'object') {
    return (
      <div className="json-leaf">
        {label !== undefined && <span className="json-key">{label}: </span>}
        <span className={`json-${value === null ? 'null' : typeof value}`}>{JSON.stringify(value)}</span>
      </div>
    );
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return (
    <details open className="json-node">
      <summary>
        {label !== undefined && <span className="json-key">{label}: </span>}
        {Array.isArray(value) ? `[${entries.length}]` : `{${entries.length}}`}
      </summary>
      {entries.map(([key, child]) => (
        <JsonTree key={key} label={key} value={child} />
      ))}
    </details>
  );
}
