import { useParams } from '@tanstack/react-router';
import { useRef } from 'react';
import { BuilderPage } from '../pages/builder-page.tsx';
import { useBuilder } from './builder-store.ts';

/**
 * The editor at `/graphs/:graphId` (`new` for an agent not saved yet) and `/graphs/:graphId/runs/:runId`.
 * A new agent's first save gives it its address; the editor that saved it goes on, rather than opening it
 * anew. Any other change of address opens a fresh editor (a new key), `new` again included.
 */
export function BuilderRoute() {
  const { graphId = 'new', runId } = useParams({ strict: false });
  const session = useRef({ key: 0, opened: graphId, address: graphId });
  const current = session.current;
  if (graphId !== current.address) {
    const adopted = current.address === 'new' && useBuilder.getState().graphId === graphId;
    session.current = adopted ? { ...current, address: graphId } : { key: current.key + 1, opened: graphId, address: graphId };
  }
  const { key, opened } = session.current;
  return <BuilderPage key={key} graphId={opened === 'new' ? undefined : opened} runId={runId} />;
}
