import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { mayDo } from '@blocksmith/server/grants';
import { switchWorkspace } from '../api/current-workspace.ts';
import { useCurrentWorkspace } from '../api/use-current-workspace.ts';
import type { WorkspaceRole } from '../api/types.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';

const ROLES: WorkspaceRole[] = ['owner', 'admin', 'editor', 'runner', 'viewer'];
const INVITED: Exclude<WorkspaceRole, 'owner'>[] = ['admin', 'editor', 'runner', 'viewer'];

/** A shared workspace's members and their roles, and invitations by link: what its admins manage. */
export function MembersSection() {
  const client = useQueryClient();
  const workspace = useCurrentWorkspace().current;
  const id = workspace?.id;
  const manages = workspace !== undefined && mayDo(workspace.role, 'manage');
  const members = useQuery({ queryKey: ['members', id], queryFn: () => api.members(id!), enabled: id !== undefined });
  const invitations = useQuery({ queryKey: ['invitations', id], queryFn: () => api.invitations(id!), enabled: id !== undefined && manages });
  const [role, setRole] = useState<Exclude<WorkspaceRole, 'owner'>>('editor');
  const [email, setEmail] = useState('');
  const [link, setLink] = useState<{ url: string; mailedTo?: string; problem?: string }>();
  const [error, setError] = useState<string>();
  if (!workspace || workspace.personal) return null;

  const attempt = (action: () => Promise<unknown>) => {
    setError(undefined);
    void action()
      .then(() => client.invalidateQueries({ queryKey: ['members', id] }))
      .then(() => client.invalidateQueries({ queryKey: ['invitations', id] }))
      .catch((err: unknown) => setError(errorMessage(err)));
  };

  return (
    <section className="settings-section" aria-label="Members">
      <h2>Members of {workspace.name}</h2>
      <p className="muted">
        Your role: <strong>{workspace.role}</strong>. Admins manage members; editors build and run agents and their triggers; runners run agents and see their
        own runs; viewers read.
      </p>
      <table className="members-table">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Role</th>
            {manages && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {(members.data?.members ?? []).map((m) => (
            <tr key={m.userId}>
              <th scope="row">{m.email}</th>
              <td>
                {manages ? (
                  <select
                    aria-label={`Role of ${m.email}`}
                    value={m.role}
                    onChange={(e) => attempt(() => api.changeMemberRole(id!, m.userId, e.target.value as WorkspaceRole))}
                  >
                    {ROLES.map((r) => (
                      <option key={r}>{r}</option>
                    ))}
                  </select>
                ) : (
                  m.role
                )}
              </td>
              {manages && (
                <td>
                  <Button size="sm" variant="danger" onClick={() => attempt(() => api.removeMember(id!, m.userId))}>
                    Remove {m.email}
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {manages && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            attempt(async () => {
              const created = await api.invite(id!, role, email.trim() || undefined);
              setLink({
                url: `${location.origin}${location.pathname}${created.path.replace(/^\//, '')}`,
                ...(created.emailed ? { mailedTo: email.trim() } : {}),
                ...(created.emailProblem ? { problem: created.emailProblem } : {}),
              });
              setEmail('');
            });
          }}
        >
          <label htmlFor="invite-role">Invite as</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
            {INVITED.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
          <label htmlFor="invite-email">Email (optional)</label>
          <input
            id="invite-email"
            type="email"
            title="Only the account with this email may join; mailed to it when the server has a mail server"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            placeholder="name@example.com"
          />
          <Button type="submit" variant="primary">
            Create invitation link
          </Button>
        </form>
      )}
      {link && (
        <p role="status">
          {link.mailedTo ? `Mailed to ${link.mailedTo}. ` : link.problem ? `Not mailed (${link.problem}): send the link yourself. ` : 'Send this link. '}
          It works once, for 3 days: <input aria-label="Invitation link" readOnly value={link.url} onFocus={(e) => e.target.select()} />
        </p>
      )}
      {manages && (invitations.data?.invitations.length ?? 0) > 0 && (
        <ul className="invitation-list" aria-label="Open invitations">
          {invitations.data!.invitations.map((invitation) => (
            <li key={invitation.id}>
              {invitation.role}, until {new Date(invitation.expiresAt).toLocaleString()}{' '}
              <Button size="sm" onClick={() => attempt(() => api.revokeInvitation(id!, invitation.id))}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button onClick={() => attempt(async () => (await api.leaveWorkspace(id!), switchWorkspace(undefined)))}>Leave {workspace.name}</Button>
      <FormError message={error} />
    </section>
  );
}
