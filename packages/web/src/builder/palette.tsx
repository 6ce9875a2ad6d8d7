import { SkipLink } from '../ui/components/skip-link.tsx';
import { useMemo, useState } from 'react';
import type { BlockManifest } from '../api/types.ts';

export const DRAG_MIME = 'application/x-blocksmith-block';

const categoryOf = (block: BlockManifest): string => block.categories[0] ?? 'other';

/** The block library: search, an index of categories to narrow it to one, grouped by category; drag a block onto the canvas or click to add it. */
export function Palette({ blocks, onAdd }: { blocks: BlockManifest[]; onAdd(blockId: string): void }) {
  const [query, setQuery] = useState('');
  const [only, setOnly] = useState<string>();
  const index = useMemo(() => {
    const counts = new Map<string, number>();
    for (const block of blocks) counts.set(categoryOf(block), (counts.get(categoryOf(block)) ?? 0) + 1);
    return [...counts.entries()];
  }, [blocks]);
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    const matching = blocks.filter(
      (b) => (!only || categoryOf(b) === only) && (!q || b.id.includes(q) || b.name.toLowerCase().includes(q) || b.description.toLowerCase().includes(q)),
    );
    const byCategory = new Map<string, BlockManifest[]>();
    for (const block of matching) byCategory.set(categoryOf(block), [...(byCategory.get(categoryOf(block)) ?? []), block]);
    return [...byCategory.entries()];
  }, [blocks, query, only]);
  return (
    <section className="palette" aria-label="Blocks">
      <h2 className="visually-hidden">Blocks</h2>
      <SkipLink to="builder-canvas">Skip past the blocks</SkipLink>
      <input type="search" placeholder="Search blocks…" aria-label="Search blocks" value={query} onChange={(e) => setQuery(e.target.value)} />
      <nav className="palette-index" aria-label="Block categories">
        {index.map(([category, count]) => (
          <button
            key={category}
            type="button"
            aria-pressed={only === category}
            title={`Only ${category} blocks (${count}); press again for all`}
            onClick={() => setOnly(only === category ? undefined : category)}
          >
            {category} <span className="muted">{count}</span>
          </button>
        ))}
      </nav>
      {groups.map(([category, items]) => (
        <section key={category}>
          <h3>{category}</h3>
          {items.map((block) => (
            <button
              key={block.id}
              type="button"
              className="palette-item"
              draggable
              title={block.description}
              data-block={block.id}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_MIME, block.id);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onClick={() => onAdd(block.id)}
            >
              <span>{block.name}</span>
              <code>{block.id}</code>
            </button>
          ))}
        </section>
      ))}
      {groups.length === 0 && (
        <p className="muted">
          No {only ?? ''} block matches “{query}”.
        </p>
      )}
    </section>
  );
}
