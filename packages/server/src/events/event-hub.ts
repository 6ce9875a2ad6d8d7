import type { EventSink, RunEvent } from '@blocksmith/engine';
import { boundOutputEvent } from '../runs/large-values.ts';

/** A run's events, a graph's events, a workspace's reviews (`review.pending` and `review.decided`), or the status of every run of a workspace (`graph_run.status`). */
export type Topic = { runId: string } | { graphId: string } | { reviews: true; workspaceId: string } | { runs: true; workspaceId: string };

/**
 * Where a hub says which runs and graphs it has subscribers for (`run:<id>`,
 * `graph:<id>`), so that processes executing runs elsewhere send it those
 * runs' node events only (scale-out/interest.ts). `watch` resolves once the
 * others can know.
 */
export interface InterestBoard {
  watch(key: string): Promise<void>;
  unwatch(key: string): void;
}

/** What a subscriber is told; a socket is one subscriber. */
export interface Subscriber {
  userId: string;
  /** For a workspace's runs and reviews: only those of runs acting for the subscriber (what a runner sees). */
  ownRunsOnly?: (workspaceId: string) => boolean;
  deliver(event: RunEvent): void;
}

/**
 * Routes engine events to subscribers of a run or of a graph. Ownership is
 * checked when a subscription is made (see the WebSocket handler); the hub
 * only keeps who listens to what, and forgets a subscriber when it leaves.
 */
export class EventHub implements EventSink {
  private readonly byRun = new Map<string, Set<Subscriber>>();
  private readonly byGraph = new Map<string, Set<Subscriber>>();
  /** Subscribers of a workspace's reviews, by workspace. */
  private readonly byReviewer = new Map<string, Set<Subscriber>>();
  /** Subscribers of the status of all runs of a workspace (the runs monitor), by workspace. */
  private readonly byOwner = new Map<string, Set<Subscriber>>();
  private readonly listeners = new Set<(event: RunEvent) => void>();
  private board: InterestBoard | undefined;

  /** `inlineOutputBytes`: output values larger than this reach subscribers as references (large-values.ts). */
  constructor(private readonly inlineOutputBytes = Number.POSITIVE_INFINITY) {}

  publish(event: RunEvent): void {
    for (const listener of this.listeners) listener(event);
    const ofRun = this.byRun.get(event.runId);
    const ofGraph = event.graphId === undefined ? undefined : this.byGraph.get(event.graphId);
    // Most events have no watcher, or watchers of one kind only: a merged set is made only when both kinds watch.
    const targets = ofRun && ofGraph ? new Set([...ofRun, ...ofGraph]) : (ofRun ?? ofGraph);
    if (targets) {
      // Measured once, and only when someone will receive it.
      const sent = event.type === 'node_run.output' ? boundOutputEvent(event, this.inlineOutputBytes) : event;
      for (const subscriber of targets) subscriber.deliver(sent);
    }
    const workspaceId = 'workspaceId' in event ? event.workspaceId : undefined;
    if (workspaceId === undefined) return;
    const byWorkspace =
      event.type === 'review.pending' || event.type === 'review.decided'
        ? this.byReviewer.get(workspaceId)
        : event.type === 'graph_run.status'
          ? this.byOwner.get(workspaceId)
          : undefined;
    for (const subscriber of byWorkspace ?? []) {
      if (targets?.has(subscriber)) continue;
      if (subscriber.ownRunsOnly?.(workspaceId) && ('userId' in event ? event.userId : undefined) !== subscriber.userId) continue;
      subscriber.deliver(event);
    }
  }

  /** Output values go only to subscribers: in-process listeners count statuses, never values. */
  wantsOutputs(runId: string, graphId: string | undefined): boolean {
    return this.byRun.has(runId) || (graphId !== undefined && this.byGraph.has(graphId));
  }

  /** In-process listeners (metrics, run bookkeeping) that see every status event, and output events while someone subscribes. */
  listen(listener: (event: RunEvent) => void): void {
    this.listeners.add(listener);
  }

  /** Announces the runs and graphs this hub gets subscribers for (set before anyone subscribes: the platform wires it). */
  announceTo(board: InterestBoard): void {
    this.board = board;
  }

  /** Resolves once the events of the topic reach this hub, wherever its runs execute. */
  subscribe(subscriber: Subscriber, topic: Topic): Promise<void> {
    const [map, key] = this.slot(subscriber, topic);
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    const first = set.size === 0;
    set.add(subscriber);
    const watched = this.watchedKey(topic);
    return first && watched && this.board ? this.board.watch(watched) : Promise.resolve();
  }

  unsubscribe(subscriber: Subscriber, topic: Topic): void {
    const [map, key] = this.slot(subscriber, topic);
    const set = map.get(key);
    if (!set?.delete(subscriber) || set.size > 0) return;
    map.delete(key);
    const watched = this.watchedKey(topic);
    if (watched) this.board?.unwatch(watched);
  }

  /** The interest key of a run or graph topic; workspace topics carry run statuses and reviews, which every hub hears. */
  private watchedKey(topic: Topic): string | undefined {
    return 'runId' in topic ? `run:${topic.runId}` : 'graphId' in topic ? `graph:${topic.graphId}` : undefined;
  }

  private slot(subscriber: Subscriber, topic: Topic): [Map<string, Set<Subscriber>>, string] {
    if ('runId' in topic) return [this.byRun, topic.runId];
    if ('graphId' in topic) return [this.byGraph, topic.graphId];
    return 'runs' in topic ? [this.byOwner, topic.workspaceId] : [this.byReviewer, topic.workspaceId];
  }

  /** Removes a subscriber from every topic (on disconnect). */
  leave(subscriber: Subscriber): void {
    for (const [map, prefix] of [
      [this.byRun, 'run:'],
      [this.byGraph, 'graph:'],
      [this.byReviewer, undefined],
      [this.byOwner, undefined],
    ] as const) {
      for (const [key, set] of map) {
        if (!set.delete(subscriber) || set.size > 0) continue;
        map.delete(key);
        if (prefix) this.board?.unwatch(`${prefix}${key}`);
      }
    }
  }
}
