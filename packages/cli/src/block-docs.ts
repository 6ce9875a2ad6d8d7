import type { BlockManifest, JsonSchema } from '@blocksmith/sdk';

/** The compact block table for the README, grouped by first category. */
export function blockTable(manifests: BlockManifest[]): string {
  const rows = manifests.map((m) => `| \`${m.id}\` | ${m.name} | ${m.description.replaceAll('|', '\\|')} |`);
  return ['| id | name | what it does |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The full block reference: every pin with its type, default and description. */
export function blockReference(manifests: BlockManifest[]): string {
  const sections = manifests.map((m) => {
    const flags = [m.staticOutput ? 'static output' : '', m.dynamicOutputs ? 'dynamic outputs' : '', m.kind !== 'standard' ? `kind: ${m.kind}` : ''].filter(
      Boolean,
    );
    return [
      `## \`${m.id}\` — ${m.name}`,
      '',
      m.description,
      '',
      `Categories: ${m.categories.join(', ')}${flags.length ? ` · ${flags.join(' · ')}` : ''}`,
      '',
      pinTable('Input', m.inputSchema, m.requiredInputs),
      '',
      pinTable('Output', m.outputSchema, []),
    ].join('\n');
  });
  return [
    '# Block reference',
    '',
    'Generated from the block registry by `blocksmith blocks --markdown`; a test keeps it current.',
    'Every block also has the implicit `error` output (`{ message, kind }`).',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
}

function pinTable(title: string, schema: JsonSchema, required: string[]): string {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const names = Object.keys(properties).filter((name) => name !== 'error');
  if (names.length === 0) return `${title}s: none.`;
  const rows = names.map((name) => {
    const pin = properties[name]!;
    const detail = [
      required.includes(name) ? 'required' : '',
      pin.default !== undefined ? `default \`${JSON.stringify(pin.default)}\`` : '',
      typeof pin.description === 'string' ? pin.description : '',
    ].filter(Boolean);
    return `| \`${name}\` | ${typeName(pin)} | ${detail.join('; ').replaceAll('|', '\\|')} |`;
  });
  return [`| ${title.toLowerCase()} | type | notes |`, '| --- | --- | --- |', ...rows].join('\n');
}

function typeName(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map((v) => `\`${String(v)}\``).join(' \\| ');
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeName).join(' \\| ');
  if (schema.type === 'array') return `list of ${typeName((schema.items ?? {}) as JsonSchema)}`;
  if (schema.type === 'object') return 'object';
  return typeof schema.type === 'string' ? schema.type : 'any';
}
