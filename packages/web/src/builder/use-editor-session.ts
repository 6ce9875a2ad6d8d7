import { useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, errorMessage } from '../api/client.ts';
import { RunSocket } from '../api/run-socket.ts';
import type { BlockManifest, GraphIssue } from '../api/types.ts';
import { setLeaveGuard } from '../ui/leave-guard.ts';
import { useBuilder, type SaveConflict } from './builder-store.ts';
import { usePinnedOutputs } from './pinned-outputs-store.ts';
import { isFinished } from './run-view.ts';

/** What the editor does with the server: save, run and follow runs, and pick up versions the copilot saved. */
export interface EditorSession {
  /**
   * Saves the graph (creating it the first time) over the version it started from; its id, or undefined when the
   * server refused it (the notice says why; a newer version saved since opens the comparison).
   */
  save(): Promise<string | undefined>;
  /** Saves unsaved changes first, then starts a run (pinned nodes put out their pins) and follows it live. */
  run(inputs: Record<string, unknown>): Promise<void>;
  /** Saves unsaved changes first, then re-runs the run on the canvas from a node and follows the new run live. */
  rerunFrom(nodeId: string): Promise<void>;
  /** Saves unsaved changes first, then runs one node alone with values for its linked pins and follows that run live. */
  runNode(nodeId: string, inputs: Record<string, unknown>): Promise<void>;
  /** Shows an earlier or running run on the canvas — on the version it ran (read-only when not the latest), unless there are unsaved changes. */
  openRun(runId: string): void;
  /** Leaves a version shown for its run for the latest, to edit and run. */
  backToLatest(): Promise<void>;
  /** After the copilot answered: shows a newer version it saved, unless there are unsaved changes. */
  showLatest(): Promise<void>;
  /** The problems the server found in the last save. */
  issues: GraphIssue[];
}

/** `shownRun`: the run to show when the agent opens (from a link); without one, its latest run. */
export function useEditorSession(blocks: BlockManifest[], shownRun?: string): EditorSession {
  const socketRef = useRef<RunSocket | undefined>(undefined);
  const [issues, setIssues] = useState<GraphIssue[]>([]);
  const navigate = useNavigate();

  useEffect(() => {
    const socket = new RunSocket((message) => {
      useBuilder.getState().onSocket(message);
      const run = useBuilder.getState().run;
      // Events carry node outputs; the run's collected outputs come with the final state.
      if (message.type === 'events' && run && isFinished(run.status) && message.events.some((e) => e.type === 'graph_run.status')) {
        void api.getRun(run.runId).then((detail) => useBuilder.getState().onSocket({ type: 'snapshot', ...detail }));
      }
    });
    socketRef.current = socket;
    return () => socket.close();
  }, []);

  useEffect(() => {
    setLeaveGuard(() => (useBuilder.getState().dirty ? 'This agent has unsaved changes. Leave and lose them?' : undefined));
    return () => setLeaveGuard(undefined);
  }, []);

  const save = useCallback(async (): Promise<string | undefined> => {
    const s = useBuilder.getState();
    if (s.viewing) {
      s.setNotice(`Version ${s.viewing.version} is shown for its run: go back to the latest version to save changes.`);
      return undefined;
    }
    const graph = s.graphFile();
    try {
      const detail = s.graphId && s.version ? await api.saveGraph(s.graphId, graph, s.version) : await api.createGraph(graph);
      s.saved(detail);
      setIssues(detail.issues ?? []);
      if (!s.graphId) void navigate({ to: '/graphs/$graphId', params: { graphId: detail.id }, replace: true });
      return detail.id;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        s.conflicted({ ...(error.details as Omit<SaveConflict, 'mine'>), mine: graph });
        return undefined;
      }
      if (error instanceof ApiError && Array.isArray(error.details)) {
        setIssues(error.details as GraphIssue[]);
        s.setIssues(error.details as GraphIssue[]);
      }
      s.setNotice(errorMessage(error));
      return undefined;
    }
  }, [navigate]);

  /** Shows a run on the canvas and follows it live. */
  const follow = useCallback((runId: string) => {
    useBuilder.getState().startRun(runId);
    socketRef.current?.follow(runId);
  }, []);

  const openRun = useCallback(
    (runId: string) => {
      follow(runId);
      void api.getRun(runId).then(async ({ run }) => {
        const s = useBuilder.getState();
        if (!s.graphId || run.graphVersion === undefined || run.graphVersion === s.version || s.dirty || s.run?.runId !== runId) return;
        const detail = await api.getGraph(s.graphId, run.graphVersion);
        if (useBuilder.getState().run?.runId === runId && !useBuilder.getState().dirty) s.showVersion(detail, detail.version !== detail.latestVersion);
      });
    },
    [follow],
  );

  // An agent opens with a run on the canvas (the one linked to, or its latest): each node's status and values, and the run's outputs.
  const graphId = useBuilder((s) => s.graphId);
  useEffect(
    () =>
      void usePinnedOutputs
        .getState()
        .load(graphId)
        .catch(() => undefined),
    [graphId],
  );
  useEffect(() => {
    if (!graphId) return;
    if (shownRun) return openRun(shownRun);
    let gone = false;
    void api.listRuns({ graphId, limit: 1 }).then(({ runs }) => {
      const latest = runs[0];
      // The latest run is shown on the version open, whichever it ran: opening an agent opens its latest version.
      if (!gone && latest && !useBuilder.getState().run) follow(latest.id);
    });
    return () => {
      gone = true;
    };
  }, [graphId, shownRun, openRun, follow]);

  const backToLatest = useCallback(async () => {
    const { graphId, showVersion } = useBuilder.getState();
    if (graphId) showVersion(await api.getGraph(graphId), false);
  }, []);

  const run = useCallback(
    async (inputs: Record<string, unknown>) => {
      const s = useBuilder.getState();
      const id = s.dirty || !s.graphId ? await save() : s.graphId;
      if (!id) return;
      const { runId } = await api.startRun(id, inputs, Object.keys(usePinnedOutputs.getState().byNode).length > 0);
      follow(runId);
    },
    [save, follow],
  );

  const rerunFrom = useCallback(
    async (nodeId: string) => {
      const s = useBuilder.getState();
      if (!s.run) return;
      if ((s.dirty || !s.graphId) && !(await save())) return;
      const { runId } = await api.rerun(s.run.runId, { fromNode: nodeId });
      // It runs the latest version, whichever version the run re-run from ran.
      if (s.viewing) await backToLatest();
      follow(runId);
    },
    [save, follow, backToLatest],
  );

  const runNode = useCallback(
    async (nodeId: string, inputs: Record<string, unknown>) => {
      const s = useBuilder.getState();
      if (s.viewing) throw new Error(`Version ${s.viewing.version} is shown for its run: go back to the latest version to run a node of it.`);
      const id = s.dirty || !s.graphId ? await save() : s.graphId;
      if (!id) return;
      const { runId } = await api.runNode(id, nodeId, inputs);
      follow(runId);
    },
    [save, follow],
  );

  const showLatest = useCallback(async () => {
    const builder = useBuilder.getState();
    if (!builder.graphId) return;
    const latest = await api.getGraph(builder.graphId).catch(() => undefined);
    if (!latest || latest.version === builder.version) return;
    // Unsaved changes are never lost to the copilot's version: a notice says where it is.
    if (builder.dirty) builder.setNotice(`The copilot saved version ${latest.version}; save or undo your changes, then open it from Versions.`);
    else builder.load(latest, blocks);
  }, [blocks]);

  return { save, run, rerunFrom, runNode, openRun, backToLatest, showLatest, issues };
}
