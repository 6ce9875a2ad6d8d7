/** A value as a message's bytes: text as it is, anything else as JSON. */
export function messageBytes(value: unknown): Buffer {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value ?? null));
}

/** A message's bytes as a run sees them: the JSON value when they are JSON, else the text. */
export function messageValue(bytes: Buffer | Uint8Array): unknown {
  const text = Buffer.from(bytes).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
