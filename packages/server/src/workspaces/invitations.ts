import type { Invitation, InvitationRefusal, MemberWorkspace, Store } from '@blocksmith/store';
import { hashToken } from '../auth/tokens.ts';
import { Refusal } from '../platform/refusal.ts';

const REFUSED: Record<InvitationRefusal, string> = {
  unknown: 'This invitation link is not valid: ask for a new one.',
  used: 'This invitation link was used or revoked already: ask for a new one.',
  expired: 'This invitation link has expired: ask for a new one.',
  other_email: 'This invitation is for another email address: sign in with that account, or ask for an invitation to yours.',
};

const refused = (why: InvitationRefusal) => new Refusal('invalid', `invitation_${why}`, REFUSED[why]);

/** The open invitation of a link's token, for a person with `email` when given; else a Refusal that says why not. */
export async function invitationFor(store: Store, token: string, email?: string): Promise<Invitation> {
  const found = await store.invitations.find(hashToken(token), Date.now());
  if (typeof found === 'string') throw refused(found);
  if (email !== undefined && found.email !== undefined && found.email !== email.trim().toLowerCase()) throw refused('other_email');
  return found;
}

/** Takes the invitation for `user` (once) and makes them a member with its role; a member already keeps theirs. */
export async function joinByInvitation(store: Store, token: string, user: { id: string; email: string }): Promise<MemberWorkspace> {
  const taken = await store.invitations.accept(hashToken(token), user, Date.now());
  if (typeof taken === 'string') throw refused(taken);
  const already = await store.workspaces.roleOf(taken.workspaceId, user.id);
  if (!already) await store.workspaces.addMember(taken.workspaceId, user.id, taken.role);
  return { ...(await store.workspaces.get(taken.workspaceId))!, role: already ?? taken.role };
}
