import { useMemo, useState } from 'react';
import type { BlockManifest } from '../api/types.ts';

export const DRAG_MIME = 'application/x-blocksmith-block';

/** The block library: search, grouped by category; drag a block onto the canvas or click to add it. */
export function Palette({ blocks, onAdd }: { blocks: BlockManifest[]; onAdd(blockId: string): void }) {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    const matching = blocks.filter((b) => !q || b.id.includes(q) || b.name.toLowerCase().includes(q) || b.description.toLowerCase().includes(q));
    const byCategory = new Map<string, BlockManifest[]>();
    for (const block of matching) {
      const category = block.categories[0] ?? 'other';
      byCategory.set(category, [...(byCategory.get(category) ?? []), block]);
    }
    return [...byCategory.entries()];
  }, [blocks, query]);
  return (
    <aside className="palette" aria-label="Blocks">
      <input type="search" placeholder="Search blocks…" aria-label="Search blocks" value={query} onChange={(e) => setQuery(e.target.value)} />
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
      {groups.length === 0 && <p className="muted">No block matches “{query}”.</p>}
    </aside>
  );
}
