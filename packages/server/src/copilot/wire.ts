import type { ArtifactRef, ModelUsage } from '@blocksmith/sdk';
import type { CopilotSession } from '@blocksmith/store';

/** The copilot's shapes on the wire: what a session holds and what a turn streams. Types only, for the web app too. */

/** A tool call of a model step, as it ran: what was asked, what came back, when. */
export interface ToolCallRecord {
  callId: string;
  name: string;
  args: unknown;
  result: unknown;
  startedAt: number;
  endedAt: number;
}

/** What the person said (with the workspace files they attached). */
export interface UserItem {
  kind: 'user';
  text: string;
  fileIds?: string[];
}

/** One model step: the text it wrote and the tools it called. */
export interface StepItem {
  kind: 'step';
  text: string;
  toolCalls: ToolCallRecord[];
}

/** A turn that ended in an error (the model could not be reached, say); shown, never sent to the model. */
export interface ErrorItem {
  kind: 'error';
  message: string;
}

export type TranscriptItem = UserItem | StepItem | ErrorItem;

/** What a turn reports while it runs, in order. */
export type TurnEvent =
  | { type: 'delta'; text: string }
  | { type: 'tool_start'; callId: string; name: string; args: unknown }
  | { type: 'tool_end'; call: ToolCallRecord }
  | { type: 'step'; step: StepItem }
  | { type: 'usage'; usage: ModelUsage };

/** Each server-sent event of `POST /api/copilot/sessions/:id/messages`: the turn's events, then `done` or `error`. */
export type TurnMessage = TurnEvent | { type: 'done' } | { type: 'error'; message: string };

/** A session as the API shows it: the store's record. */
export type CopilotSessionInfo = CopilotSession;

/** `GET /api/copilot/sessions/:id`. */
export interface CopilotSessionDetail {
  session: CopilotSessionInfo;
  items: TranscriptItem[];
  artifacts: ArtifactRef[];
  /** Whether a turn is going on now (a reload while it answers). */
  running: boolean;
}
