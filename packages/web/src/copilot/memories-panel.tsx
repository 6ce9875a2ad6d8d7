import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import { FormError } from '../ui/form-error.tsx';

/**
 * What the copilot keeps about the person in this workspace (it is told these at the start of every turn):
 * theirs to read, add to and delete. Read again after each turn, since the copilot may have remembered or forgotten.
 */
export function MemoriesPanel() {
  const client = useQueryClient();
  const memories = useQuery(queries.copilotMemories());
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const change = async (act: Promise<unknown>) => {
    setError(undefined);
    try {
      await act;
      await client.invalidateQueries({ queryKey: ['copilot-memories'] });
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  const list = memories.data?.memories ?? [];
  return (
    <details className="copilot-memories">
      <summary>Memories ({list.length})</summary>
      <p className="muted small">What the copilot remembers about you here, and is told in every chat.</p>
      <FormError message={error ?? (memories.error ? errorMessage(memories.error) : undefined)} />
      <ul aria-label="Memories">
        {list.map((memory) => (
          <li key={memory.id}>
            <span>{memory.text}</span>
            <button type="button" className="small icon" aria-label={`Forget “${memory.text}”`} onClick={() => void change(api.deleteCopilotMemory(memory.id))}>
              <Trash2 size={14} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <form
        aria-label="New memory"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await change(api.addCopilotMemory(text))) setText('');
        }}
      >
        <input
          aria-label="Something to remember"
          placeholder="e.g. I work in Berlin time"
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={500}
          required
        />
        <button type="submit" className="small">
          Remember
        </button>
      </form>
    </details>
  );
}
