import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { readAgain } from './read-again.ts';

describe('readAgain', () => {
  it('shows what was kept after a first read that was still in flight', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let kept = ['hello'];
    let answerFirst: (() => void) | undefined;
    let reads = 0;
    // The first read is answered by hand, with what was kept when it went out; later reads at once.
    const read = () =>
      new Promise<string[]>((resolve) => {
        const snapshot = [...kept];
        if (reads++ === 0) answerFirst = () => resolve(snapshot);
        else resolve(snapshot);
      });
    const observer = new QueryObserver(client, { queryKey: ['conversation', 'c1'], queryFn: read });
    const unsubscribe = observer.subscribe(() => undefined);
    // The reply is kept while the first read is unanswered, then the turn ends.
    kept = [...kept, 'the reply'];
    const again = readAgain(client, ['conversation']);
    await new Promise((resolve) => setImmediate(resolve));
    answerFirst!();
    await again;
    expect(reads).toBe(2);
    expect(client.getQueryData(['conversation', 'c1'])).toEqual(['hello', 'the reply']);
    unsubscribe();
  });
});
