/** An embedding as its column keeps it: Float32 values, little-endian, base64 (a quarter of the JSON's size). */
export const encodeEmbedding = (embedding: readonly number[]): string => Buffer.from(new Float32Array(embedding).buffer).toString('base64');

export function decodeEmbedding(stored: string): number[] {
  const bytes = Buffer.from(stored, 'base64');
  return Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
}
