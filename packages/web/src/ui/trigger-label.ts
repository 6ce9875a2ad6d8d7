import type { GraphRunRecord, RunTriggerKind } from '../api/types.ts';
import { runLabel } from './run-label.ts';

/** The ways a run can start, as the run history's filter names them. */
export const TRIGGER_KINDS: Record<RunTriggerKind, string> = {
  manual: 'started in the app',
  api: 'started through the API',
  webhook: 'started by a webhook',
  schedule: 'started by a schedule',
  message: 'started by a broker message',
  rerun: 're-runs',
  node: 'one node alone',
  copilot: 'started by the copilot',
  mcp: 'started by an MCP client',
  error: 'started for a failed run',
  app: 'started from an app page',
  evaluation: 'evaluation cases and their judges',
};

/** The brokers of message triggers, as people know them. */
export const BROKER_NAMES = { amqp: 'RabbitMQ', mqtt: 'MQTT', nats: 'NATS', redis: 'Redis' } as const;

/** What started a run, in a few words for the run history. */
export function triggerLabel(trigger: GraphRunRecord['trigger']): string {
  switch (trigger?.kind) {
    case 'manual':
      return trigger.pins ? 'started in the app, with pins' : TRIGGER_KINDS.manual;
    case 'api':
    case 'webhook':
    case 'copilot':
    case 'mcp':
    case 'app':
      return TRIGGER_KINDS[trigger.kind];
    case 'schedule':
      return `scheduled for ${new Date(trigger.fireTime).toLocaleString()}`;
    case 'message':
      return `message on ${trigger.source} (${BROKER_NAMES[trigger.broker]})`;
    case 'rerun':
      return trigger.fromNode ? `re-run of ${runLabel(trigger.runId)} from ${trigger.fromNode}` : `re-run of ${runLabel(trigger.runId)}`;
    case 'node':
      return `node ${trigger.nodeId} alone`;
    case 'error':
      return `error agent for ${runLabel(trigger.failedRunId)}`;
    case 'evaluation':
      return trigger.judge
        ? `judge of ${trigger.judge.output} in an evaluation`
        : trigger.scores
          ? `evaluator of ${trigger.scores} in an evaluation`
          : 'a case of an evaluation';
    default:
      return 'started before triggers were recorded';
  }
}
