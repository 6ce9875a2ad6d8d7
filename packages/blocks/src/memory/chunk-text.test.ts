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
});
