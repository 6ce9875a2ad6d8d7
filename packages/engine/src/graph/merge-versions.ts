import { canonicalJson } from '../run/replay-log.ts';
import type { GraphFile, GraphLink, GraphNode } from './graph-file.ts';

/** Which of two versions a part of a merge comes from: the refused changes, or the version saved since. */
export type MergeSide = 'mine' | 'theirs';

/** What one side did to a part since the version both started from. */
export type PartChange = 'added' | 'changed' | 'removed' | 'unchanged';

/** A part (a node, or the agent's own fields) that differs between the two sides. */
export interface PartDifference {
  /** `node:<id>` for a node; `agent` for the name, description and other fields of the graph itself. */
  key: string;
  label: string;
  mine: PartChange;
  theirs: PartChange;
  /** What each side changed in it, when it changed it: `inputs.<name>`, `position`, `label`, `options`, `block`, or a field of the agent. */
  changed: { mine: string[]; theirs: string[] };
  /** Both sides changed it, differently: the merge takes the side picked for it (yours unless picked). */
  conflict: boolean;
}

export interface VersionComparison {
  /** The agent's own fields first, then nodes in the order of your version, then the ones only theirs has. */
  differences: PartDifference[];
  links: { mine: { added: number; removed: number }; theirs: { added: number; removed: number } };
}

/** The key of the graph's own fields; nodes' keys start with `node:`, so no node id can take it. */
export const AGENT_PART = 'agent';
export const nodePart = (nodeId: string): string => `node:${nodeId}`;

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
const agentFields = ({ nodes: _nodes, links: _links, ...fields }: GraphFile) => fields;
const linkKey = (link: GraphLink): string => canonicalJson({ from: link.from, to: link.to });
const byId = (graph: GraphFile | undefined): Map<string, GraphNode> => new Map((graph?.nodes ?? []).map((n) => [n.id, n]));

/** What the version both started from knows: nothing at all when it is unknown, so neither side's change can be told from the other's. */
type Base<T> = { known: true; value: T | undefined } | { known: false };

function changeOf<T>(base: Base<T>, side: T | undefined): PartChange {
  if (!base.known) return side === undefined ? 'removed' : 'changed';
  if (base.value === undefined) return side === undefined ? 'unchanged' : 'added';
  if (side === undefined) return 'removed';
  return same(base.value, side) ? 'unchanged' : 'changed';
}

/** The value a three-way merge keeps for one part: the side that changed it, or the picked side when both did. */
function mergePart<T>(base: Base<T>, mine: T | undefined, theirs: T | undefined, pick: MergeSide): T | undefined {
  if (same(mine, theirs)) return mine;
  if (base.known && same(theirs, base.value)) return mine;
  if (base.known && same(mine, base.value)) return theirs;
  return pick === 'mine' ? mine : theirs;
}

/** The fields of a part one side changed, inputs one by one: what a person needs to tell two changes apart. */
function changedFields(base: object | undefined, side: object | undefined): string[] {
  if (!base || !side) return [];
  const fields = (part: object): Record<string, unknown> => {
    const { inputs, ...rest } = part as { inputs?: Record<string, unknown> };
    return { ...rest, ...Object.fromEntries(Object.entries(inputs ?? {}).map(([name, value]) => [`inputs.${name}`, value])) };
  };
  const [before, after] = [fields(base), fields(side)];
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !same(before[field], after[field]));
}

function differenceOf<T extends object>(key: string, label: string, base: Base<T>, mine: T | undefined, theirs: T | undefined): PartDifference | undefined {
  if (same(mine, theirs)) return undefined;
  const change = { mine: changeOf(base, mine), theirs: changeOf(base, theirs) };
  const before = base.known ? base.value : undefined;
  return {
    key,
    label,
    ...change,
    changed: { mine: change.mine === 'changed' ? changedFields(before, mine) : [], theirs: change.theirs === 'changed' ? changedFields(before, theirs) : [] },
    conflict: change.mine !== 'unchanged' && change.theirs !== 'unchanged',
  };
}

/** A part of the base, by a lookup into it, or unknown. */
const partOf = <T>(base: GraphFile | undefined, lookup: (graph: GraphFile) => T | undefined): Base<T> =>
  base ? { known: true, value: lookup(base) } : { known: false };

const nodeLabel = (node: GraphNode): string => (node.label ? `${node.label} (${node.id})` : `${node.id} · ${node.block}`);

/** Node ids of your version in order, then the ones only theirs has. */
function nodeOrder(mine: GraphFile, theirs: GraphFile): string[] {
  const ids = mine.nodes.map((n) => n.id);
  const seen = new Set(ids);
  for (const node of theirs.nodes) if (!seen.has(node.id)) ids.push(node.id);
  return ids;
}

/**
 * Compares changes refused because another version was saved since (`mine`) with that version
 * (`theirs`), part by part, against the version both started from (`base`; undefined when unknown,
 * so every difference is a conflict).
 */
export function compareVersions(base: GraphFile | undefined, mine: GraphFile, theirs: GraphFile): VersionComparison {
  const [baseNodes, mineNodes, theirNodes] = [byId(base), byId(mine), byId(theirs)];
  const agent = differenceOf(AGENT_PART, 'Name and description', partOf(base, agentFields), agentFields(mine), agentFields(theirs));
  const nodes = nodeOrder(mine, theirs).flatMap((id) => {
    const label = nodeLabel((mineNodes.get(id) ?? theirNodes.get(id))!);
    return (
      differenceOf(
        nodePart(id),
        label,
        partOf(base, () => baseNodes.get(id)),
        mineNodes.get(id),
        theirNodes.get(id),
      ) ?? []
    );
  });
  const baseLinks = new Set((base?.links ?? []).map(linkKey));
  const linkChanges = (side: GraphFile) => {
    const keys = new Set(side.links.map(linkKey));
    return { added: [...keys].filter((k) => !baseLinks.has(k)).length, removed: [...baseLinks].filter((k) => !keys.has(k)).length };
  };
  return { differences: [...(agent ? [agent] : []), ...nodes], links: { mine: linkChanges(mine), theirs: linkChanges(theirs) } };
}

/**
 * Merges the two sides three-way: a part one side changed takes that change, a part both changed
 * takes the side picked for it (yours by default). A link stays when both sides have it or one side
 * added it, goes when one side removed it, and always goes with a node it connects.
 */
export function mergeVersions(base: GraphFile | undefined, mine: GraphFile, theirs: GraphFile, picks: Record<string, MergeSide> = {}): GraphFile {
  const [baseNodes, mineNodes, theirNodes] = [byId(base), byId(mine), byId(theirs)];
  const fields = mergePart(partOf(base, agentFields), agentFields(mine), agentFields(theirs), picks[AGENT_PART] ?? 'mine')!;
  const nodes = nodeOrder(mine, theirs).flatMap(
    (id) =>
      mergePart(
        partOf(base, () => baseNodes.get(id)),
        mineNodes.get(id),
        theirNodes.get(id),
        picks[nodePart(id)] ?? 'mine',
      ) ?? [],
  );
  const kept = new Set(nodes.map((n) => n.id));
  const baseLinks = new Set((base?.links ?? []).map(linkKey));
  const [mineLinks, theirLinks] = [new Set(mine.links.map(linkKey)), new Set(theirs.links.map(linkKey))];
  const links: GraphLink[] = [];
  const taken = new Set<string>();
  for (const link of [...mine.links, ...theirs.links]) {
    const key = linkKey(link);
    const inMine = mineLinks.has(key);
    const inTheirs = theirLinks.has(key);
    const stays = inMine && inTheirs ? true : !baseLinks.has(key);
    if (stays && !taken.has(key) && kept.has(link.from.node) && kept.has(link.to.node)) {
      taken.add(key);
      // A link both sides kept but one changed (made static, say) is taken from the side that changed it.
      const theirsVersion = theirs.links.find((l) => linkKey(l) === key);
      links.push(
        inMine && inTheirs
          ? mergePart(
              partOf(base, (b) => b.links.find((l) => linkKey(l) === key)),
              link,
              theirsVersion,
              'mine',
            )!
          : link,
      );
    }
  }
  return { ...fields, nodes, links } as GraphFile;
}
