import { checkFlags, type ParsedArgs } from '../args.ts';
import { registry } from '../engine-for-cli.ts';
import type { Output } from '../output.ts';

/** `blocksmith blocks [--json]`: the catalog, with schemas in JSON mode. */
export function blocksCommand(args: ParsedArgs, out: Output): number {
  checkFlags(args, ['json']);
  const manifests = registry.listManifests();
  if (args.flags.has('json')) {
    out.stdout(JSON.stringify(manifests, null, 2));
    return 0;
  }
  const width = Math.max(...manifests.map((m) => m.id.length));
  for (const m of manifests) {
    const inputs = Object.keys((m.inputSchema.properties as object | undefined) ?? {});
    const outputs = Object.keys((m.outputSchema.properties as object | undefined) ?? {});
    out.stdout(`${m.id.padEnd(width)}  ${m.name} — ${m.description}`);
    out.stdout(`${' '.repeat(width)}  in: ${inputs.join(', ') || '—'}  out: ${outputs.join(', ')}${m.staticOutput ? '  (static output)' : ''}`);
  }
  out.stdout(`${manifests.length} blocks`);
  return 0;
}
