import type { Clock } from '@blocksmith/engine';
import type { MessageTrigger, MessageTriggersRepository } from '@blocksmith/store';
import type { ConsumerSetup, MessageConsumer, ReceivedMessage, StartConsumer } from './message-consumer.ts';
import { RunSlots } from './run-slots.ts';

export interface MessageTriggerHostDeps {
  triggers: MessageTriggersRepository;
  clock: Clock;
  startConsumer: StartConsumer;
  /** Where and how to connect for a trigger (its credential's URL and the outbound policy); throws with a reason to show. */
  connection(trigger: MessageTrigger): Promise<Omit<ConsumerSetup, 'id' | 'source'>>;
  /** Starts the run for one message once it is recorded: its id, and when it ends; throws when it cannot start. */
  startRun(trigger: MessageTrigger, message: ReceivedMessage): Promise<{ runId: string; done: Promise<unknown> }>;
  log(message: string): void;
}

export interface MessageTriggerHostOptions {
  /** This process's name in the holds: unique per process. */
  holder: string;
  /** How long a hold lasts unless renewed; another process takes a trigger whose holder let it lapse (it died). */
  holdMs?: number;
  /** How often the holds are renewed and the enabled triggers read (a trigger changed on another server counts within it). */
  pollMs?: number;
  /** How long a failing trigger waits before it connects again, and a message whose run could not start before it tries again. */
  retryMs?: number;
  /** The only process on the data (embedded): holds left by a previous process are taken at once. */
  exclusive?: boolean;
  /** How many runs of one trigger may go at once; further messages wait (unacknowledged) until one ends. */
  runsPerTrigger?: number;
  /** The largest message that starts a run (the operator's request body limit); a larger one is acknowledged and reported, never run. */
  maxMessageBytes: number;
}

interface Consuming {
  trigger: MessageTrigger;
  stopping: AbortController;
  consumer?: MessageConsumer;
  /** Set while it fails: when to connect again. */
  retryAt?: number;
}

/**
 * Keeps one consumer per enabled message trigger, in exactly one process of the deployment: each process
 * holds the triggers it consumes (a hold in the database, renewed every poll), so a message is taken by
 * one consumer however many servers there are, and a server that dies hands its triggers to another when
 * its holds lapse. A message is acknowledged once its run is recorded (at least once: a process that dies
 * in between leaves it to be delivered again). A run that cannot start (the agent has problems, the disk is
 * full) is tried again every `retryMs` without acknowledging the message, so none is lost meanwhile.
 * At most `runsPerTrigger` runs of a trigger go at once; the messages after them wait at the broker.
 */
export class MessageTriggerHost {
  private readonly consuming = new Map<string, Consuming>();
  /** By trigger, kept across its consumer's reconnects, so runs started before a reconnect still count. */
  private readonly slots = new Map<string, RunSlots>();
  private readonly stopping = new AbortController();
  private readonly holdMs: number;
  private readonly pollMs: number;
  private readonly retryMs: number;
  private reconciling: Promise<void> = Promise.resolve();
  private loop: Promise<void> | undefined;

  constructor(
    private readonly deps: MessageTriggerHostDeps,
    private readonly options: MessageTriggerHostOptions,
  ) {
    this.holdMs = options.holdMs ?? 30_000;
    this.pollMs = options.pollMs ?? 5_000;
    this.retryMs = options.retryMs ?? 5_000;
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Reads the triggers again now (one was created, changed or deleted here); one look at a time. */
  reconcile(): Promise<void> {
    this.reconciling = this.reconciling
      .then(() => this.look())
      .catch((error: unknown) => this.deps.log(`message triggers could not be read: ${String(error)}`));
    return this.reconciling;
  }

  /** Stops every consumer (deliveries under way finish first) and lets go of its holds, so another process takes them at once. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
    await this.reconciling;
    const ids = [...this.consuming.keys()];
    await Promise.all(ids.map((id) => this.halt(id)));
    await this.deps.triggers.release(ids, this.options.holder).catch(() => undefined);
  }

  /** The triggers this process consumes now (listening or waiting to connect again). */
  get held(): string[] {
    return [...this.consuming.keys()];
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      await this.reconcile();
      await this.deps.clock.sleep(this.pollMs, this.stopping.signal).catch(() => undefined);
    }
  }

  private async look(): Promise<void> {
    if (this.stopping.signal.aborted) return;
    const { triggers, clock } = this.deps;
    const enabled = new Map((await triggers.enabled()).map((t) => [t.id, t]));
    const now = clock.now();
    const held = await triggers.hold([...enabled.keys()], this.options.holder, this.options.exclusive ? Number.MAX_SAFE_INTEGER : now, now + this.holdMs);
    const disabled = [...this.consuming.keys()].filter((id) => !enabled.has(id));
    for (const [id, consuming] of this.consuming) {
      const trigger = enabled.get(id);
      if (!trigger || !held.has(id) || trigger.updatedAt !== consuming.trigger.updatedAt) await this.halt(id);
    }
    for (const [id, slots] of this.slots) if (!this.consuming.has(id) && !held.has(id) && slots.inUse === 0) this.slots.delete(id);
    await triggers.release(disabled, this.options.holder);
    for (const id of held) {
      const current = this.consuming.get(id);
      if (!current) this.launch(enabled.get(id)!);
      else if (current.retryAt !== undefined && current.retryAt <= now) {
        await this.halt(id);
        this.launch(enabled.get(id)!);
      }
    }
  }

  private launch(trigger: MessageTrigger): void {
    const consuming: Consuming = { trigger, stopping: new AbortController() };
    this.consuming.set(trigger.id, consuming);
    void this.connect(consuming);
  }

  private async connect(consuming: Consuming): Promise<void> {
    const { trigger } = consuming;
    try {
      const connection = await this.deps.connection(trigger);
      const consumer = await this.deps.startConsumer(trigger.broker, { ...connection, id: trigger.id, source: trigger.source }, (message) =>
        this.deliver(consuming, message),
      );
      if (consuming.stopping.signal.aborted) return void (await consumer.stop());
      consuming.consumer = consumer;
      await this.report(trigger, { status: 'listening' });
      void consumer.lost.then((error) => this.failed(consuming, `the connection to the broker was lost: ${error.message}`));
    } catch (error) {
      await this.failed(consuming, `could not consume ${trigger.source}: ${(error as Error).message}`);
    }
  }

  private async failed(consuming: Consuming, problem: string): Promise<void> {
    if (consuming.stopping.signal.aborted) return;
    consuming.retryAt = this.deps.clock.now() + this.retryMs;
    this.deps.log(`message trigger ${consuming.trigger.id} ${problem}; trying again in ${Math.round(this.retryMs / 1000)} s`);
    await this.report(consuming.trigger, { status: 'failing', problem: capitalized(problem) });
  }

  /** Starts the message's run, trying again while it cannot start; rejects only when the consumer stops first. */
  private async deliver(consuming: Consuming, message: ReceivedMessage): Promise<void> {
    const { trigger, stopping } = consuming;
    if (message.body.length > this.options.maxMessageBytes) return this.refuseOversized(trigger, message);
    let slots = this.slots.get(trigger.id);
    if (!slots) this.slots.set(trigger.id, (slots = new RunSlots(this.options.runsPerTrigger ?? 16)));
    const release = await slots.take(stopping.signal);
    for (;;) {
      if (stopping.signal.aborted) {
        release();
        throw new Error('stopped');
      }
      try {
        const { runId, done } = await this.deps.startRun(trigger, message);
        void done.catch(() => undefined).finally(release);
        await this.report(trigger, { status: 'listening', runId, at: this.deps.clock.now() });
        return;
      } catch (error) {
        const problem = `A message on ${message.source} could not start a run: ${(error as Error).message} It is tried again every ${Math.round(this.retryMs / 1000)} s and stays unacknowledged until then.`;
        this.deps.log(`message trigger ${trigger.id}: ${problem}`);
        await this.report(trigger, { status: 'failing', problem });
        await this.deps.clock.sleep(this.retryMs, stopping.signal).catch(() => undefined);
      }
    }
  }

  /**
   * Acknowledged without a run, so it does not come back forever; the trigger shows what happened to it.
   * Bounded like an HTTP request's body, since whoever can publish to the broker chooses its size.
   */
  private async refuseOversized(trigger: MessageTrigger, message: ReceivedMessage): Promise<void> {
    const problem =
      `A message of ${message.body.length} bytes on ${message.source} started no run: it is larger than ` +
      `BLOCKSMITH_MAX_BODY_BYTES (${this.options.maxMessageBytes} bytes). It was acknowledged; send smaller messages ` +
      `(a file's address instead of the file) or ask the operator to raise the setting.`;
    this.deps.log(`message trigger ${trigger.id}: ${problem}`);
    await this.report(trigger, { status: 'listening', problem });
  }

  private async halt(id: string): Promise<void> {
    const consuming = this.consuming.get(id);
    if (!consuming) return;
    this.consuming.delete(id);
    consuming.stopping.abort();
    await consuming.consumer?.stop().catch(() => undefined);
  }

  private async report(trigger: MessageTrigger, report: Parameters<MessageTriggersRepository['report']>[1]): Promise<void> {
    await this.deps.triggers.report(trigger.id, report).catch((error: unknown) => this.deps.log(`message trigger ${trigger.id}: ${String(error)}`));
  }
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
