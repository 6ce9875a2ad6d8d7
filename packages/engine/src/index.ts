export { Engine } from './engine.ts';
export type { CreateRunOptions, EngineOptions, ExecuteRunOptions, RunHandle, StartRunOptions } from './engine.ts';
export { GRAPH_SCHEMA_VERSION, graphFileSchema } from './graph/graph-file.ts';
export type { GraphFile, GraphLink, GraphNode, NodeOptions, StoredGraph } from './graph/graph-file.ts';
export { GraphValidationError } from './graph/graph-issue.ts';
export type { GraphIssue } from './graph/graph-issue.ts';
export { parseGraph, validateGraph } from './graph/validate-graph.ts';
export type { GraphValidation } from './graph/validate-graph.ts';
export { systemClock } from './ports/clock.ts';
export type { Clock } from './ports/clock.ts';
export { InMemoryEventBus } from './ports/events.ts';
export type {
  EventSink,
  GraphRunStatusEvent,
  NodeRunOutputEvent,
  NodeRunProgressEvent,
  NodeRunStatusEvent,
  ReviewDecidedEvent,
  ReviewPendingEvent,
  RunEvent,
} from './ports/events.ts';
export { noCredentials } from './ports/credential-store.ts';
export type { CredentialStore } from './ports/credential-store.ts';
export { InMemoryFileStore } from './ports/file-store.ts';
export type { FileStore, StoredFile } from './ports/file-store.ts';
export { InMemoryGraphStore } from './ports/graph-store.ts';
export type { GraphStore } from './ports/graph-store.ts';
export { stderrWarnings } from './ports/logger.ts';
export type { LogEntry, LogLevel, LogSink } from './ports/logger.ts';
export { cosine, InMemoryMemoryStore, rankBySimilarity } from './ports/memory-store.ts';
export type { MemoryEntry, MemoryQuery, MemoryStore } from './ports/memory-store.ts';
export { InMemoryNodeState } from './ports/node-state.ts';
export type { NodeStateScope, NodeStateStore } from './ports/node-state.ts';
export { InMemoryReviewDesk, noReviewDesk } from './ports/review-desk.ts';
export type { OpenedReview, ReviewDesk, ReviewOpening } from './ports/review-desk.ts';
export { InMemoryRunStore } from './ports/run-store.ts';
export type { RunStore } from './ports/run-store.ts';
export { BlockRegistry } from './registry/block-registry.ts';
export { backoffDelay } from './run/backoff.ts';
export { toolName } from './run/tool-bindings.ts';
export type { CompiledGraph } from './run/compiled-types.ts';
export { hasEnded, nodeRunId } from './run/records.ts';
export type { GraphRunRecord, GraphRunStatus, NodeRunRecord, NodeRunStatus, RunTrigger } from './run/records.ts';
export { RunInputError } from './run/run-input-error.ts';
export { timeOrderedId } from './run/run-id.ts';
export { canonicalJson, ReplayLog } from './run/replay-log.ts';
export { runBlockExample } from './examples/run-block-example.ts';
export type { ExampleResult } from './examples/run-block-example.ts';
