import { BlockError } from '@blocksmith/sdk';

/**
 * A file's bytes, downloaded from a service, as UTF-8 text. A NUL byte does not occur in text and does in nearly
 * every binary format, so one means the file is not text: the block says so, naming the file and its type,
 * rather than hand a model or a template a string of noise.
 */
export function bytesAsText(bytes: Uint8Array, name: string, contentType = ''): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000')) throw new BlockError('invalid_input', `${name} is not a text file (${contentType || 'binary'}).`, { retriable: false });
  return text;
}
