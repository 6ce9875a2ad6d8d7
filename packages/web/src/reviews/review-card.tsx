import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { Review } from '../api/types.ts';
import { CodeField } from '../builder/code-field.tsx';
import { Markdown } from '../renderers/document-renderers.tsx';
import { OutputView } from '../renderers/output-view.tsx';
import { FormError } from '../ui/form-error.tsx';
import { DataForm } from './data-form.tsx';
import './reviews.css';

/** A pending review: the message, the data (editable as a form or as JSON when the node allows), and Approve / Reject. */
export function ReviewCard({ review, onDecided, showAgent = true }: { review: Review; onDecided(review: Review): void; showAgent?: boolean }) {
  /** How the data is being edited, if it is: as a form generated from its shape, or as JSON text. */
  const [editing, setEditing] = useState<'form' | 'json'>();
  const [data, setData] = useState<unknown>(review.data);
  const [text, setText] = useState(() => JSON.stringify(review.data, null, 2) ?? 'null');
  const editAs = (mode: 'form' | 'json') => {
    setError(undefined);
    if (mode === 'json') setText(JSON.stringify(data, null, 2) ?? 'null');
    else {
      try {
        setData(JSON.parse(text));
      } catch (e) {
        return setError(`The JSON is not valid (${(e as Error).message}): fix it to edit it as a form.`);
      }
    }
    setEditing(mode);
  };
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const decide = async (decision: 'approve' | 'reject') => {
    setError(undefined);
    let edited: unknown;
    if (decision === 'approve' && editing === 'form') edited = data;
    if (decision === 'approve' && editing === 'json') {
      try {
        edited = JSON.parse(text);
      } catch (e) {
        return setError(`The edited data is not valid JSON (${(e as Error).message}): fix it, or discard the edits to approve the data as it was.`);
      }
    }
    setBusy(true);
    try {
      const { review: decided } = await api.decideReview(review.id, {
        decision,
        ...(edited !== undefined ? { data: edited } : {}),
        ...(decision === 'reject' && reason.trim() ? { reason: reason.trim() } : {}),
      });
      onDecided(decided);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="review-card nodrag nowheel" data-testid={`review-${review.id}`}>
      <header className="muted small">
        {showAgent && (
          <>
            <AgentLink review={review} /> ·{' '}
          </>
        )}
        node {review.nodeId} · asked {new Date(review.createdAt).toLocaleString()}
        {review.expiresAt !== undefined && <> · rejected at {new Date(review.expiresAt).toLocaleString()} if undecided</>}
      </header>
      <Markdown text={review.message} />
      {editing === 'json' ? (
        <CodeField id={`review-data-${review.id}`} label="Data to approve" value={text} language="json" onChange={setText} />
      ) : editing === 'form' ? (
        <DataForm value={data} onChange={setData} idPrefix={`review-${review.id}`} />
      ) : (
        <OutputView name="data" value={review.data} />
      )}
      {review.editable && (
        <div className="review-edit-modes">
          {editing ? (
            <>
              <button type="button" className="small" onClick={() => editAs(editing === 'form' ? 'json' : 'form')}>
                {editing === 'form' ? 'Edit as JSON' : 'Edit as a form'}
              </button>
              <button type="button" className="small" onClick={() => (setEditing(undefined), setData(review.data), setError(undefined))}>
                Discard edits
              </button>
            </>
          ) : (
            <button type="button" className="small" onClick={() => setEditing('form')}>
              Edit data
            </button>
          )}
        </div>
      )}
      <input type="text" aria-label="Reason for rejecting" placeholder="Reason, if you reject" value={reason} onChange={(e) => setReason(e.target.value)} />
      <FormError message={error} />
      <div className="review-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void decide('approve')}>
          Approve
        </button>
        <button type="button" disabled={busy} onClick={() => void decide('reject')}>
          Reject
        </button>
      </div>
    </article>
  );
}

/** The agent a review belongs to, linked to its editor while it still exists. */
export function AgentLink({ review }: { review: Review }) {
  const name = review.graphName ?? 'Agent';
  return review.graphId ? (
    <Link to="/graphs/$graphId" params={{ graphId: review.graphId }}>
      {name}
    </Link>
  ) : (
    <>{name}</>
  );
}
