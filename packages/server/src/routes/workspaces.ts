import { WORKSPACE_ROLES, type WorkspaceRole } from '@blocksmith/store';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { hashToken, newToken } from '../auth/tokens.ts';
import { parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { notFound, Refusal } from '../platform/refusal.ts';
import { invitationFor, joinByInvitation } from '../workspaces/invitations.ts';
import { mailInvitation } from '../workspaces/invitation-mail.ts';
import { publicOrigin } from '../http/public-origin.ts';
import {
  createdInvitation,
  invitationList,
  invitationPreview,
  memberAnswer,
  memberList,
  workspaceAnswer,
  workspaceList,
  workspaceRole,
} from '../wire/workspaces.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const memberParams = z.object({ id: z.string().min(1).max(100), userId: z.string().min(1).max(100) });
const invitationParams = z.object({ id: z.string().min(1).max(100), invitationId: z.string().min(1).max(100) });
const tokenParam = z.object({ token: z.string().min(1).max(200) });
const nameBody = z.object({ name: z.string().trim().min(1, 'must not be empty').max(100) }).strict();
const roleBody = z.object({ role: workspaceRole }).strict();
const inviteBody = z
  .object({
    role: z
      .enum(WORKSPACE_ROLES.filter((r) => r !== 'owner') as [WorkspaceRole, ...WorkspaceRole[]])
      .describe('The role the person gets; owner is given, not invited.'),
    email: z.string().trim().email().max(320).optional().describe('Only the account with this email may accept it.'),
    expiresInHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(72),
  })
  .strict();

/** Workspaces, their members, and invitations by link. Who may do what is declared per route and checked in one place (auth/workspace-access.ts). */
export async function workspaceRoutes(app: FastifyInstance, { store, access, config }: Platform): Promise<void> {
  const { workspaces, invitations } = store;
  const shared = async (workspaceId: string) => {
    const found = await workspaces.get(workspaceId);
    if (!found) throw notFound(`Workspace ${workspaceId}`);
    if (found.personal) {
      throw new Refusal('conflict', 'personal_workspace', 'Your personal workspace is yours alone: create a workspace to work with others.');
    }
    return found;
  };

  app.get(
    '/api/workspaces',
    doc('workspaces', 'The workspaces you are a member of, your personal one first, with your role in each', {
      operationId: 'listWorkspaces',
      access: 'account',
      responses: { 200: workspaceList },
    }),
    async (request) => ({ workspaces: await workspaces.listFor(request.userId) }),
  );

  app.post(
    '/api/workspaces',
    doc('workspaces', 'Create a workspace to share agents with others; you are its owner', {
      operationId: 'createWorkspace',
      access: 'account',
      body: nameBody,
      responses: { 201: workspaceAnswer },
    }),
    async (request, reply) => {
      const { name } = parseWith(nameBody, request.body, 'body');
      return reply.status(201).send({ workspace: await workspaces.create(request.userId, name) });
    },
  );

  app.get(
    '/api/workspaces/:id',
    doc('workspaces', 'A workspace, with your role in it', {
      operationId: 'getWorkspace',
      access: { needs: 'read', on: 'workspace' },
      params: idParam,
      responses: { 200: workspaceAnswer },
    }),
    async (request) => {
      const found = await workspaces.get(request.workspaceId);
      if (!found) throw notFound(`Workspace ${request.workspaceId}`);
      return { workspace: { ...found, role: request.role } };
    },
  );

  app.patch(
    '/api/workspaces/:id',
    doc('workspaces', 'Rename a workspace', {
      operationId: 'renameWorkspace',
      access: { needs: 'manage', on: 'workspace' },
      params: idParam,
      body: nameBody,
      responses: { 200: workspaceAnswer },
    }),
    async (request) => {
      const { name } = parseWith(nameBody, request.body, 'body');
      await workspaces.rename(request.workspaceId, name);
      return { workspace: { ...(await workspaces.get(request.workspaceId))!, role: request.role } };
    },
  );

  app.delete(
    '/api/workspaces/:id',
    doc('workspaces', 'Delete a shared workspace with its agents, runs, credentials, files and triggers', {
      operationId: 'deleteWorkspace',
      access: { needs: 'own', on: 'workspace' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      await shared(request.workspaceId);
      const members = await workspaces.members(request.workspaceId);
      await workspaces.delete(request.workspaceId);
      await access.changed(members.map((m) => m.userId));
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/workspaces/:id/members',
    doc('workspaces', 'The members of a workspace and their roles', {
      operationId: 'listMembers',
      access: { needs: 'read', on: 'workspace' },
      params: idParam,
      responses: { 200: memberList },
    }),
    async (request) => ({ members: await workspaces.members(request.workspaceId) }),
  );

  app.patch(
    '/api/workspaces/:id/members/:userId',
    doc('workspaces', "Change a member's role (only an owner makes or unmakes owners; a workspace keeps at least one)", {
      operationId: 'changeMemberRole',
      access: { needs: 'manage', on: 'workspace' },
      params: memberParams,
      body: roleBody,
      responses: { 200: memberAnswer },
    }),
    async (request) => {
      const { userId } = parseWith(memberParams, request.params, 'params');
      const { role } = parseWith(roleBody, request.body, 'body');
      await shared(request.workspaceId);
      const current = await workspaces.roleOf(request.workspaceId, userId);
      if (!current) throw notFound(`Member ${userId}`);
      if ((role === 'owner' || current === 'owner') && request.role !== 'owner') {
        throw new Refusal('invalid', 'owners_only', 'Only an owner makes someone an owner, or changes the role of an owner.');
      }
      if (current === 'owner' && role !== 'owner' && (await workspaces.countOwners(request.workspaceId)) === 1) {
        throw new Refusal('conflict', 'last_owner', 'A workspace keeps at least one owner: make someone else an owner first.');
      }
      await workspaces.setRole(request.workspaceId, userId, role);
      await access.changed([userId]);
      return { member: (await workspaces.members(request.workspaceId)).find((m) => m.userId === userId)! };
    },
  );

  const removeMember = async (workspaceId: string, userId: string, removerRole: WorkspaceRole) => {
    await shared(workspaceId);
    const current = await workspaces.roleOf(workspaceId, userId);
    if (!current) throw notFound(`Member ${userId}`);
    if (current === 'owner' && removerRole !== 'owner') throw new Refusal('invalid', 'owners_only', 'Only an owner removes an owner.');
    if (current === 'owner' && (await workspaces.countOwners(workspaceId)) === 1) {
      throw new Refusal('conflict', 'last_owner', 'A workspace keeps at least one owner: make someone else an owner first, or delete the workspace.');
    }
    await workspaces.removeMember(workspaceId, userId);
    await access.changed([userId]);
  };

  app.delete(
    '/api/workspaces/:id/members/:userId',
    doc('workspaces', 'Remove a member: their sessions and API keys no longer reach the workspace, and their keys for it are deleted', {
      operationId: 'removeMember',
      access: { needs: 'manage', on: 'workspace' },
      params: memberParams,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { userId } = parseWith(memberParams, request.params, 'params');
      await removeMember(request.workspaceId, userId, request.role);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/workspaces/:id/leave',
    doc('workspaces', 'Leave a workspace (its last owner cannot)', {
      operationId: 'leaveWorkspace',
      access: { needs: 'read', on: 'workspace' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      await removeMember(request.workspaceId, request.userId, request.role);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/workspaces/:id/invitations',
    doc(
      'workspaces',
      'Invite someone by link (only the account with `email`, when given, and mailed to it when the server has a mail server); the token is in this answer only',
      {
        operationId: 'createInvitation',
        access: { needs: 'manage', on: 'workspace' },
        params: idParam,
        body: inviteBody,
        responses: { 201: createdInvitation },
      },
    ),
    async (request, reply) => {
      const body = parseWith(inviteBody, request.body, 'body');
      await shared(request.workspaceId);
      const token = newToken('bsi_');
      const invitation = await invitations.create({
        workspaceId: request.workspaceId,
        role: body.role,
        tokenHash: hashToken(token),
        email: body.email,
        createdBy: request.userId,
        expiresAt: Date.now() + body.expiresInHours * 3_600_000,
      });
      const path = `/#/invitations/${token}`;
      const mailing = body.email !== undefined && config.mail !== undefined;
      const problem = mailing
        ? await mailInvitation(config.mail!, config, {
            to: body.email!,
            workspace: (await workspaces.get(request.workspaceId))!.name,
            role: body.role,
            link: `${publicOrigin(config, request)}${path}`,
            by: (await store.users.findById(request.userId))?.email ?? 'Someone',
          })
        : undefined;
      return reply.status(201).send({ invitation, token, path, emailed: mailing && problem === undefined, ...(problem ? { emailProblem: problem } : {}) });
    },
  );

  app.get(
    '/api/workspaces/:id/invitations',
    doc('workspaces', 'The invitations of a workspace not yet accepted, revoked or expired', {
      operationId: 'listInvitations',
      access: { needs: 'manage', on: 'workspace' },
      params: idParam,
      responses: { 200: invitationList },
    }),
    async (request) => ({ invitations: await invitations.open(request.workspaceId, Date.now()) }),
  );

  app.delete(
    '/api/workspaces/:id/invitations/:invitationId',
    doc('workspaces', 'Revoke an invitation: its link stops working', {
      operationId: 'revokeInvitation',
      access: { needs: 'manage', on: 'workspace' },
      params: invitationParams,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { invitationId } = parseWith(invitationParams, request.params, 'params');
      if (!(await invitations.revoke(request.workspaceId, invitationId, Date.now()))) throw notFound(`Invitation ${invitationId}`);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/invitations/:token',
    doc('workspaces', 'What an invitation link offers: the workspace and the role', {
      operationId: 'previewInvitation',
      access: 'account',
      params: tokenParam,
      responses: { 200: invitationPreview },
    }),
    async (request) => {
      const { token } = parseWith(tokenParam, request.params, 'params');
      const invitation = await invitationFor(store, token);
      const found = (await workspaces.get(invitation.workspaceId))!;
      return { workspace: { id: found.id, name: found.name }, role: invitation.role, expiresAt: invitation.expiresAt };
    },
  );

  app.post(
    '/api/invitations/:token/accept',
    doc('workspaces', 'Join the workspace of an invitation link, with its role (a member already keeps their role); the link then stops working', {
      operationId: 'acceptInvitation',
      access: 'account',
      params: tokenParam,
      responses: { 200: workspaceAnswer },
    }),
    async (request) => {
      const { token } = parseWith(tokenParam, request.params, 'params');
      const joined = await joinByInvitation(store, token, (await store.users.findById(request.userId))!);
      // Joining is the joined workspace's event (its audit log records it there).
      request.workspaceId = joined.id;
      return { workspace: joined };
    },
  );
}
