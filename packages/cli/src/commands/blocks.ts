import { checkFlags, UsageError, type ParsedArgs } from '../args.ts';
import { blockReference, blockTable } from '../block-docs.ts';
import { registry } from '../engine-for-cli.ts';
import type { Output } from '../output.ts';

/** `blocksmith blocks [--json | --markdown | --table]`: the catalog, as text, JSON with schemas, or markdown. */
export function blocksCommand(args: ParsedArgs, out: Output): number {
  checkFlags(args, ['json', 'markdown', 'table']);
  if (args.flags.size > 1) throw new UsageError('Choose one of --json, --markdown and --table.');
  const manifests = registry.listManifests();
  if (args.flags.has('markdown')) {
    out.stdout(blockReference(manifests));
    return 0;
  }
  if (args.flags.has('table')) {
    out.stdout(blockTable(manifests));
    return 0;
  }
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
