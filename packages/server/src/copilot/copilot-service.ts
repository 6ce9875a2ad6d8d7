import { costOf, languageModel, MODEL_CREDENTIAL_KINDS } from '@blocksmith/blocks';
import type { Credential } from '@blocksmith/sdk';
import type { CopilotSession, Owner } from '@blocksmith/store';
import { notFound, Refusal } from '../platform/refusal.ts';
import { runTurn } from './copilot-turn.ts';
import { copilotSystemPrompt } from './system-prompt.ts';
import { copilotTools, type CopilotPlatform } from './tools/index.ts';
import { artifactsOf, asTranscript, toModelMessages, type TranscriptItem } from './transcript.ts';
import type { CopilotSessionDetail, TurnMessage } from './wire.ts';
import { toldMemories } from './copilot-memories.ts';

export type { TurnMessage } from './wire.ts';

const DEFAULT_MODEL = 'gpt-4o-mini';
const NEW_TITLE = 'New chat';
const MODEL_KINDS = MODEL_CREDENTIAL_KINDS.split('|');

interface LiveTurn {
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Copilot sessions: one turn at a time each, running in this process to its
 * end whether or not anyone still listens, every step kept as it finishes —
 * so a dropped stream loses nothing, and the session read again shows it all.
 */
export class CopilotService {
  private readonly turns = new Map<string, LiveTurn>();
  private readonly system: string;

  constructor(private readonly platform: CopilotPlatform) {
    this.system = copilotSystemPrompt(platform.registry);
  }

  async create(
    owner: Owner,
    options: { credentialId?: string | undefined; model?: string | undefined; graphId?: string | undefined },
  ): Promise<CopilotSession> {
    const { workspaceId } = owner;
    if (options.credentialId !== undefined) await this.modelCredential(workspaceId, options.credentialId);
    if (options.graphId !== undefined && !(await this.platform.store.graphs.summary(workspaceId, options.graphId))) throw notFound(`Graph ${options.graphId}`);
    return this.platform.store.copilot.create(owner, {
      title: NEW_TITLE,
      credentialId: options.credentialId,
      model: options.model ?? DEFAULT_MODEL,
      graphId: options.graphId,
    });
  }

  list(workspaceId: string): Promise<CopilotSession[]> {
    return this.platform.store.copilot.list(workspaceId);
  }

  async get(workspaceId: string, id: string): Promise<CopilotSessionDetail> {
    const session = await this.session(workspaceId, id);
    const items = asTranscript(await this.platform.store.copilot.items(id));
    return { session, items, artifacts: artifactsOf(items), running: this.turns.has(id) };
  }

  async update(workspaceId: string, id: string, change: { title?: string | undefined; credentialId?: string | null | undefined; model?: string | undefined }) {
    await this.session(workspaceId, id);
    if (typeof change.credentialId === 'string') await this.modelCredential(workspaceId, change.credentialId);
    return (await this.platform.store.copilot.update(workspaceId, id, change))!;
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    await this.session(workspaceId, id);
    await this.stop(workspaceId, id);
    await this.platform.store.copilot.delete(workspaceId, id);
  }

  /** Stops the session's turn, if one runs; what it did so far stays. */
  async stop(workspaceId: string, id: string): Promise<void> {
    await this.session(workspaceId, id);
    const turn = this.turns.get(id);
    turn?.controller.abort(new Error('Stopped by the user.'));
    await turn?.done;
  }

  /**
   * Records the person's message and starts the copilot's turn, telling
   * `listen` as it goes (a listener that left is told nothing; the turn goes
   * on). Throws a Refusal before anything starts (no model, a turn running);
   * once started, answers the turn's end, which never rejects.
   */
  async send(
    owner: Owner,
    id: string,
    message: { text: string; fileIds?: string[] | undefined },
    listen: (message: TurnMessage) => void,
    origin: string,
  ): Promise<{ ended: Promise<void> }> {
    const { workspaceId } = owner;
    const session = await this.session(workspaceId, id);
    if (this.turns.has(id)) throw new Refusal('conflict', 'turn_running', 'The copilot is still answering in this session: wait for it, or stop it first.');
    for (const fileId of message.fileIds ?? []) {
      if (!(await this.platform.store.files.read(workspaceId, fileId))) throw notFound(`File ${fileId}`);
    }
    const credential = await this.credentialOf(workspaceId, session);
    let model;
    try {
      model = await languageModel(credential, session.model, this.platform.config);
    } catch (error) {
      throw new Refusal('invalid', 'model_unreachable', (error as Error).message);
    }
    const { copilot } = this.platform.store;
    const history = asTranscript(await copilot.items(id));
    const said: TranscriptItem = { kind: 'user', text: message.text, ...(message.fileIds?.length ? { fileIds: message.fileIds } : {}) };
    await copilot.append(id, 'user', said);
    if (session.title === NEW_TITLE) await copilot.update(workspaceId, id, { title: message.text.slice(0, 60) });
    const controller = new AbortController();
    const memories = await toldMemories(this.platform.store, owner);
    const done = runTurn({
      model,
      system: [
        this.system,
        ...(session.graphId
          ? [`The person has their agent ${session.graphId} open in the builder: "this agent" means it; change it with edit_agent, in small steps.`]
          : []),
        ...(memories ? [memories] : []),
      ].join('\n'),
      messages: toModelMessages([...history, said]),
      tools: copilotTools,
      context: {
        owner,
        platform: this.platform,
        trigger: { kind: 'copilot', sessionId: id },
        signal: controller.signal,
        origin,
        addUsage: (usage) => copilot.addUsage(id, usage),
      },
      usageOf: (inputTokens, outputTokens) => {
        const costUsd = costOf(credential.kind, session.model, inputTokens, outputTokens);
        return { inputTokens, outputTokens, ...(costUsd !== undefined ? { costUsd } : {}) };
      },
      onEvent: async (event) => {
        if (event.type === 'step') await copilot.append(id, 'step', event.step);
        if (event.type === 'usage') await copilot.addUsage(id, event.usage);
        listen(event);
      },
    }).then(
      () => listen({ type: 'done' }),
      async (error: unknown) => {
        const text = controller.signal.aborted ? 'Stopped by the user.' : `The copilot could not answer: ${(error as Error).message}`;
        await copilot.append(id, 'error', { message: text }).catch(() => undefined);
        listen({ type: 'error', message: text });
      },
    );
    const ended = done.finally(() => this.turns.delete(id));
    this.turns.set(id, { controller, done: ended });
    return { ended };
  }

  /** Stops every turn (the server is closing); what they did so far stays. */
  async close(): Promise<void> {
    const turns = [...this.turns.values()];
    for (const turn of turns) turn.controller.abort(new Error('The server is shutting down.'));
    await Promise.all(turns.map((turn) => turn.done));
  }

  private async session(workspaceId: string, id: string): Promise<CopilotSession> {
    const session = await this.platform.store.copilot.get(workspaceId, id);
    if (!session) throw notFound(`Copilot session ${id}`);
    return session;
  }

  private async modelCredential(workspaceId: string, credentialId: string): Promise<Credential> {
    const credential = await this.platform.vault.resolve(workspaceId, credentialId);
    if (!credential) throw notFound(`Credential ${credentialId}`);
    if (!MODEL_KINDS.includes(credential.kind)) {
      throw new Refusal(
        'invalid',
        'invalid_body',
        `credentialId: credential ${credentialId} is a ${credential.kind} credential; the copilot needs a model: ${MODEL_KINDS.join(', ')}.`,
      );
    }
    return credential;
  }

  /** The session's credential, or the user's only model credential. */
  private async credentialOf(workspaceId: string, session: CopilotSession): Promise<Credential> {
    if (session.credentialId) return this.modelCredential(workspaceId, session.credentialId);
    const sole = await this.platform.vault.soleOfKinds(workspaceId, MODEL_KINDS);
    if (sole) return sole;
    throw new Refusal(
      'invalid',
      'no_model',
      'The copilot needs a model: add an OpenAI, Anthropic, Ollama or OpenAI-compatible credential in Settings (with several, choose one in the copilot’s settings).',
    );
  }
}
