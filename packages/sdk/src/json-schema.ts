/** A JSON Schema document, as the UI, the link checks and model tool definitions read it. */
export type JsonSchema = Record<string, unknown>;
