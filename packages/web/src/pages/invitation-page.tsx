import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { switchWorkspace } from '../api/current-workspace.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';

/** Where an invitation link lands: which workspace and role it offers, and joining it. */
export function InvitationPage() {
  const { token } = useParams({ from: '/app/invitations/$token' });
  const offer = useQuery({ queryKey: ['invitation', token], queryFn: () => api.previewInvitation(token), retry: false });
  const [error, setError] = useState<string>();
  return (
    <main className="settings">
      <header className="page-header">
        <h1>Invitation</h1>
      </header>
      <section className="settings-section" aria-label="Invitation">
        {offer.isPending && <p className="muted">Reading the invitation…</p>}
        {offer.error && <FormError message={errorMessage(offer.error)} />}
        {offer.data && (
          <>
            <p>
              You are invited to <strong>{offer.data.workspace.name}</strong> as <strong>{offer.data.role}</strong>.
            </p>
            <Button
              variant="primary"
              onClick={() =>
                void api.acceptInvitation(token).then(
                  ({ workspace }) => switchWorkspace(workspace.id),
                  (err: unknown) => setError(errorMessage(err)),
                )
              }
            >
              Join {offer.data.workspace.name}
            </Button>
            <FormError message={error} />
          </>
        )}
      </section>
    </main>
  );
}
