import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import type { NewMessageTrigger } from '../api/types.ts';
import { FormError } from '../ui/form-error.tsx';
import { BROKER_NAMES } from '../ui/trigger-label.ts';
import { useBuilder } from './builder-store.ts';
import { inputNodesOf } from './run-inputs.ts';

type Broker = NewMessageTrigger['broker'];

/** What each broker's trigger consumes, as its field asks for it. */
const SOURCE_LABELS: Record<Broker, { label: string; placeholder: string }> = {
  amqp: { label: 'Queue', placeholder: 'orders (made, durable, if missing)' },
  mqtt: { label: 'Topic filter', placeholder: 'sensors/+/door' },
  nats: { label: 'Subject (in a JetStream stream)', placeholder: 'orders.>' },
  redis: { label: 'Stream key', placeholder: 'orders' },
};

/** Message triggers of the agent: a run per message of a RabbitMQ queue, an MQTT topic, a NATS subject or a Redis stream. */
export function MessageTriggersSection({ graphId }: { graphId: string }) {
  const client = useQueryClient();
  const listKey = queries.messageTriggers(graphId).queryKey;
  const triggers = useQuery(queries.messageTriggers(graphId)).data?.triggers ?? [];
  const credentials = useQuery(queries.credentials()).data?.credentials ?? [];
  const presets = useQuery(queries.presets(graphId)).data?.presets ?? [];
  const [broker, setBroker] = useState<Broker>('amqp');
  const [credentialId, setCredentialId] = useState('');
  const [source, setSource] = useState('');
  const [input, setInput] = useState('');
  const [presetId, setPresetId] = useState('');
  const [error, setError] = useState<string>();
  const nodes = useBuilder((s) => s.nodes);
  const blocks = useBuilder((s) => s.blocks);
  const inputNames = [...new Set(inputNodesOf(nodes, blocks).map((n) => n.data.inputs.name as string))];
  const fitting = credentials.filter((c) => c.kind === broker);
  const chosenCredential = credentialId || fitting[0]?.id || '';
  const chosenInput = input || (inputNames.includes('message') ? 'message' : (inputNames[0] ?? ''));

  const act = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      await client.invalidateQueries({ queryKey: listKey });
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    }
  };

  return (
    <div className="trigger-group">
      <h3>Messages</h3>
      <ul className="trigger-list">
        {triggers.map((trigger) => (
          <li key={trigger.id} data-testid={`message-trigger-${trigger.name}`}>
            <div>
              <strong>{trigger.name}</strong> <span className="muted small">{BROKER_NAMES[trigger.broker]}</span> <code>{trigger.source}</code> →{' '}
              <code>{trigger.input}</code>
            </div>
            <div className="small" role="status">
              {!trigger.enabled ? (
                <span className="muted">paused: messages wait at the broker</span>
              ) : trigger.status === 'listening' ? (
                <>
                  <span className="ok">listening</span>
                  {trigger.problem && <span className="warning"> · {trigger.problem}</span>}
                </>
              ) : trigger.status === 'failing' ? (
                <span className="error">{trigger.problem}</span>
              ) : (
                <span className="muted">connecting…</span>
              )}
              {trigger.lastRunId && trigger.lastMessageAt !== undefined && (
                <>
                  {' · '}
                  <a href={`#/runs/${trigger.lastRunId}`}>last message {new Date(trigger.lastMessageAt).toLocaleString()}</a>
                </>
              )}
            </div>
            <label className="field-inline small">
              <input
                type="checkbox"
                checked={trigger.enabled}
                onChange={(e) => {
                  const enabled = e.target.checked;
                  // Shown at once; the read after the change brings what its consumer found.
                  client.setQueryData(listKey, (old) => old && { triggers: old.triggers.map((t) => (t.id === trigger.id ? { ...t, enabled } : t)) });
                  void act(() => api.updateMessageTrigger(trigger.id, { enabled }));
                }}
              />
              enabled
            </label>
            <button
              type="button"
              className="small"
              aria-label={`Delete message trigger ${trigger.name}`}
              onClick={() => void act(() => api.deleteMessageTrigger(trigger.id))}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <form
        className="trigger-form"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() =>
            api.createMessageTrigger(graphId, {
              broker,
              credentialId: chosenCredential,
              source,
              input: chosenInput,
              ...(presetId ? { presetId } : {}),
            }),
          ).then((created) => created && setSource(''));
        }}
      >
        <div className="field">
          <label htmlFor="message-broker">Broker</label>
          <select
            id="message-broker"
            value={broker}
            onChange={(e) => {
              setBroker(e.target.value as Broker);
              setCredentialId('');
            }}
          >
            {(Object.keys(BROKER_NAMES) as Broker[]).map((b) => (
              <option key={b} value={b}>
                {BROKER_NAMES[b]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="message-credential">Connection</label>
          <select id="message-credential" value={chosenCredential} onChange={(e) => setCredentialId(e.target.value)}>
            {fitting.length === 0 && <option value="">no {broker} credential yet: add one under Credentials</option>}
            {fitting.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="message-source">{SOURCE_LABELS[broker].label}</label>
          <input
            id="message-source"
            className="mono"
            placeholder={SOURCE_LABELS[broker].placeholder}
            value={source}
            onChange={(e) => setSource(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="message-input">Each message goes to the Input</label>
          <select id="message-input" value={chosenInput} onChange={(e) => setInput(e.target.value)}>
            {inputNames.length === 0 && <option value="">the agent has no Input block: add one</option>}
            {inputNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="message-preset">Other inputs from</label>
          <select id="message-preset" value={presetId} onChange={(e) => setPresetId(e.target.value)}>
            <option value="">the Input blocks' defaults</option>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                preset {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Add message trigger</button>
      </form>
      <FormError message={error} />
    </div>
  );
}
