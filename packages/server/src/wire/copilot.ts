import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { artifactRef, timestamp, usageTotals } from './common.ts';

export const copilotSession = named(
  'CopilotSession',
  z.object({
    id: z.string(),
    title: z.string(),
    credentialId: z.string().optional().describe("The model credential it talks through; none: the user's only one."),
    model: z.string(),
    graphId: z.string().optional().describe('The agent open in the builder that the session works on.'),
    usage: usageTotals.optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

export const toolCallRecord = named(
  'ToolCallRecord',
  z.object({ callId: z.string(), name: z.string(), args: z.unknown(), result: z.unknown(), startedAt: timestamp, endedAt: timestamp }),
);

export const transcriptItem = named(
  'TranscriptItem',
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('user'), text: z.string(), fileIds: z.array(z.string()).optional() }),
    z.object({ kind: z.literal('step'), text: z.string(), toolCalls: z.array(toolCallRecord) }),
    z.object({ kind: z.literal('error'), message: z.string() }),
  ]),
);

export const copilotSessionDetail = named(
  'CopilotSessionDetail',
  z.object({
    session: copilotSession,
    items: z.array(transcriptItem),
    artifacts: z.array(artifactRef),
    running: z.boolean().describe('Whether a turn is going on now.'),
  }),
);

export const sessionAnswer = z.object({ session: copilotSession });
export const sessionList = z.object({ sessions: z.array(copilotSession) });
export const stopAnswer = z.object({ stopped: z.boolean() });

export const copilotMemory = named(
  'CopilotMemory',
  z.object({ id: z.string(), text: z.string(), createdAt: timestamp }).describe('Something the copilot keeps about you in this workspace.'),
);
export const memoryList = z.object({ memories: z.array(copilotMemory) });
export const memoryAnswer = z.object({ memory: copilotMemory });
