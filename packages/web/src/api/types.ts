/**
 * The API's shapes by name. Every answer and request body comes from the generated contract
 * (schema.gen.ts, made from the server's OpenAPI document by `npm run api`); what travels on the
 * run WebSocket and the copilot's event stream, which the document does not describe, and the
 * graph file the editor works on, come from the packages that define them.
 */
import type { components, operations } from './schema.gen.ts';

type Schemas = components['schemas'];
/** The JSON body of an operation's request. */
export type RequestBody<O extends keyof operations> = operations[O] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type ApiErrorBody = Schemas['ApiError'];
export type ApiKeyInfo = Schemas['ApiKey'];
export type ArtifactRef = Schemas['ArtifactRef'];
export type AuthState = Schemas['AuthState'];
export type BlockManifest = Schemas['BlockManifest'];
export type CopilotSessionDetail = Schemas['CopilotSessionDetail'];
export type CopilotSessionInfo = Schemas['CopilotSession'];
export type CredentialInfo = Schemas['CredentialInfo'];
export type FileInfo = Schemas['FileInfo'];
export type FileRef = Schemas['FileRef'];
export type GraphDetail = Schemas['GraphDetail'];
export type Workspace = Schemas['Workspace'];
export type WorkspaceMember = Schemas['WorkspaceMember'];
export type WorkspaceInvitation = Schemas['WorkspaceInvitation'];
export type WorkspaceRole = Workspace['role'];
export type GraphIssue = Schemas['GraphIssue'];
export type GraphRunRecord = Schemas['GraphRunRecord'];
export type GraphRunStatus = Schemas['GraphRunStatus'];
export type GraphSummary = Schemas['GraphSummary'];
export type LibraryGraph = Schemas['LibraryGraph'];
export type NodePin = Schemas['NodePin'];
export type NodeRunRecord = Schemas['NodeRunRecord'];
export type NodeSummary = Schemas['NodeSummary'];
export type OAuthProviderInfo = Schemas['OAuthProvider'];
export type Preset = Schemas['Preset'];
export type Review = Schemas['Review'];
export type RunDetail = Schemas['RunDetail'];
export type RunShare = Schemas['RunShare'];
export type AgentRetention = Schemas['AgentRetention'];
export type SharedRun = Schemas['SharedRun'];
export type RunTriggerKind = Schemas['RunTrigger']['kind'];
export type Schedule = Schemas['Schedule'];
export type ShownSchedule = Schemas['ShownSchedule'];
export type ToolCallRecord = Schemas['ToolCallRecord'];
export type TranscriptItem = Schemas['TranscriptItem'];
export type User = Schemas['User'];
export type Webhook = Schemas['Webhook'];
export type MessageTrigger = Schemas['MessageTrigger'];
export type Dataset = Schemas['Dataset'];
export type DatasetCase = Schemas['DatasetCase'];
export type DataTable = Schemas['DataTable'];
export type DataTableColumn = Schemas['DataTableColumn'];
export type DataTableRow = Schemas['DataTableRow'];
export type KnowledgeBase = Schemas['KnowledgeBase'];
export type KnowledgeDocument = Schemas['KnowledgeDocument'];
export type KnowledgePassage = Schemas['KnowledgePassage'];
export type Evaluator = Schemas['Evaluator'];
export type Evaluation = Schemas['Evaluation'];
export type EvaluationCase = Schemas['EvaluationCase'];
export type EvaluationComparison = Schemas['EvaluationComparison'];
export type GraphAlias = Schemas['GraphAlias'];
export type Release = Schemas['Release'];
export type ReleaseGate = Schemas['ReleaseGate'];
export type AgentBudget = Schemas['AgentBudget'];
export type SpendLimit = Schemas['SpendLimit'];
export type Spend = Schemas['Spend'];
export type AgentSpend = operations['getAgentSpend']['responses'][200]['content']['application/json'];
export type AccountBudget = operations['getAccountBudget']['responses'][200]['content']['application/json'];

export type NewSchedule = RequestBody<'createSchedule'>;
export type AppSettings = RequestBody<'publishApp'>;
export type PublishedApp = Schemas['PublishedApp'];
export type AppPage = Schemas['AppPage'];
export type AppRun = Schemas['AppRun'];
export type AppMessage = Schemas['AppMessage'];
export type Notification = Schemas['Notification'];
export type NotificationSettings = Schemas['NotificationSettings'];
export type AppConversation = Schemas['AppConversation'];
export type ScheduleChange = RequestBody<'changeSchedule'>;
export type NewWebhook = RequestBody<'createWebhook'>;
export type NewMessageTrigger = RequestBody<'createMessageTrigger'>;
export type MessageTriggerChange = RequestBody<'changeMessageTrigger'>;
export type ReviewDecisionRequest = RequestBody<'decideReview'>;
export type NewDataset = RequestBody<'createDataset'>;
export type NewDataTable = RequestBody<'createDataTable'>;
export type DataTableChange = RequestBody<'changeDataTable'>;
export type TableQuery = RequestBody<'queryDataTable'>;
export type NewKnowledgeBase = RequestBody<'createKnowledgeBase'>;
export type KnowledgeDocumentSource = RequestBody<'addKnowledgeDocument'>;
export type DatasetChange = RequestBody<'changeDataset'>;
export type NewCase = RequestBody<'addDatasetCases'>['cases'][number];
export type NewEvaluation = RequestBody<'startEvaluation'>;
export type AliasMove = RequestBody<'moveAlias'>;
/** Which runs to list: by graph, status, trigger, creation time, page. */
export type RunQuery = NonNullable<operations['listRuns']['parameters']['query']>;
export type RunList = operations['listRuns']['responses'][200]['content']['application/json'];

export type { GraphFile, GraphLink, GraphNode, RunEvent } from '@blocksmith/engine';
export type { JsonSchema } from '@blocksmith/sdk';
export type { TurnMessage } from '@blocksmith/server/copilot-wire';
