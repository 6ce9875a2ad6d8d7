import { workspaceRef, type ArtifactRef } from '@blocksmith/sdk';
import type { CopilotItem } from '@blocksmith/store';
import type { ModelMessage } from 'ai';
import type { TranscriptItem } from './wire.ts';

export type { ErrorItem, StepItem, ToolCallRecord, TranscriptItem, UserItem } from './wire.ts';

export const asTranscript = (items: CopilotItem[]): TranscriptItem[] => items.map((item) => ({ ...(item.body as object), kind: item.kind }) as TranscriptItem);

/** The conversation as the model reads it again, rebuilt from what the session recorded. */
export function toModelMessages(items: TranscriptItem[]): ModelMessage[] {
  const messages: ModelMessage[] = [];
  for (const item of items) {
    if (item.kind === 'user') {
      const attached = item.fileIds?.length ? `\n\nAttached files: ${item.fileIds.map(workspaceRef).join(', ')}` : '';
      messages.push({ role: 'user', content: `${item.text}${attached}` });
    } else if (item.kind === 'step') {
      messages.push({
        role: 'assistant',
        content: [
          ...(item.text ? [{ type: 'text' as const, text: item.text }] : []),
          ...item.toolCalls.map((call) => ({ type: 'tool-call' as const, toolCallId: call.callId, toolName: call.name, input: call.args })),
        ],
      });
      if (item.toolCalls.length) {
        messages.push({
          role: 'tool',
          content: item.toolCalls.map((call) => ({
            type: 'tool-result' as const,
            toolCallId: call.callId,
            toolName: call.name,
            output: { type: 'json' as const, value: (call.result ?? null) as never },
          })),
        });
      }
    }
  }
  return messages;
}

/** The artifacts tool calls produced (files written, files a run put out), each once, in order. */
export function artifactsOf(items: TranscriptItem[]): ArtifactRef[] {
  const found = new Map<string, ArtifactRef>();
  for (const item of items) {
    if (item.kind !== 'step') continue;
    for (const call of item.toolCalls) {
      const result = call.result as { artifact?: ArtifactRef; artifacts?: ArtifactRef[] } | null;
      for (const artifact of [...(result?.artifact ? [result.artifact] : []), ...(result?.artifacts ?? [])]) found.set(artifact.id, artifact);
    }
  }
  return [...found.values()];
}
