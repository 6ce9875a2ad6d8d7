import { describe, expect, it } from 'vitest';
import { bytesAsText } from './bytes-as-text.ts';

describe('bytesAsText', () => {
  it('reads UTF-8 text and refuses a binary file by name and type', () => {
    expect(bytesAsText(Buffer.from('Grüße\n'), 'notes.txt')).toBe('Grüße\n');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(() => bytesAsText(png, 'logo.png', 'image/png')).toThrow(
      expect.objectContaining({ kind: 'invalid_input', message: 'logo.png is not a text file (image/png).' }),
    );
    expect(() => bytesAsText(png, 'logo')).toThrow('logo is not a text file (binary).');
  });
});
