import { describe, expect, it } from 'vitest';
import { runBlock } from '../test-support.ts';

describe('file.write_text', () => {
  it('stores the bytes and returns a reference to them', async () => {
    const run = await runBlock('file.write_text', { text: 'héllo', name: 'greeting.txt' });
    expect(run.outputs.file).toEqual([
      { fileId: expect.any(String), name: 'greeting.txt', contentType: 'text/plain; charset=utf-8', size: 6, url: expect.any(String) },
    ]);
  });

  it('refuses names with folders', async () => {
    await expect(runBlock('file.write_text', { text: 'x', name: '../etc/passwd' })).rejects.toThrow(/must be a file name without folders/);
  });
});
