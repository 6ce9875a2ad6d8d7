import type { Owner, ResourceKind, Store, WorkspaceRole } from '@blocksmith/store';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../http/errors.ts';
import { mayDo, type Permission } from './grants.ts';

export { GRANTS, PERMISSIONS, type Permission } from './grants.ts';

/** The least role that may do what a permission allows, for messages. */
const LEAST_ROLE: Record<Permission, WorkspaceRole> = { read: 'viewer', run: 'runner', build: 'editor', manage: 'admin', own: 'owner' };

/**
 * What a protected route needs, declared next to its documentation (`doc`): `account` for a person's own
 * things outside any workspace (their account, keys, the workspaces they are in); otherwise a permission
 * in a workspace — the workspace of the thing the path's `:id` names (`on`), the workspace the path names
 * (`on: 'workspace'`), or the one the request selects.
 */
export type Access =
  | 'account'
  /** The operator's: the owner account, which set the server up. */
  | 'operator'
  | {
      needs: Permission;
      on?: ResourceKind | 'workspace';
      /** What a member needs instead when the thing was made by someone else (a credential: its maker, or an admin). */
      othersNeed?: Permission;
    };

/** How a thing is named in a message, as the routes name it. */
const KIND_NAMES: Record<ResourceKind, string> = {
  graph: 'Graph',
  run: 'Run',
  file: 'File',
  webhook: 'Webhook',
  credential: 'Credential',
  preset: 'Preset',
  schedule: 'Schedule',
  messageTrigger: 'Message trigger',
  review: 'Review',
  copilotSession: 'Copilot session',
  copilotMemory: 'Memory',
  dataset: 'Dataset',
  evaluation: 'Evaluation',
  dataTable: 'Data table',
  knowledgeBase: 'Knowledge base',
};

/** The header that selects a workspace; without it, a person's personal workspace (an API key: its own). */
export const WORKSPACE_HEADER = 'blocksmith-workspace';

declare module 'fastify' {
  interface FastifyRequest {
    /** The workspace the request acts in, set by `authorizeWorkspace`. */
    workspaceId: string;
    /** The signed-in member's role there. */
    role: WorkspaceRole;
    /** The workspace and the member: what new things are recorded as. */
    owner: Owner;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

const forbidden = (role: WorkspaceRole, needs: Permission) =>
  new ApiError(
    403,
    'forbidden',
    `Your role in this workspace is ${role}, and this needs ${LEAST_ROLE[needs]} or above. Ask an admin of the workspace for a role that may ${needs}.`,
  );

/** Who asks: the signed-in person, and the workspace their API key works in (undefined for a session). */
export interface Asker {
  userId: string;
  keyWorkspaceId: string | undefined;
}

/**
 * The one authorization check: every protected route (through `authorizeWorkspace`) and every WebSocket
 * subscription goes through it. It finds the workspace a request acts in — the workspace of the thing `id`
 * names, the workspace `id` is, or the one selected — and the asker's role there, and refuses what the
 * role does not allow. A thing of a workspace the asker is not in reads as missing (404), whatever the route.
 */
export async function authorize(
  store: Store,
  asker: Asker,
  access: Exclude<Access, 'account' | 'operator'>,
  id: string | undefined,
  selected: string,
): Promise<{ workspaceId: string; role: WorkspaceRole }> {
  let workspaceId = selected;
  let madeBy: string | undefined;
  if (access.on === 'workspace') workspaceId = id ?? selected;
  else if (access.on !== undefined && id !== undefined) {
    // A thing that does not exist is the handler's to report, in the workspace selected.
    const owner = await store.owners.of(access.on, id);
    if (owner) ({ workspaceId, userId: madeBy } = owner);
  }
  const missing = () =>
    new ApiError(
      404,
      'not_found',
      access.on && access.on !== 'workspace' ? `${KIND_NAMES[access.on]} ${id} was not found.` : `Workspace ${workspaceId} was not found.`,
    );
  const role = await store.workspaces.roleOf(workspaceId, asker.userId);
  if (!role || (asker.keyWorkspaceId !== undefined && asker.keyWorkspaceId !== workspaceId)) throw missing();
  const needs = access.othersNeed !== undefined && madeBy !== undefined && madeBy !== asker.userId ? access.othersNeed : access.needs;
  if (!mayDo(role, needs)) throw forbidden(role, needs);
  // A runner sees the runs they started, not the others'.
  if (role === 'runner' && (access.on === 'run' || access.on === 'review') && madeBy !== undefined && madeBy !== asker.userId) throw missing();
  return { workspaceId, role };
}

/** preHandler hook of the protected routes: the check of `authorize` with what the route declares. */
export function authorizeWorkspace(store: Store) {
  return async (request: FastifyRequest): Promise<void> => {
    const access = request.routeOptions.config.access;
    if (access === undefined) throw new Error(`Route ${request.routeOptions.method} ${request.routeOptions.url} declares no access.`);
    if (access === 'account') return;
    if (access === 'operator') {
      if (!(await store.users.findById(request.userId))?.isOwner) {
        throw new ApiError(403, 'operator_only', "This is for the server's operator: the owner account that set it up.");
      }
      return;
    }
    const named = request.headers[WORKSPACE_HEADER];
    const { workspaceId, role } = await authorize(store, request, access, (request.params as { id?: string }).id, selectedWorkspace(request, named));
    request.workspaceId = workspaceId;
    request.role = role;
    request.owner = { workspaceId, userId: request.userId };
  };
}

/** Whose runs a request's lists show: a runner's own only (their runs, the reviews of their runs, their agents' latest runs); anyone else's, all. */
export const runsSeenBy = (request: FastifyRequest): string | undefined => (request.role === 'runner' ? request.userId : undefined);

/** The workspace a request names; else an API key's own, else the person's personal workspace (whose id is theirs). */
export function selectedWorkspace(asker: Asker, named: unknown): string {
  if (typeof named === 'string' && named !== '') return named;
  return asker.keyWorkspaceId ?? asker.userId;
}
