/** Timestamps are Unix milliseconds; JSON values are stored as text so both dialects share one shape. */
export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  is_owner: number;
  created_at: number;
  /** JSON { costUsd?, tokens? }: the person's own monthly budget, at most the operator's (migration 0024). */
  budget: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  id: string;
  user_id: string;
  created_at: number;
  expires_at: number;
}

export interface ApiKeysTable {
  id: string;
  /** The workspace the row belongs to (migration 0020); `user_id` is the member who made it. */
  workspace_id: string | null;
  user_id: string;
  name: string;
  /** First characters of the key, shown so users can tell keys apart. */
  prefix: string;
  key_hash: string;
  created_at: number;
  last_used_at: number | null;
}

export interface GraphsTable {
  id: string;
  /** The workspace the row belongs to (migration 0020); `user_id` is the member who made it. */
  workspace_id: string | null;
  user_id: string;
  name: string;
  description: string;
  latest_version: number;
  created_at: number;
  updated_at: number;
  /** 1 when the agent is offered to the owner's MCP clients. */
  mcp: number;
  /** JSON AgentBudget: per run, per day, per month (migration 0024). */
  budget: string | null;
  /** The agent that runs when one of this agent's runs fails, and since when (migration 0029). */
  error_agent_id: string | null;
  error_agent_since: number | null;
  /** JSON AgentRetention: the agent's own retention over the deployment's (migration 0030). */
  retention: string | null;
}

export interface GraphVersionsTable {
  graph_id: string;
  version: number;
  /** The graph file (format v1) as JSON. */
  body: string;
  created_at: number;
}

export interface GraphRunsTable {
  id: string;
  /** The workspace the row belongs to (migration 0020); `user_id` is the member who made it. */
  workspace_id: string | null;
  user_id: string | null;
  graph_id: string | null;
  graph_version: number | null;
  graph_name: string;
  parent_run_id: string | null;
  depth: number;
  status: string;
  inputs: string;
  outputs: string;
  error: string | null;
  usage: string | null;
  /** What started the run (JSON RunTrigger); null for runs recorded before triggers were. */
  trigger: string | null;
  /** JSON { costUsd?, tokens? }: the run's own budget (migration 0024). */
  budget: string | null;
  /** The run's own limit of node runs, when it chose one (migration 0026). */
  max_node_runs: number | null;
  /** From `usage`, for sums of spend over an index (migration 0024). */
  cost_usd: number | null;
  tokens: number | null;
  created_at: number;
  started_at: number | null;
  ended_at: number | null;
}

/** The node runs saved by one flush for one graph run (see node-run-batches.ts). */
export interface NodeRunBatchesTable {
  graph_run_id: string;
  /** Time-ordered (UUIDv7): a run's batches read in this order, later saves winning. */
  batch: string;
  /** The node-run records, a JSON array. */
  body: string;
}

export interface FilesTable {
  id: string;
  /** The workspace the row belongs to (migration 0020); `user_id` is the member who made it. */
  workspace_id: string | null;
  user_id: string | null;
  name: string;
  content_type: string;
  size: number;
  content: Uint8Array;
  created_at: number;
  /** agent (a block or the copilot wrote it) or user-upload. */
  origin: string;
}

export interface WebhooksTable {
  id: string;
  /** The workspace the row belongs to (migration 0020); `user_id` is the member who made it. */
  workspace_id: string | null;
  user_id: string;
  graph_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  preset_id: string | null;
  /** With signature_secret: the header that carries `sha256=<HMAC of the body>`. */
  signature_header: string | null;
  /** Encrypted by the server's vault key; never returned. */
  signature_secret: string | null;
  /** `slack` for Slack's signing scheme; null for GitHub's. */
  signature_scheme: string | null;
  /** JSON list of request header names the graph's `request` input receives. */
  pass_headers: string | null;
  /** The alias whose version its runs run (migration 0023); null: production if the agent has it, else the latest. */
  alias: string | null;
}

export interface CredentialsTable {
  id: string;
  /** The workspace the row belongs to (migration 0020); `user_id` is the member who made it. */
  workspace_id: string | null;
  user_id: string;
  name: string;
  kind: string;
  /** Ciphertext only. */
  secret: string;
  created_at: number;
  updated_at: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface PresetsTable {
  id: string;
  /** The workspace the row belongs to (migration 0020); `user_id` is the member who made it. */
  workspace_id: string | null;
  user_id: string;
  graph_id: string;
  name: string;
  /** JSON object: run inputs by Input-block name. */
  inputs: string;
  created_at: number;
  updated_at: number;
}

export interface SchedulesTable {
  id: string;
  /** The workspace the row belongs to (migration 0020); `user_id` is the member who made it. */
  workspace_id: string | null;
  user_id: string;
  graph_id: string;
  name: string;
  cron: string;
  timezone: string;
  /** JSON object of run inputs; null when the schedule runs a preset (or no inputs). */
  inputs: string | null;
  preset_id: string | null;
  enabled: number;
  catch_up: string;
  overlap: string;
  /** The next fire time not yet handled; null while disabled. */
  next_fire_at: number | null;
  created_at: number;
  updated_at: number;
  /** The alias whose version its runs run (migration 0023); null: production if the agent has it, else the latest. */
  alias: string | null;
}

export interface MessageTriggersTable {
  id: string;
  workspace_id: string;
  user_id: string;
  graph_id: string;
  name: string;
  /** amqp | mqtt | nats | redis */
  broker: string;
  credential_id: string;
  /** The queue (AMQP), topic filter (MQTT), subject (NATS) or stream key (Redis) consumed. */
  source: string;
  /** The Input block that gets each message. */
  input: string;
  preset_id: string | null;
  alias: string | null;
  enabled: number;
  /** The process consuming it, until `held_until` (ms) unless it renews. */
  held_by: string | null;
  held_until: number | null;
  /** listening | failing, as its consumer last found; `problem` says why it fails. */
  status: string | null;
  problem: string | null;
  last_run_id: string | null;
  last_message_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ScheduleFiresTable {
  schedule_id: string;
  fire_time: number;
  /** started, skipped_overlap, or failed (the run could not start: see error). */
  outcome: string;
  run_id: string | null;
  error: string | null;
  created_at: number;
}

export interface ReviewsTable {
  id: string;
  /** The workspace the row belongs to (migration 0020); `user_id` is the member who made it. */
  workspace_id: string | null;
  user_id: string | null;
  run_id: string;
  node_run_id: string;
  node_id: string;
  /** Finds the review again when its run resumes: the same for the same ask of the same run. */
  wait_key: string;
  /** Markdown shown to the reviewer. */
  message: string;
  /** JSON: the data to review. */
  data: string;
  editable: number;
  /** pending, approved or rejected. */
  status: string;
  /** JSON: the data as approved (edited) or as rejected; null while pending. */
  decided_data: string | null;
  reason: string | null;
  created_at: number;
  expires_at: number | null;
  decided_at: number | null;
  /** 1 while its run is parked waiting on it: deciding it must wake the run. */
  parked: number;
}

export interface CopilotSessionsTable {
  id: string;
  /** The workspace the row belongs to (migration 0020); `user_id` is the member who made it. */
  workspace_id: string | null;
  user_id: string;
  title: string;
  credential_id: string | null;
  model: string;
  /** The agent open in the builder this session works on, if any. */
  graph_id: string | null;
  /** JSON UsageTotals of every model call of the session; null before the first. */
  usage: string | null;
  created_at: number;
  updated_at: number;
}

export interface CopilotItemsTable {
  session_id: string;
  seq: number;
  /** user (a message) or step (one model step: its text and tool calls). */
  kind: string;
  /** JSON of the item. */
  body: string;
  created_at: number;
}

export interface NodeStateTable {
  graph_id: string;
  node_id: string;
  key: string;
  /** JSON. */
  value: string;
  updated_at: number;
}

export interface GraphPinsTable {
  graph_id: string;
  node_id: string;
  /** JSON: values by output name. */
  outputs: string;
  /** The run they were taken from, if any. */
  from_run_id: string | null;
  updated_at: number;
}

export interface OAuthStatesTable {
  /** SHA-256 of the state sent to the provider; the state itself is never stored. */
  state_hash: string;
  /** The workspace the row belongs to (migration 0020); `user_id` is the member who made it. */
  workspace_id: string | null;
  user_id: string;
  provider: string;
  /** The name the credential gets. */
  name: string;
  /** The PKCE code verifier, sealed by the vault. */
  verifier: string;
  redirect_uri: string;
  created_at: number;
}

export interface MemoriesTable {
  id: string;
  /** The workspace the row belongs to (migration 0020); `user_id` is the member who made it. */
  workspace_id: string | null;
  user_id: string;
  namespace: string;
  text: string;
  /** JSON object. */
  metadata: string;
  model: string;
  /** Float32 values, little-endian, base64. */
  embedding: string;
  created_at: number;
}

export interface WorkspacesTable {
  id: string;
  name: string;
  /** The user a personal workspace belongs to (its id is theirs too); null for a shared one. */
  personal_user_id: string | null;
  created_at: number;
}

export interface WorkspaceMembersTable {
  workspace_id: string;
  user_id: string;
  role: string;
  created_at: number;
}

export interface WorkspaceInvitationsTable {
  id: string;
  workspace_id: string;
  /** SHA-256 of the link's token. */
  token_hash: string;
  role: string;
  email: string | null;
  created_by: string | null;
  created_at: number;
  expires_at: number;
  accepted_by: string | null;
  /** When it was accepted or revoked: a link works once. */
  ended_at: number | null;
}

export interface AuditEventsTable {
  /** Time-ordered (UUIDv7). */
  id: string;
  workspace_id: string;
  at: number;
  actor_id: string;
  /** As it was then: an account's email may change later. */
  actor_email: string;
  via: string;
  /** The API operation (its operationId), or `signIn`. */
  action: string;
  target: string | null;
  /** JSON: the path's ids and the few fields that say what changed (never a secret). */
  details: string;
  ip: string | null;
  user_agent: string | null;
}

/** A named set of cases to evaluate agents with (migration 0022). */
export interface DatasetsTable {
  id: string;
  workspace_id: string;
  user_id: string | null;
  name: string;
  description: string;
  /** The agent it was made for, if any: what its cases' inputs fit. */
  graph_id: string | null;
  /** JSON EvaluatorSpec[]: how evaluations score each output. */
  evaluators: string;
  /** The score (0..1) a case and an evaluation must reach to pass. */
  threshold: number;
  created_at: number;
  updated_at: number;
}

export interface DatasetCasesTable {
  id: string;
  dataset_id: string;
  position: number;
  /** JSON: values for the agent's Input blocks, by name. */
  inputs: string;
  /** JSON: what each output should be, by output name. */
  expected: string;
  /** The run it was made from ("add this run as a case"). */
  from_run_id: string | null;
  created_at: number;
  updated_at: number;
}

/** A data table of a workspace (migration 0034). */
export interface DataTablesTable {
  id: string;
  workspace_id: string;
  user_id: string | null;
  name: string;
  description: string;
  /** JSON DataColumn[]: the columns' names and types, in order. */
  columns: string;
  /** The position the next row added gets. */
  next_position: number;
  created_at: number;
  updated_at: number;
}

export interface DataTableRowsTable {
  id: string;
  table_id: string;
  position: number;
  /** JSON: the row's values by column name. */
  data: string;
  created_at: number;
  updated_at: number;
}

/** A thing the copilot remembers about a member in a workspace (migration 0036). */
export interface CopilotMemoriesTable {
  id: string;
  workspace_id: string;
  user_id: string;
  text: string;
  created_at: number;
}

/** A knowledge base of a workspace (migration 0035): its documents' passages are embedded with `model` through `credential_id`. */
export interface KnowledgeBasesTable {
  id: string;
  workspace_id: string;
  user_id: string | null;
  name: string;
  description: string;
  credential_id: string;
  model: string;
  chunk_chars: number;
  chunk_overlap: number;
  created_at: number;
  updated_at: number;
}

export interface KnowledgeDocumentsTable {
  id: string;
  base_id: string;
  name: string;
  /** Where it came from: a file's name or a web address, or "text". */
  source: string;
  /** SHA-256 of its text: adding it again unchanged changes nothing. */
  content_hash: string;
  chars: number;
  created_at: number;
  updated_at: number;
}

export interface KnowledgeChunksTable {
  id: string;
  base_id: string;
  document_id: string;
  position: number;
  text: string;
  /** Float32 values, little-endian, base64. */
  embedding: string;
}

/** One agent version run over a dataset's cases. */
export interface EvaluationsTable {
  id: string;
  workspace_id: string;
  user_id: string | null;
  graph_id: string;
  graph_version: number;
  /** Null once the dataset is deleted; its name stays. */
  dataset_id: string | null;
  dataset_name: string;
  /** JSON EvaluatorSpec[], as the evaluation scored with. */
  evaluators: string;
  threshold: number;
  concurrency: number;
  /** RUNNING, COMPLETED (every case scored), FAILED (it could not go on) or TERMINATED (stopped). */
  status: string;
  /** JSON EvaluationSummary, written as cases end. */
  summary: string | null;
  error: string | null;
  created_at: number;
  ended_at: number | null;
  /** The server working on it, until `lease_until` (migration 0025); another takes it over after that. */
  runner: string | null;
  lease_until: number | null;
}

export interface EvaluationCasesTable {
  evaluation_id: string;
  case_id: string;
  position: number;
  inputs: string;
  expected: string;
  run_id: string | null;
  /** PENDING until the case's run and its evaluators end; then the run's end status. */
  status: string;
  outputs: string | null;
  /** JSON OutputScore[]. */
  scores: string | null;
  score: number | null;
  /** JSON UsageTotals: the agent's run and the runs that scored it. */
  usage: string | null;
  latency_ms: number | null;
  error: string | null;
}

/** A named pointer at one version of an agent (migration 0023). */
export interface GraphAliasesTable {
  graph_id: string;
  name: string;
  version: number;
  /** With gate_min_score: moving the alias needs an evaluation of the version on this dataset scoring at least that. */
  gate_dataset_id: string | null;
  gate_min_score: number | null;
  updated_by: string | null;
  updated_at: number;
}

/** One move of an alias: who, when, from which version to which (null: removed), and the evaluation that passed its gate. */
export interface GraphReleasesTable {
  id: string;
  graph_id: string;
  alias: string;
  version: number | null;
  from_version: number | null;
  user_id: string | null;
  evaluation_id: string | null;
  /** Why the gate did not apply (a rollback to a version the alias had), or what changed. */
  note: string | null;
  created_at: number;
}

/** A link that shows one run's inputs and outputs to whoever has it (migration 0027); only its secret's hash is kept. */
export interface RunSharesTable {
  id: string;
  token_hash: string;
  run_id: string;
  workspace_id: string;
  created_by: string;
  created_at: number;
  revoked_at: number | null;
}

/** An agent published as a page at /apps/<slug> (migration 0031). */
export interface AppsTable {
  id: string;
  slug: string;
  graph_id: string;
  workspace_id: string;
  /** form or chat. */
  kind: string;
  title: string;
  description: string;
  access: string;
  link_key: string | null;
  runs_per_minute: number;
  /** JSON: a SpendLimit, or null. */
  daily_budget: string | null;
  /** JSON: the origins whose pages may embed the app (its widget), e.g. ["https://shop.example"]. */
  allowed_origins: string;
  published_by: string;
  created_at: number;
  updated_at: number;
}

/** A run an app page's visitor started, and a hash of their cookie (migration 0031). */
export interface AppRunsTable {
  run_id: string;
  app_id: string;
  visitor_hash: string;
  created_at: number;
}

/** A file an app page's visitor uploaded as an input (migration 0031). */
export interface AppUploadsTable {
  file_id: string;
  app_id: string;
  visitor_hash: string;
  created_at: number;
}

/** A conversation of a chat app's visitor (migration 0031). */
export interface AppConversationsTable {
  id: string;
  app_id: string;
  visitor_hash: string;
  title: string;
  created_at: number;
  updated_at: number;
}

/** One message of a chat app's conversation: the visitor's, or the agent's reply with the run that gave it (migration 0031). */
export interface AppMessagesTable {
  conversation_id: string;
  seq: number;
  role: string;
  text: string;
  run_id: string | null;
  error: string | null;
  created_at: number;
}

/** What a person is told, one row per agent and kind while its digest window is open (migration 0032). */
export interface NotificationsTable {
  id: string;
  user_id: string;
  workspace_id: string | null;
  /** run_failed, review_waiting, fire_failed or budget_reached. */
  kind: string;
  /** What the digest groups by: the agent's id. */
  subject: string;
  title: string;
  body: string;
  /** The app's address to open, e.g. /#/runs. */
  link: string;
  count: number;
  created_at: number;
  updated_at: number;
  read_at: number | null;
  /** When email and webhook were sent (or found nothing to send); null while the digest window is open. */
  delivered_at: number | null;
  /** How the delivery went, per channel (JSON), when it was tried. */
  delivery: string | null;
}

/** An event told of once: a failed run, a waiting review, a failed fire (migration 0032). */
export interface NotificationEventsTable {
  source: string;
  source_id: string;
  at: number;
  created_at: number;
}

/** A person's channels beyond the app (migration 0032). */
export interface NotificationSettingsTable {
  user_id: string;
  email: number;
  webhook_url: string | null;
  /** JSON: agent ids whose failures the person is not told of. */
  muted_agents: string;
}

/** One failed run an error agent was started for: claimed, then its run or why none started (migration 0029). */
export interface ErrorAgentFiresTable {
  failed_run_id: string;
  claimed_by: string;
  claimed_at: number;
  error_run_id: string | null;
  problem: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  run_shares: RunSharesTable;
  error_agent_fires: ErrorAgentFiresTable;
  apps: AppsTable;
  app_runs: AppRunsTable;
  app_uploads: AppUploadsTable;
  app_conversations: AppConversationsTable;
  app_messages: AppMessagesTable;
  notifications: NotificationsTable;
  notification_events: NotificationEventsTable;
  notification_settings: NotificationSettingsTable;
  graphs: GraphsTable;
  graph_versions: GraphVersionsTable;
  graph_runs: GraphRunsTable;
  node_run_batches: NodeRunBatchesTable;
  settings: SettingsTable;
  files: FilesTable;
  webhooks: WebhooksTable;
  credentials: CredentialsTable;
  presets: PresetsTable;
  schedules: SchedulesTable;
  schedule_fires: ScheduleFiresTable;
  message_triggers: MessageTriggersTable;
  reviews: ReviewsTable;
  copilot_sessions: CopilotSessionsTable;
  copilot_items: CopilotItemsTable;
  copilot_memories: CopilotMemoriesTable;
  node_state: NodeStateTable;
  graph_pins: GraphPinsTable;
  oauth_states: OAuthStatesTable;
  memories: MemoriesTable;
  workspaces: WorkspacesTable;
  workspace_members: WorkspaceMembersTable;
  workspace_invitations: WorkspaceInvitationsTable;
  audit_events: AuditEventsTable;
  datasets: DatasetsTable;
  dataset_cases: DatasetCasesTable;
  data_tables: DataTablesTable;
  data_table_rows: DataTableRowsTable;
  knowledge_bases: KnowledgeBasesTable;
  knowledge_documents: KnowledgeDocumentsTable;
  knowledge_chunks: KnowledgeChunksTable;
  evaluations: EvaluationsTable;
  evaluation_cases: EvaluationCasesTable;
  graph_aliases: GraphAliasesTable;
  graph_releases: GraphReleasesTable;
}
