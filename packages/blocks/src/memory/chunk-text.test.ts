import { describe, expect, it } from 'vitest';
import { chunkText } from './chunk-text.ts';

describe('chunkText', () => {
  it('keeps short texts whole and splits long ones at paragraphs, then sentences, then words', () => {
    expect(chunkText('  Short note.  ', 100)).toEqual(['Short note.']);
    const paragraphs = `${'a'.repeat(60)}\n\n${'b'.repeat(60)}`;
    expect(chunkText(paragraphs, 100)).toEqual(['a'.repeat(60), 'b'.repeat(60)]);
    expect(chunkText('One sentence here. Another one follows it. And a third.', 30)).toEqual(['One sentence here.', 'Another one follows it.', 'And a third.']);
    const word = 'x'.repeat(250);
    expect(chunkText(word, 100).map((c) => c.length)).toEqual([100, 100, 50]);
  });

  it('starts each piece after the first with the end of the one before, from a word bound, when asked to overlap', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    expect(chunkText(text, 30, 10)).toEqual(['one two three four five six', 'five six seven eight nine ten', 'nine ten eleven twelve']);
    // An overlap as long as the pieces still moves on.
    expect(chunkText(text, 30, 30).length).toBeLessThan(10);
  });
});
