export { connect } from './connect.ts';
export { backupDatabase, restoreDatabase } from './database-backup.ts';
export { isStorageFull } from './storage-full.ts';
export type { ConnectOptions, Dialect, StoreConnection } from './connect.ts';
export { ApiKeysRepository } from './repositories/api-keys.ts';
export type { ApiKey } from './repositories/api-keys.ts';
export { RunSharesRepository } from './repositories/run-shares.ts';
export type { RunShare } from './repositories/run-shares.ts';
export { ErrorAgentFiresRepository } from './repositories/error-agent-fires.ts';
export { AppConversationsRepository, type AppConversation, type AppMessage } from './repositories/app-conversations.ts';
export {
  DEFAULT_NOTIFICATION_SETTINGS,
  NotificationsRepository,
  type NewNotification,
  type NotifiableEvent,
  type Notification,
  type NotificationKind,
  type NotificationSettings,
} from './repositories/notifications.ts';
export { AppsRepository, SlugTakenError, type App, type AppAccess, type AppKind, type AppSettings } from './repositories/apps.ts';
export type { UnansweredFailure } from './repositories/error-agent-fires.ts';
export { CopilotRepository } from './repositories/copilot.ts';
export type { CopilotItem, CopilotSession } from './repositories/copilot.ts';
export { CredentialsRepository } from './repositories/credentials.ts';
export type { CredentialInfo } from './repositories/credentials.ts';
export { FilesRepository } from './repositories/files.ts';
export type { FileInfo, FileOrigin } from './repositories/files.ts';
export { GraphVersionConflict, GraphsRepository } from './repositories/graphs.ts';
export type { AgentRetention, GraphListOptions, GraphSummary, GraphVersion } from './repositories/graphs.ts';
export { MemoryRepository } from './repositories/memory.ts';
export type { CopilotMemory } from './repositories/copilot-memories.ts';
export { DataTablesRepository } from './repositories/data-tables.ts';
export { KnowledgeBaseNameTaken, KnowledgeRepository } from './repositories/knowledge.ts';
export type { KnowledgeBase, KnowledgeBaseFields, KnowledgeDocument } from './repositories/knowledge.ts';
export { NodeStateRepository } from './repositories/node-state.ts';
export { PinsRepository } from './repositories/pins.ts';
export type { NodePin } from './repositories/pins.ts';
export { OAuthStatesRepository } from './repositories/oauth-states.ts';
export type { OAuthState } from './repositories/oauth-states.ts';
export { PresetsRepository } from './repositories/presets.ts';
export type { Preset } from './repositories/presets.ts';
export { ReviewsRepository } from './repositories/reviews.ts';
export type { Review, ReviewDecisionFields, ReviewStatus } from './repositories/reviews.ts';
export { RunsRepository } from './repositories/runs.ts';
export type { NodeRunSighting } from './node-run-batches.ts';
export type { LookupPeers } from './lookup-caches.ts';
export { SchedulesRepository } from './repositories/schedules.ts';
export { MessageTriggersRepository } from './repositories/message-triggers.ts';
export type { MessageBroker, MessageTrigger, MessageTriggerFields, MessageTriggerStatus } from './repositories/message-triggers.ts';
export type { CatchUp, FireOutcome, Overlap, Schedule, ScheduleFields, ScheduleFire } from './repositories/schedules.ts';
export type { RunListOptions } from './repositories/runs.ts';
export { SessionsRepository } from './repositories/sessions.ts';
export { UsersRepository } from './repositories/users.ts';
export { WebhooksRepository } from './repositories/webhooks.ts';
export type { SignatureScheme, Webhook, WebhookOptions, WebhookSignature, WebhookTarget } from './repositories/webhooks.ts';
export { SIGNATURE_SCHEMES } from './repositories/webhooks.ts';
export type { User, UserWithPassword } from './repositories/users.ts';
export { SqlRunStore } from './sql-run-store.ts';
export type { Database } from './schema.ts';
export { Store } from './store.ts';
export type { Owner } from './owner.ts';
export { WORKSPACE_ROLES, WorkspacesRepository } from './repositories/workspaces.ts';
export type { Member, MemberWorkspace, Workspace, WorkspaceRole } from './repositories/workspaces.ts';
export type { Invitation, InvitationRefusal } from './repositories/workspace-invitations.ts';
export { RESOURCE_TABLES } from './repositories/resource-owners.ts';
export type { ResourceKind } from './repositories/resource-owners.ts';
export type { AuditEvent, AuditQuery } from './repositories/audit.ts';
export { DatasetNameTaken, DatasetsRepository } from './repositories/datasets.ts';
export type { Dataset, DatasetCase, DatasetFields, NewCase } from './repositories/datasets.ts';
export { EvaluationsRepository } from './repositories/evaluations.ts';
export type { Evaluation, EvaluationCase, EvaluationListOptions, EvaluationSettings, EvaluationStatus } from './repositories/evaluations.ts';
export { PRODUCTION, ReleasesRepository } from './repositories/releases.ts';
export type { AliasMove, GraphAlias, Release, ReleaseGate } from './repositories/releases.ts';
export { SpendRepository } from './repositories/spend.ts';
export type { AgentBudget, DailySpend, Spend } from './repositories/spend.ts';
