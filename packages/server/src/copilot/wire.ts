import type { ModelUsage } from '@blocksmith/sdk';
import type { z } from 'zod';
import type { copilotSession, copilotSessionDetail, toolCallRecord, transcriptItem } from '../wire/copilot.ts';

/** The copilot's shapes: what a session holds (the API's schemas, wire/copilot.ts) and what a turn streams. Types only, for the web app too. */

/** A tool call of a model step, as it ran: what was asked, what came back, when. */
export type ToolCallRecord = z.infer<typeof toolCallRecord>;

/** What the person said, a model step (its text and tool calls), or a turn that ended in an error (shown, never sent to the model). */
export type TranscriptItem = z.infer<typeof transcriptItem>;
export type UserItem = Extract<TranscriptItem, { kind: 'user' }>;
export type StepItem = Extract<TranscriptItem, { kind: 'step' }>;
export type ErrorItem = Extract<TranscriptItem, { kind: 'error' }>;

/** What a turn reports while it runs, in order. */
export type TurnEvent =
  | { type: 'delta'; text: string }
  | { type: 'tool_start'; callId: string; name: string; args: unknown }
  | { type: 'tool_end'; call: ToolCallRecord }
  | { type: 'step'; step: StepItem }
  | { type: 'usage'; usage: ModelUsage };

/** Each server-sent event of `POST /api/copilot/sessions/:id/messages`: the turn's events, then `done` or `error`. */
export type TurnMessage = TurnEvent | { type: 'done' } | { type: 'error'; message: string };

/** A session as the API shows it. */
export type CopilotSessionInfo = z.infer<typeof copilotSession>;

/** `GET /api/copilot/sessions/:id`. */
export type CopilotSessionDetail = z.infer<typeof copilotSessionDetail>;
