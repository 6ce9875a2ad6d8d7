import type { Migration } from 'kysely';
import type { Dialect } from '../connect.ts';
import { initial } from './0001-initial.ts';
import { files } from './0002-files.ts';
import { webhooks } from './0003-webhooks.ts';
import { credentials } from './0004-credentials.ts';
import { usage } from './0005-usage.ts';
import { nodeRunsKey } from './0006-node-runs-key.ts';
import { nodeRunBatches } from './0007-node-run-batches.ts';
import { unfinishedRunsIndex } from './0008-unfinished-runs-index.ts';
import { runTrigger } from './0009-run-trigger.ts';
import { presetsSchedules } from './0010-presets-schedules.ts';
import { webhookOptions } from './0011-webhook-options.ts';
import { reviews } from './0012-reviews.ts';
import { copilot } from './0013-copilot.ts';
import { agentMcp } from './0014-agent-mcp.ts';
import { nodeState } from './0015-node-state.ts';
import { oauthStates } from './0016-oauth-states.ts';
import { memories } from './0017-memories.ts';
import { webhookSignatureScheme } from './0018-webhook-signature-scheme.ts';
import { graphPins } from './0019-graph-pins.ts';
import { workspaces } from './0020-workspaces.ts';
import { auditLog } from './0021-audit-log.ts';
import { evaluations } from './0022-evaluations.ts';
import { releases } from './0023-releases.ts';
import { budgets } from './0024-budgets.ts';
import { evaluationLeases } from './0025-evaluation-leases.ts';
import { runNodeLimit } from './0026-run-node-limit.ts';
import { runShares } from './0027-run-shares.ts';
import { apps } from './0031-apps.ts';
import { notifications } from './0032-notifications.ts';
import { messageTriggers } from './0033-message-triggers.ts';
import { dataTables } from './0034-data-tables.ts';
import { knowledge } from './0035-knowledge.ts';
import { copilotMemories } from './0036-copilot-memories.ts';
import { endedRunsIndex } from './0028-ended-runs-index.ts';
import { errorAgents } from './0029-error-agents.ts';
import { agentRetention } from './0030-agent-retention.ts';

/** Every migration, by name in apply order; names never change once released. */
export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initial,
    '0002-files': files(dialect),
    '0003-webhooks': webhooks,
    '0004-credentials': credentials,
    '0005-usage': usage,
    '0006-node-runs-key': nodeRunsKey(dialect),
    '0007-node-run-batches': nodeRunBatches(dialect),
    '0008-unfinished-runs-index': unfinishedRunsIndex,
    '0009-run-trigger': runTrigger,
    '0010-presets-schedules': presetsSchedules,
    '0011-webhook-options': webhookOptions,
    '0012-reviews': reviews,
    '0013-copilot': copilot,
    '0014-agent-mcp': agentMcp,
    '0015-node-state': nodeState,
    '0016-oauth-states': oauthStates,
    '0017-memories': memories,
    '0018-webhook-signature-scheme': webhookSignatureScheme,
    '0019-graph-pins': graphPins,
    '0020-workspaces': workspaces,
    '0021-audit-log': auditLog(dialect),
    '0022-evaluations': evaluations,
    '0023-releases': releases,
    '0024-budgets': budgets(dialect),
    '0025-evaluation-leases': evaluationLeases,
    '0026-run-node-limit': runNodeLimit,
    '0027-run-shares': runShares,
    '0028-ended-runs-index': endedRunsIndex,
    '0029-error-agents': errorAgents,
    '0030-agent-retention': agentRetention,
    '0031-apps': apps,
    '0032-notifications': notifications,
    '0033-message-triggers': messageTriggers,
    '0034-data-tables': dataTables,
    '0035-knowledge': knowledge,
    '0036-copilot-memories': copilotMemories,
  };
}
