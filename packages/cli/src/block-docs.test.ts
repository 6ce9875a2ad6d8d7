import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { blockReference, blockTable } from './block-docs.ts';
import { registry } from './engine-for-cli.ts';

const root = new URL('../../../', import.meta.url);

describe('generated block docs', () => {
  it('docs/blocks.md matches the registry (regenerate: npx blocksmith blocks --markdown > docs/blocks.md)', async () => {
    const file = await readFile(new URL('docs/blocks.md', root), 'utf8');
    expect(file.trim()).toBe(blockReference(registry.listManifests()).trim());
  });

  it('the README block table matches the registry (regenerate: npx blocksmith blocks --table)', async () => {
    const readme = await readFile(new URL('README.md', root), 'utf8');
    const table = /<!-- blocks:start -->\n([\s\S]*?)\n<!-- blocks:end -->/.exec(readme)?.[1];
    expect(table).toBe(blockTable(registry.listManifests()));
  });

  it('the reference lists every pin with its type and requirement', () => {
    const reference = blockReference(registry.listManifests());
    expect(reference).toContain('| `operation` | `add` \\| `subtract` \\| `multiply` \\| `divide` \\| `power` \\| `modulo` | default `"add"` |');
    expect(reference).toContain('| `a` | number | required |');
  });
});
