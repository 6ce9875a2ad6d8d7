/** One model turn of an agent: what it said and the tools it called then, each with what came back. */
export interface AgentStep {
  /** From 1, in the order the model answered. */
  step: number;
  text: string;
  calls: { id: string; tool: string; input: unknown; output?: unknown }[];
}

type Part = { type?: string; text?: string; toolCallId?: string; toolName?: string; input?: unknown; args?: unknown; output?: unknown; result?: unknown };

const partsOf = (content: unknown): Part[] =>
  typeof content === 'string' ? [{ type: 'text', text: content }] : Array.isArray(content) ? (content as Part[]).filter((p) => p && typeof p === 'object') : [];

/** A tool result as the model read it: the value inside the SDK's `{ type, value }` wrapper. */
const resultOf = (part: Part): unknown => {
  const output = part.output ?? part.result;
  return output && typeof output === 'object' && 'value' in output ? (output as { value: unknown }).value : output;
};

/**
 * The steps of an agent's `conversation` output (the AI SDK's messages: assistant turns with text and
 * `tool-call` parts, tool messages with `tool-result` parts): which tool it called at which step, with
 * what, and what came back. Anything else in the conversation is skipped.
 */
export function agentSteps(conversation: unknown): AgentStep[] {
  if (!Array.isArray(conversation)) return [];
  const steps: AgentStep[] = [];
  const byCall = new Map<string, AgentStep['calls'][number]>();
  for (const message of conversation as { role?: string; content?: unknown }[]) {
    if (message?.role === 'assistant') {
      const parts = partsOf(message.content);
      const calls = parts
        .filter((p) => p.type === 'tool-call' && typeof p.toolName === 'string')
        .map((p) => ({ id: String(p.toolCallId ?? ''), tool: p.toolName!, input: p.input ?? p.args }));
      for (const call of calls) byCall.set(call.id, call);
      const text = parts
        .filter((p) => p.type === 'text')
        .map((p) => p.text ?? '')
        .join('');
      steps.push({ step: steps.length + 1, text, calls });
    } else if (message?.role === 'tool') {
      for (const part of partsOf(message.content)) {
        const call = part.type === 'tool-result' ? byCall.get(String(part.toolCallId ?? '')) : undefined;
        if (call) call.output = resultOf(part);
      }
    }
  }
  return steps;
}
