import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { RunSocket } from '../api/run-socket.ts';
import type { GraphRunRecord, RunTriggerKind } from '../api/types.ts';

/**
 * A graph's recent runs, kept current: read again whenever a run of the graph changes status — runs
 * a schedule, a webhook or another tab started included — and after the socket reconnects.
 */
export function useGraphRuns(graphId: string, trigger: RunTriggerKind | undefined): GraphRunRecord[] | undefined {
  const [runs, setRuns] = useState<GraphRunRecord[]>();
  useEffect(() => {
    let reading = false;
    let again = false;
    let gone = false;
    // One read at a time; changes that arrive during it are covered by one more read after it.
    const read = (): void => {
      if (reading) return void (again = true);
      reading = true;
      void api
        .listRuns(graphId, trigger)
        .then((answer) => !gone && setRuns(answer.runs))
        .finally(() => {
          reading = false;
          if (again && !gone) {
            again = false;
            read();
          }
        });
    };
    read();
    const socket = new RunSocket((message) => {
      if (message.type === 'subscribed' || (message.type === 'events' && message.events.some((e) => e.type === 'graph_run.status'))) read();
    });
    socket.watchGraph(graphId);
    return () => {
      gone = true;
      socket.close();
    };
  }, [graphId, trigger]);
  return runs;
}
