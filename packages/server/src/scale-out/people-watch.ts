import type { EventSink } from '@blocksmith/engine';

/** Tells a worker when the run it executes waits only on people (its status became REVIEW). */
export class PeopleWatch {
  private wake: (() => void) | undefined;
  private pending = false;

  constructor(private readonly runId: string) {}

  /** The run's event sink, passing every event on and noting each REVIEW of the run. */
  watching(inner: EventSink): EventSink {
    return {
      publish: (event) => {
        inner.publish(event);
        if (event.type === 'graph_run.status' && event.runId === this.runId && event.status === 'REVIEW') {
          this.pending = true;
          this.wake?.();
        }
      },
      ...(inner.wantsOutputs ? { wantsOutputs: inner.wantsOutputs.bind(inner) } : {}),
    };
  }

  /** Resolves at the run's next REVIEW (at once when one came since the last call). */
  waiting(): Promise<'waits on people'> {
    return new Promise((resolve) => {
      const settle = (): void => {
        this.pending = false;
        this.wake = undefined;
        resolve('waits on people');
      };
      if (this.pending) settle();
      else this.wake = settle;
    });
  }
}
