/** The API's shapes, taken as types from the packages that define them: one source. */
export type { GraphFile, GraphLink, GraphNode, GraphRunRecord, NodeRunRecord, NodeRunStatus, GraphRunStatus, RunEvent, GraphIssue } from '@blocksmith/engine';
export type { ArtifactRef, BlockManifest, JsonSchema, FileRef } from '@blocksmith/sdk';
export type { CopilotSessionDetail, CopilotSessionInfo, ToolCallRecord, TranscriptItem, TurnMessage } from '@blocksmith/server/copilot-wire';
export type { ApiErrorBody } from '@blocksmith/server/error-wire';
export type { OAuthProviderInfo } from '@blocksmith/server/oauth-wire';
export type { NodeSummary, RunDetail } from '@blocksmith/server/run-wire';
export type { ApiKey as ApiKeyInfo, CredentialInfo, FileInfo, GraphSummary, Preset, Review, Schedule, User, Webhook } from '@blocksmith/store';

import type { GraphFile, GraphIssue, RunTrigger } from '@blocksmith/engine';
import type { GraphSummary, Schedule, User } from '@blocksmith/store';

export type RunTriggerKind = RunTrigger['kind'];

/** A schedule as the API shows it: with its next fire times (ISO), none while disabled. */
export interface ShownSchedule {
  schedule: Schedule;
  nextRuns: string[];
}

/** What creating a schedule takes; the server fills in the defaults. */
export interface NewSchedule {
  name?: string;
  cron: string;
  timezone: string;
  inputs?: Record<string, unknown>;
  presetId?: string;
  enabled?: boolean;
  catchUp?: Schedule['catchUp'];
  overlap?: Schedule['overlap'];
}

/** A decision on a review, as the API takes it. */
export interface ReviewDecisionRequest {
  decision: 'approve' | 'reject';
  data?: unknown;
  reason?: string;
}

export interface GraphDetail extends GraphSummary {
  version: number;
  graph: GraphFile;
  /** What keeps this version from running; empty when it can run. A version with issues is a draft. */
  issues?: GraphIssue[];
}

export interface LibraryGraph extends GraphSummary {
  lastRun: { runId: string; status: string; createdAt: number } | null;
}

export interface AuthState {
  needsSetup: boolean;
  signupOpen: boolean;
  user: User | null;
}
