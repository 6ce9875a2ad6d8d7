import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp } from './common.ts';

export const auditEvent = named(
  'AuditEvent',
  z.object({
    id: z.string().describe('Time-ordered: a later event has a greater id.'),
    workspaceId: z.string(),
    at: timestamp,
    actor: z.object({
      id: z.string(),
      email: z.string().describe('As it was then.'),
      via: z.enum(['session', 'api_key', 'run']).describe('run: a run acting for them used a credential.'),
    }),
    action: z
      .string()
      .describe(
        'The API operation (its operationId, e.g. changeMemberRole, saveGraph, createCredential), or useCredential when a run used one (once per run).',
      ),
    target: z.string().optional().describe('The id of what it acted on, or of what it created.'),
    details: z.record(z.string(), z.unknown()).describe("The path's ids and the fields that say what changed (a name, a role); never a secret."),
    ip: z.string().optional(),
    userAgent: z.string().optional(),
  }),
);

export const auditPage = z.object({
  events: z.array(auditEvent).describe('Newest first.'),
  next: z.string().optional().describe('Pass as `before` for the next (older) page.'),
});
