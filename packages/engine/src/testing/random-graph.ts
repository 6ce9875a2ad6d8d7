import fc from 'fast-check';
import type { GraphFile, GraphLink } from '../graph/graph-file.ts';
import { graph, link } from './test-blocks.ts';

/** A random acyclic graph: emit sources, then pair nodes fed from earlier nodes. */
export const randomGraph = fc
  .record({
    sources: fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
    pairs: fc.array(fc.record({ x: fc.nat(), y: fc.nat(), xStatic: fc.boolean(), yStatic: fc.boolean() }), { minLength: 1, maxLength: 5 }),
  })
  .map(({ sources, pairs }) => {
    const nodes: GraphFile['nodes'] = sources.map((values, i) => ({ id: `s${i}`, block: 't.emit', inputs: { values } }));
    const outputs = sources.map((_, i) => `s${i}.value`);
    const links: GraphLink[] = [];
    pairs.forEach((p, i) => {
      nodes.push({ id: `p${i}`, block: 't.pair' });
      links.push(link(outputs[p.x % outputs.length]!, `p${i}.x`, p.xStatic), link(outputs[p.y % outputs.length]!, `p${i}.y`, p.yStatic));
      outputs.push(`p${i}.pair`);
    });
    return graph(nodes, links);
  });
