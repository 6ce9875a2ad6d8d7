import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { user } from '../wire/account.ts';
import { workspaceRole } from '../wire/workspaces.ts';

const userList = z.object({
  users: z.array(
    user.extend({
      workspaces: z.array(z.object({ id: z.string(), name: z.string(), personal: z.boolean(), role: workspaceRole })),
    }),
  ),
});

/** What the server's operator (the owner account) sees of everyone. */
export async function operatorRoutes(app: FastifyInstance, { store }: Platform): Promise<void> {
  app.get(
    '/api/operator/users',
    doc('account', 'Every account with its workspaces and roles (the operator only)', {
      operationId: 'listUsers',
      access: 'operator',
      responses: { 200: userList },
    }),
    async () => ({ users: await store.users.listWithWorkspaces() }),
  );
}
