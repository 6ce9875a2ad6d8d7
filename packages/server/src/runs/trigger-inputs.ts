import { needsRunValue } from '@blocksmith/engine';
import { notFound, Refusal } from '../platform/refusal.ts';
import { versionToRun } from '../releases/version-to-run.ts';
import type { Platform } from '../platform/platform.ts';

const quoted = (names: string[]): string => names.map((n) => `"${n}"`).join(', ');

/**
 * Checks the inputs a preset, schedule or webhook starts runs with against the version they run — for a
 * trigger (`trigger`: a schedule, a webhook) its alias's, else the production release's, else the latest
 * (releases/version-to-run.ts); for a preset the latest, which the editor runs —
 * when they are saved rather than when a run fails at 3 a.m.: names that are not Input blocks are refused,
 * naming the ones it has; with `complete` (a schedule's runs get these inputs and nothing else), an Input
 * block without a default must be among them. An Input block is a block of kind `input`, as the engine
 * counts run inputs; the graph may be a draft, so it is read here rather than compiled.
 */
export async function checkTriggerInputs(
  { store, registry }: Pick<Platform, 'store' | 'registry'>,
  workspaceId: string,
  graphId: string,
  inputs: Record<string, unknown>,
  { field, complete = false, trigger }: { field: string; complete?: boolean; trigger?: { alias: string | undefined } },
): Promise<void> {
  const version = trigger ? await versionToRun(store, workspaceId, graphId, { alias: trigger.alias, trigger: { kind: 'api' } }) : undefined;
  const found = await store.graphs.version(workspaceId, graphId, version);
  if (!found) throw notFound(`Graph ${graphId}`);
  const inputNodes = found.graph.nodes.filter((n) => registry.get(n.block)?.kind === 'input' && typeof n.inputs?.name === 'string');
  const names = [...new Set(inputNodes.map((n) => n.inputs!.name as string))];
  const unknown = Object.keys(inputs).filter((name) => !names.includes(name));
  if (unknown.length) {
    throw new Refusal(
      'invalid',
      'invalid_inputs',
      `${field}: ${quoted(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not an Input block of this graph; its inputs are: ${names.join(', ') || '(none)'}.`,
    );
  }
  if (!complete) return;
  const missing = [
    ...new Set(inputNodes.filter((n) => needsRunValue(n) && !Object.hasOwn(inputs, n.inputs!.name as string)).map((n) => n.inputs!.name as string)),
  ];
  if (missing.length) {
    throw new Refusal(
      'invalid',
      'invalid_inputs',
      `${field}: the agent's ${missing.length === 1 ? 'Input' : 'Inputs'} ${quoted(missing)} ${missing.length === 1 ? 'has' : 'have'} no default, so every run needs a value: give ${missing.length === 1 ? 'it' : 'them'} here (or in the preset used), or give the Input block a default.`,
    );
  }
}
