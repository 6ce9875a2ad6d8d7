/** The API's shapes, taken as types from the packages that define them: one source. */
export type { GraphFile, GraphLink, GraphNode, GraphRunRecord, NodeRunRecord, NodeRunStatus, GraphRunStatus, RunEvent, GraphIssue } from '@blocksmith/engine';
export type { BlockManifest, JsonSchema, FileRef } from '@blocksmith/sdk';
export type { ApiKey as ApiKeyInfo, CredentialInfo, GraphSummary, User } from '@blocksmith/store';

import type { GraphFile, GraphIssue } from '@blocksmith/engine';
import type { GraphSummary, User } from '@blocksmith/store';

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
