import { messageValue } from '@blocksmith/blocks';
import { systemClock } from '@blocksmith/engine';
import type { MessageTrigger, Store } from '@blocksmith/store';
import type { ServerConfig } from '../platform/config.ts';
import type { RunService } from '../runs/run-service.ts';
import type { CredentialsVault } from '../vault/credentials-vault.ts';
import { startConsumer } from './message-consumer.ts';
import { MessageTriggerHost } from './message-trigger-host.ts';

/** The inputs a message's run starts with: the preset's (if any), and the message in the trigger's Input. */
async function messageInputs(store: Store, trigger: MessageTrigger, body: Buffer): Promise<Record<string, unknown>> {
  const preset = trigger.presetId === undefined ? undefined : await store.presets.get(trigger.workspaceId, trigger.presetId);
  return { ...(preset?.inputs ?? {}), [trigger.input]: messageValue(body) };
}

/** This process's message triggers: consumers connecting through the outbound policy, runs started through the run service as the trigger's maker. */
export function messageRuns(
  store: Store,
  runs: RunService,
  vault: CredentialsVault,
  config: ServerConfig,
  options: { holder: string; exclusive: boolean; holdMs: number },
): MessageTriggerHost {
  const policy = { allowPrivateNetwork: config.allowPrivateNetwork, allowedHosts: config.allowedHosts, allowedSockets: config.allowedSockets };
  return new MessageTriggerHost(
    {
      triggers: store.messageTriggers,
      clock: systemClock,
      startConsumer,
      connection: async (trigger) => {
        const credential = await vault.resolve(trigger.workspaceId, trigger.credentialId);
        if (!credential) throw new Error(`its credential ${trigger.credentialId} no longer exists; choose another one`);
        if (credential.kind !== trigger.broker || !credential.fields.url) throw new Error(`its credential is not a ${trigger.broker} broker URL`);
        return { url: credential.fields.url, policy };
      },
      startRun: async (trigger, message) => {
        const started = await runs.start(
          { workspaceId: trigger.workspaceId, userId: trigger.userId },
          trigger.graphId,
          await messageInputs(store, trigger, message.body),
          {
            ...(trigger.alias !== undefined ? { alias: trigger.alias } : {}),
            trigger: { kind: 'message', triggerId: trigger.id, broker: trigger.broker, source: message.source },
          },
        );
        return { runId: started.runId, done: started.done };
      },
      log: (message) => process.stderr.write(`blocksmith message triggers: ${message}\n`),
    },
    // Renewed three times within a hold, so one slow look does not let it lapse.
    { ...options, pollMs: Math.max(1000, Math.round(options.holdMs / 3)), maxMessageBytes: config.maxBodyBytes },
  );
}
