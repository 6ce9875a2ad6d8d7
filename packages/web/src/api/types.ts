/** The API's shapes, taken as types from the packages that define them: one source. */
export type { GraphFile, GraphLink, GraphNode, GraphRunRecord, NodeRunRecord, NodeRunStatus, GraphRunStatus, RunEvent, GraphIssue } from '@blocksmith/engine';
export type { BlockManifest, JsonSchema, FileRef } from '@blocksmith/sdk';
export type { ApiKey as ApiKeyInfo, CredentialInfo, GraphSummary, User } from '@blocksmith/store';

import type { GraphFile } from '@blocksmith/engine';
import type { GraphSummary, User } from '@blocksmith/store';

export interface GraphDetail extends GraphSummary {
  version: number;
  graph: GraphFile;
}

export interface LibraryGraph extends GraphSummary {
  lastRun: { runId: string; status: string; createdAt: number } | null;
}

export interface AuthState {
  needsSetup: boolean;
  signupOpen: boolean;
  user: User | null;
}
