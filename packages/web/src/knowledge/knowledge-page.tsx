import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import { useMay } from '../api/use-may.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';
import { When } from '../ui/when.tsx';
import '../ship/ship.css';

/** The credential kinds that embed texts (the server's EMBEDDING_KINDS). */
const EMBEDDING_KINDS = ['openai', 'ollama', 'openai_compatible'];

/** The workspace's knowledge bases, and a form to make one. */
export function KnowledgePage() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const mayBuild = useMay()('build');
  const bases = useQuery(queries.knowledgeBases());
  const credentials = useQuery({ ...queries.credentials(), enabled: mayBuild });
  const embedders = (credentials.data?.credentials ?? []).filter((c) => EMBEDDING_KINDS.includes(c.kind));
  const [name, setName] = useState('');
  const [chosen, setCredentialId] = useState('');
  // Until one is chosen, the first that embeds: what the list shows is what is sent.
  const credentialId = chosen || embedders[0]?.id || '';
  const [model, setModel] = useState('text-embedding-3-small');
  const [error, setError] = useState<string>();

  const create = async () => {
    setError(undefined);
    try {
      const { base } = await api.createKnowledgeBase({ name, credentialId, model });
      await client.invalidateQueries({ queryKey: ['knowledge'] });
      await navigate({ to: '/knowledge/$baseId', params: { baseId: base.id } });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <main className="ship-page">
      <header className="page-header">
        <h1>Knowledge</h1>
      </header>
      <section className="ship-section">
        <p className="muted small">
          A knowledge base is documents — PDFs, Word files, web pages, Markdown, text — split into passages your agents find by meaning with the{' '}
          <code>knowledge.search</code> block, each with its source to cite.
        </p>
        {mayBuild &&
          (embedders.length === 0 && credentials.data ? (
            <p className="muted">
              A knowledge base needs a model credential that embeds texts (OpenAI, Ollama or OpenAI-compatible): <Link to="/settings">add one in Settings</Link>
              .
            </p>
          ) : (
            <form
              className="inline-form ship-form"
              aria-label="New knowledge base"
              onSubmit={(e) => {
                e.preventDefault();
                void create();
              }}
            >
              <label>
                Name
                <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
              </label>
              <label>
                Embedded by
                <select value={credentialId} onChange={(e) => setCredentialId(e.target.value)}>
                  {embedders.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} ({c.kind})
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Model
                <input value={model} onChange={(e) => setModel(e.target.value)} required maxLength={200} />
              </label>
              <Button type="submit" variant="primary">
                <Plus size={14} aria-hidden />
                New knowledge base
              </Button>
            </form>
          ))}
        <FormError message={error} />
        {!bases.data ? (
          <p className="page-message">Loading…</p>
        ) : bases.data.bases.length === 0 ? (
          <p className="muted page-message">No knowledge bases yet.</p>
        ) : (
          <table className="ship-table" aria-label="Knowledge bases">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Documents</th>
                <th scope="col">Passages</th>
                <th scope="col">Model</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {bases.data.bases.map((b) => (
                <tr key={b.id}>
                  <td>
                    <Link to="/knowledge/$baseId" params={{ baseId: b.id }}>
                      {b.name}
                    </Link>
                  </td>
                  <td>{b.documents}</td>
                  <td>{b.chunks}</td>
                  <td className="small">{b.model}</td>
                  <td className="small muted">
                    <When at={b.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
