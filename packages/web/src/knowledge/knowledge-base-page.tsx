import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { ChevronDown, ChevronRight, Search, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { KnowledgeDocumentSource, KnowledgePassage } from '../api/types.ts';
import { useMay } from '../api/use-may.ts';
import { Button, IconButton } from '../ui/components/button.tsx';
import { FileButton } from '../ui/components/file-button.tsx';
import { DeleteAndLeave } from '../ui/delete-and-leave.tsx';
import { FormError } from '../ui/form-error.tsx';
import { When } from '../ui/when.tsx';
import '../ship/ship.css';
import './knowledge.css';

/** A document's passages, read when its row is opened. */
function Passages({ baseId, documentId }: { baseId: string; documentId: string }) {
  const detail = useQuery({ queryKey: ['knowledge', baseId, 'documents', documentId], queryFn: () => api.knowledgeDocument(baseId, documentId) });
  if (!detail.data) return <p className="muted small">Loading…</p>;
  return (
    <ol className="passages" start={0}>
      {detail.data.passages.map((p) => (
        <li key={p.position}>{p.text}</li>
      ))}
    </ol>
  );
}

/** One knowledge base (`/knowledge/:id`): add documents (a file, a page, a text), see their passages, try a query. */
export function KnowledgeBasePage() {
  const { baseId } = useParams({ strict: false }) as { baseId: string };
  const client = useQueryClient();
  const may = useMay();
  const mayBuild = may('build');
  const detail = useQuery({ queryKey: ['knowledge', baseId], queryFn: () => api.knowledgeBase(baseId) });
  const [error, setError] = useState<string>();
  const [adding, setAdding] = useState<string>();
  const [url, setUrl] = useState('');
  const [textName, setTextName] = useState('');
  const [text, setText] = useState('');
  const [open, setOpen] = useState<string>();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<KnowledgePassage[]>();
  const [deleting, setDeleting] = useState(false);

  if (detail.error) return <main className="ship-page page-message error">{errorMessage(detail.error)}</main>;
  if (!detail.data) return <main className="ship-page page-message">Loading…</main>;
  const { base, documents } = detail.data;

  /** Adds a document (reading, splitting and embedding it takes a while: the page says so), then reads the base again. */
  const add = async (what: string, source: () => Promise<KnowledgeDocumentSource>): Promise<boolean> => {
    setError(undefined);
    setAdding(what);
    try {
      await api.addKnowledgeDocument(base.id, await source());
      await client.invalidateQueries({ queryKey: ['knowledge'] });
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setAdding(undefined);
    }
  };
  const search = async () => {
    setError(undefined);
    try {
      setFound((await api.searchKnowledgeBase(base.id, query)).passages);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <main className="ship-page">
      <header className="page-header">
        <h1>Knowledge base “{base.name}”</h1>
        <span className="muted">
          {base.documents} documents, {base.chunks} passages · {base.model}
        </span>
        {mayBuild && (
          <Button size="sm" variant="ghost" onClick={() => setDeleting(true)}>
            <Trash2 size={14} aria-hidden />
            Delete knowledge base
          </Button>
        )}
      </header>
      {mayBuild && (
        <section className="ship-section" aria-labelledby="add-title">
          <h2 id="add-title">Add a document</h2>
          <p className="muted small">A document added again under its name replaces the one there (unchanged text changes nothing).</p>
          <div className="inline-form knowledge-add">
            <FileButton
              label="Upload a file"
              size="sm"
              accept=".pdf,.docx,.md,.markdown,.txt,.csv,.html,.htm,.json,application/pdf,text/*"
              onFile={(file) => void add(file.name, async () => ({ fileId: (await api.uploadFile(file)).file.fileId }))}
            />
            <form
              className="inline-form"
              aria-label="Add a web page"
              onSubmit={(e) => {
                e.preventDefault();
                void add(url, async () => ({ url })).then((done) => done && setUrl(''));
              }}
            >
              <input type="url" aria-label="Page address" placeholder="https://…" value={url} onChange={(e) => setUrl(e.target.value)} required />
              <Button size="sm" type="submit">
                Add page
              </Button>
            </form>
          </div>
          <form
            className="knowledge-text"
            aria-label="Add a text"
            onSubmit={(e) => {
              e.preventDefault();
              void add(textName, async () => ({ name: textName, text })).then((done) => done && (setTextName(''), setText('')));
            }}
          >
            <input
              aria-label="Text name"
              placeholder="Name, e.g. opening-hours.md"
              value={textName}
              onChange={(e) => setTextName(e.target.value)}
              required
              maxLength={500}
            />
            <textarea aria-label="Text" rows={4} value={text} onChange={(e) => setText(e.target.value)} required />
            <Button size="sm" type="submit">
              Add text
            </Button>
          </form>
          {adding && (
            <p className="muted small" role="status">
              Reading, splitting and embedding {adding}…
            </p>
          )}
        </section>
      )}
      <FormError message={error} />
      <section className="ship-section" aria-labelledby="documents-title">
        <h2 id="documents-title">Documents</h2>
        {documents.length === 0 ? (
          <p className="muted">No documents yet.</p>
        ) : (
          <table className="ship-table" aria-label="Documents">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Source</th>
                <th scope="col">Passages</th>
                <th scope="col">Changed</th>
                {mayBuild && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {documents.flatMap((d) => [
                <tr key={d.id}>
                  <td>
                    <button type="button" className="link-button" aria-expanded={open === d.id} onClick={() => setOpen(open === d.id ? undefined : d.id)}>
                      {open === d.id ? <ChevronDown size={14} aria-hidden /> : <ChevronRight size={14} aria-hidden />}
                      {d.name}
                    </button>
                  </td>
                  <td className="small">{d.source}</td>
                  <td>{d.chunks}</td>
                  <td className="small muted">
                    <When at={d.updatedAt} />
                  </td>
                  {mayBuild && (
                    <td>
                      <IconButton
                        size="sm"
                        label={`Delete ${d.name}`}
                        icon={<Trash2 size={14} aria-hidden />}
                        onClick={() =>
                          void api.deleteKnowledgeDocument(base.id, d.id).then(
                            () => client.invalidateQueries({ queryKey: ['knowledge'] }),
                            (e: unknown) => setError(errorMessage(e)),
                          )
                        }
                      />
                    </td>
                  )}
                </tr>,
                ...(open === d.id
                  ? [
                      <tr key={`${d.id}-passages`}>
                        <td colSpan={mayBuild ? 5 : 4}>
                          <Passages baseId={base.id} documentId={d.id} />
                        </td>
                      </tr>,
                    ]
                  : []),
              ])}
            </tbody>
          </table>
        )}
      </section>
      {/* Trying a query asks the model, as a run does. */}
      {may('run') && (
        <section className="ship-section" aria-labelledby="try-title">
          <h2 id="try-title">Try a query</h2>
          <form
            className="inline-form"
            aria-label="Try a query"
            onSubmit={(e) => {
              e.preventDefault();
              void search();
            }}
          >
            <input
              className="knowledge-query"
              aria-label="Query"
              placeholder="A question your agent would ask"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              required
            />
            <Button size="sm" type="submit">
              <Search size={14} aria-hidden />
              Search
            </Button>
          </form>
          {found && (
            <ol className="found-passages" aria-label="Found passages">
              {found.length === 0 && <li className="muted">Nothing found.</li>}
              {found.map((p) => (
                <li key={`${p.documentId}-${p.position}`}>
                  <span className="muted small">
                    {p.document} · {p.score.toFixed(3)}
                  </span>
                  <p>{p.text}</p>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      <DeleteAndLeave
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete knowledge base “${base.name}” and its ${base.documents} documents?`}
        description="Agents that search it will fail until a knowledge base of that name exists again."
        confirm="Delete knowledge base"
        remove={() => api.deleteKnowledgeBase(base.id)}
        family="knowledge"
        leaveTo="/knowledge"
        onError={setError}
      />
    </main>
  );
}
