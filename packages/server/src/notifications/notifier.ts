import { outboundFetch, refusalIn, type OutboundPolicy } from '@blocksmith/blocks';
import { systemClock, type Clock } from '@blocksmith/engine';
import type { NewNotification, NotifiableEvent, Notification, Store } from '@blocksmith/store';
import { sendMail, type MailConfig } from '../platform/operator-mail.ts';
import { periodic, type Periodic } from '../util/periodic.ts';

export interface NotifierOptions {
  /** One message per agent and kind per window: email and webhooks are sent once it closes. */
  digestMs: number;
  everyMs?: number;
  /** Events older than this when first seen are not told of (a server down for days does not send a backlog). */
  windowMs?: number;
  /** Where links in email and webhooks point; relative without it. */
  publicUrl?: string | undefined;
  mail?: MailConfig | undefined;
  network: OutboundPolicy;
}

const BATCH = 50;
const FULL_LOOK_EVERY_MS = 5 * 60_000;
/** Runs nobody needs telling of: a case of an evaluation (its report tells), one node tried alone in the editor. */
const QUIET_TRIGGERS = new Set(['evaluation', 'node']);
const DETAIL_CHARS = 500;
/** How long a channel may take to accept a message. */
const SEND_TIMEOUT_MS = 10_000;

const clip = (text: string) => (text.length > DETAIL_CHARS ? `${text.slice(0, DETAIL_CHARS - 1)}…` : text);

/** What a person is told of an event, or undefined for one nobody needs telling of. */
export function notificationOf(event: NotifiableEvent): NewNotification | undefined {
  if (event.trigger && QUIET_TRIGGERS.has(event.trigger.kind)) return undefined;
  const base = { userId: event.userId, workspaceId: event.workspaceId, subject: event.graphId, body: clip(event.detail) };
  // A run a budget stopped, or a fire a spent budget refused, is about the budget.
  if (event.source !== 'review' && event.detail.includes('Budget reached')) {
    return { ...base, kind: 'budget_reached', title: `“${event.graphName}” reached a budget`, link: `/#/graphs/${event.graphId}/ship` };
  }
  switch (event.source) {
    case 'run':
      return { ...base, kind: 'run_failed', title: `“${event.graphName}” failed`, link: `/#/graphs/${event.graphId}/runs/${event.runId}` };
    case 'review':
      return { ...base, kind: 'review_waiting', title: `“${event.graphName}” waits for your review`, link: '/#/reviews' };
    case 'fire':
      return { ...base, kind: 'fire_failed', title: `A schedule of “${event.graphName}” could not start a run`, link: `/#/graphs/${event.graphId}` };
  }
}

/** A notification as one message: its title (with how many times, for a digest), body and link. */
export function messageOf(notification: Notification, publicUrl: string | undefined): { subject: string; text: string; link: string } {
  const subject = notification.count > 1 ? `${notification.title} (${notification.count} times)` : notification.title;
  const link = publicUrl ? new URL(notification.link, publicUrl).toString() : notification.link;
  return { subject, text: `${notification.body}\n\n${link}`, link };
}

/**
 * Tells people what needs them (docs/publishing.md): every API server looks every `everyMs` for failed runs,
 * waiting reviews and failed schedule fires no server has told of, claims each (one server wins), and adds it
 * to the in-app notification of that person, agent and kind whose digest window is open. Once a window has
 * closed, its notification goes out once by email and webhook, as the person chose.
 */
export class Notifier {
  private rounds: Periodic | undefined;
  private fullLookAt: number | undefined;
  private readonly everyMs: number;
  private readonly windowMs: number;

  constructor(
    private readonly store: Store,
    private readonly options: NotifierOptions,
    private readonly clock: Clock = systemClock,
    private readonly onError: (message: string) => void = () => undefined,
  ) {
    this.everyMs = options.everyMs ?? 5_000;
    this.windowMs = options.windowMs ?? 24 * 60 * 60 * 1000;
  }

  /** Tells of new events and delivers closed digests at `now`; how many events it told of and notifications it delivered. */
  async sweep(now = this.clock.now()): Promise<{ told: number; delivered: number }> {
    const full = this.fullLookAt === undefined || now - this.fullLookAt >= FULL_LOOK_EVERY_MS;
    if (full) this.fullLookAt = now;
    let told = 0;
    for (const event of await this.store.notifications.untold(now - (full ? this.windowMs : 20 * this.everyMs), BATCH)) {
      if (!(await this.store.notifications.claim(event, now))) continue;
      const notification = notificationOf(event);
      if (!notification) continue;
      // Someone who left the workspace hears no more of it (a schedule they made may still fire there).
      if (event.workspaceId !== null && !(await this.store.workspaces.roleOf(event.workspaceId, event.userId))) continue;
      const settings = await this.store.notifications.settings(event.userId);
      if (notification.kind !== 'review_waiting' && settings.mutedAgents.includes(event.graphId)) continue;
      await this.store.notifications.notify(notification, now, now - this.options.digestMs);
      told++;
    }
    // All at once, each bounded: one person's slow webhook must not hold up everyone else's notifications.
    const due = await this.store.notifications.undelivered(now - this.options.digestMs, BATCH);
    const sent = await Promise.all(
      due.map(async (notification) => {
        if (!(await this.store.notifications.takeForDelivery(notification.id, now))) return 0;
        await this.store.notifications.recordDelivery(notification.id, await this.deliver(notification));
        return 1;
      }),
    );
    return { told, delivered: sent.reduce<number>((sum, one) => sum + one, 0) };
  }

  /** Sends a notification by the person's channels; what each said ("sent", or what went wrong). */
  private async deliver(notification: Notification & { userId: string }): Promise<Record<string, string>> {
    const settings = await this.store.notifications.settings(notification.userId);
    const { userId: _recipient, ...shown } = notification;
    const message = messageOf(shown, this.options.publicUrl);
    const outcome: Record<string, string> = {};
    const attempt = async (channel: string, send: () => Promise<void>) => {
      try {
        await send();
        outcome[channel] = 'sent';
      } catch (error) {
        outcome[channel] = (refusalIn(error) ?? (error as Error)).message;
        this.onError(`Notification ${notification.id} by ${channel}: ${outcome[channel]}`);
      }
    };
    const { mail } = this.options;
    const user = settings.email && mail ? await this.store.users.findById(notification.userId) : undefined;
    if (mail && user) {
      await attempt('email', () => sendMail(mail, this.options.network, { to: user.email, subject: message.subject, text: message.text }, SEND_TIMEOUT_MS));
    }
    if (settings.webhookUrl) {
      const url = settings.webhookUrl;
      await attempt('webhook', async () => {
        // Slack's incoming webhooks read `text`; other listeners get the notification too.
        const response = await outboundFetch(this.options.network)(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: `*${message.subject}*\n${message.text}`, notification: { ...shown, link: message.link } }),
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        });
        if (!response.ok) throw new Error(`The webhook answered ${response.status}.`);
      });
    }
    return outcome;
  }

  start(): void {
    this.rounds ??= periodic(
      this.clock,
      this.everyMs,
      () => this.sweep(),
      (error) => this.onError(`Notifications: the look for what to tell failed and is tried again: ${String(error)}`),
    );
  }

  async stop(): Promise<void> {
    await this.rounds?.stop();
  }
}
