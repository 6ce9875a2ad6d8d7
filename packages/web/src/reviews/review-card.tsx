import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { Review } from '../api/types.ts';
import { CodeField } from '../builder/code-field.tsx';
import { Markdown } from '../renderers/document-renderers.tsx';
import { OutputView } from '../renderers/output-view.tsx';
import { FormError } from '../ui/form-error.tsx';

/** A pending review: the message, the data (editable as JSON when the node allows), and Approve / Reject. */
export function ReviewCard({ review, onDecided, showAgent = true }: { review: Review; onDecided(review: Review): void; showAgent?: boolean }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(() => JSON.stringify(review.data, null, 2) ?? 'null');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const decide = async (decision: 'approve' | 'reject') => {
    setError(undefined);
    let data: unknown;
    if (decision === 'approve' && editing) {
      try {
        data = JSON.parse(text);
      } catch (e) {
        return setError(`The edited data is not valid JSON (${(e as Error).message}): fix it, or discard the edits to approve the data as it was.`);
      }
    }
    setBusy(true);
    try {
      const { review: decided } = await api.decideReview(review.id, {
        decision,
        ...(data !== undefined ? { data } : {}),
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
      {editing ? (
        <CodeField id={`review-data-${review.id}`} label="Data to approve" value={text} language="json" onChange={setText} />
      ) : (
        <OutputView name="data" value={review.data} />
      )}
      {review.editable && (
        <button type="button" className="small" onClick={() => setEditing(!editing)}>
          {editing ? 'Discard edits' : 'Edit data'}
        </button>
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
