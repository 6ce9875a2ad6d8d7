import { WORKSPACE_ROLES } from '@blocksmith/store';
import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp } from './common.ts';

export const workspaceRole = z
  .enum(WORKSPACE_ROLES)
  .describe('owner, admin (members and settings), editor (build, run, triggers), runner (run agents, see their own runs), viewer (read).');

export const workspace = named(
  'Workspace',
  z.object({
    id: z.string(),
    name: z.string(),
    personal: z.boolean().describe("A person's own workspace: its id is their user id, and no one else is in it."),
    createdAt: timestamp,
    role: workspaceRole.describe('Your role in it.'),
  }),
);
export const workspaceAnswer = z.object({ workspace });
export const workspaceList = z.object({ workspaces: z.array(workspace) });

export const member = named(
  'WorkspaceMember',
  z.object({ userId: z.string(), email: z.string(), role: workspaceRole, createdAt: timestamp.describe('When they joined.') }),
);
export const memberList = z.object({ members: z.array(member) });
export const memberAnswer = z.object({ member });

export const invitation = named(
  'WorkspaceInvitation',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    role: workspaceRole,
    email: z.string().optional().describe('Only the account with this email may accept it.'),
    createdBy: z.string().optional(),
    createdAt: timestamp,
    expiresAt: timestamp,
  }),
);
export const invitationList = z.object({ invitations: z.array(invitation) });
export const createdInvitation = z.object({
  invitation,
  token: z.string().describe('The secret of the link; shown in this answer only.'),
  path: z.string().describe('Where the link opens in the web app: /#/invitations/<token>.'),
  emailed: z.boolean().describe('Whether the link was mailed to `email` (the server has a mail server: BLOCKSMITH_SMTP_URL).'),
  emailProblem: z.string().optional().describe('Why mailing it failed; the invitation stands, and the link can be sent another way.'),
});
export const invitationPreview = z.object({
  workspace: z.object({ id: z.string(), name: z.string() }),
  role: workspaceRole,
  expiresAt: timestamp,
});
