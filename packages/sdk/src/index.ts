export { defineBlock } from './block.ts';
export type {
  AnyBlock,
  BlockSteps,
  BlockCost,
  BlockDefinition,
  BlockKind,
  CredentialRequirement,
  InputShape,
  OutputShape,
  OutputYield,
  DynamicYield,
  RetryPolicy,
} from './block.ts';
export type {
  BlockContext,
  BlockFiles,
  Credential,
  BlockLogger,
  BlockSettings,
  FileContent,
  FileRef,
  GraphRef,
  NodeState,
  BlockMemory,
  MemoryItem,
  ProgressUpdate,
  ReviewDecision,
  ReviewRequest,
  SubGraphResult,
} from './context.ts';
export type { BlockExample } from './example.ts';
export { BlockError, toErrorValue } from './errors.ts';
export type { BlockErrorValue } from './errors.ts';
export { blockManifest, requiredInputs, toJsonSchema } from './schema.ts';
export type { BlockManifest } from './schema.ts';
export type { JsonSchema } from './json-schema.ts';
export { describeTypes, schemaTypes, sinkPinSchema, typesCompatible } from './link-types.ts';
export { parsePin } from './pin.ts';
export { ownProperty } from './own-property.ts';
export { fileNameSchema } from './file-name.ts';
export { columnName, columnType, conditionOp, dataColumn, ROW_FIELDS, rowCondition, rowSort } from './data-table.ts';
export type { BlockKnowledge, KnowledgeBaseRef, KnowledgePassage } from './knowledge.ts';
export type { BlockTables, ColumnType, DataColumn, RowCondition, RowQuery, RowSort, TableRow } from './data-table.ts';
export type { PinRef } from './pin.ts';
export { addUsage } from './usage.ts';
export { jsonLargerThan } from './json-size.ts';
export type { ModelUsage, UsageTotals } from './usage.ts';
export type { AgentTool, ToolResult } from './tools.ts';
export { artifactOf, isFileRef, WORKSPACE_SCHEME, workspaceFileId, workspaceRef } from './artifact.ts';
export type { ArtifactRef } from './artifact.ts';
