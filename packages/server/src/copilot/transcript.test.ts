import { describe, expect, it } from 'vitest';
import { artifactsOf, toModelMessages, type TranscriptItem } from './transcript.ts';

const artifact = { id: 'f1', title: 'a.md', mimeType: 'text/markdown', sourceUrl: '/api/files/f1', origin: 'agent' as const, sizeBytes: 3 };

const items: TranscriptItem[] = [
  { kind: 'user', text: 'Summarize this', fileIds: ['u1'] },
  {
    kind: 'step',
    text: 'Writing it.',
    toolCalls: [{ callId: 'c1', name: 'write_file', args: { name: 'a.md' }, result: { artifact }, startedAt: 1, endedAt: 2 }],
  },
  { kind: 'error', message: 'Stopped by the user.' },
  { kind: 'step', text: 'Done: workspace://f1', toolCalls: [] },
];

describe('the transcript', () => {
  it('gives the model back the conversation: attachments as workspace references, tool calls with their results, no error notes', () => {
    expect(toModelMessages(items)).toEqual([
      { role: 'user', content: 'Summarize this\n\nAttached files: workspace://u1' },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Writing it.' },
          { type: 'tool-call', toolCallId: 'c1', toolName: 'write_file', input: { name: 'a.md' } },
        ],
      },
      { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'c1', toolName: 'write_file', output: { type: 'json', value: { artifact } } }] },
      { role: 'assistant', content: [{ type: 'text', text: 'Done: workspace://f1' }] },
    ]);
  });

  it('collects the artifacts tool calls produced, each once', () => {
    const again: TranscriptItem = {
      kind: 'step',
      text: '',
      toolCalls: [{ callId: 'c2', name: 'run_agent', args: {}, result: { artifacts: [artifact] }, startedAt: 3, endedAt: 4 }],
    };
    expect(artifactsOf([...items, again])).toEqual([artifact]);
  });
});
