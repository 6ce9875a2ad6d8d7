import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { RunSocket } from '../api/run-socket.ts';
import type { RunList, RunQuery } from '../api/types.ts';

/**
 * A page of runs, kept current: read again whenever a run it could show changes status — runs a schedule,
 * a webhook or another tab started included — and after the socket reconnects. With a graph, its runs are
 * watched; without one, every run of the signed-in user.
 */
export function useLiveRuns(query: RunQuery): RunList | undefined {
  const [list, setList] = useState<RunList>();
  const key = JSON.stringify(query);
  useEffect(() => {
    const current = JSON.parse(key) as RunQuery;
    let reading = false;
    let again = false;
    let gone = false;
    // One read at a time; changes that arrive during it are covered by one more read after it.
    const read = (): void => {
      if (reading) return void (again = true);
      reading = true;
      void api
        .listRuns(current)
        .then((answer) => !gone && setList(answer))
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
    if (current.graphId) socket.watchGraph(current.graphId);
    else socket.watchRuns();
    return () => {
      gone = true;
      socket.close();
    };
  }, [key]);
  return list;
}
