import { describe, expect, it } from 'vitest';
import { agentSteps } from './agent-steps.ts';

describe('agent steps', () => {
  it('pairs each tool call with its result, by the step the model made it in', () => {
    const conversation = [
      { role: 'user', content: 'How long is the title?' },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me look it up.' },
          { type: 'tool-call', toolCallId: 'c1', toolName: 'fetch_web_page', input: { url: 'http://x' } },
        ],
      },
      { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'c1', toolName: 'fetch_web_page', output: { type: 'json', value: { title: 'Example' } } }] },
      {
        role: 'assistant',
        content: [
          { type: 'tool-call', toolCallId: 'c2', toolName: 'run_javascript', input: { code: 'return 7' } },
          { type: 'tool-call', toolCallId: 'c3', toolName: 'fail', input: {} },
        ],
      },
      {
        role: 'tool',
        content: [
          { type: 'tool-result', toolCallId: 'c3', output: { type: 'json', value: { error: 'boom' } } },
          { type: 'tool-result', toolCallId: 'c2', output: { type: 'json', value: { result: 7 } } },
        ],
      },
      { role: 'assistant', content: [{ type: 'text', text: 'It has 7 characters.' }] },
    ];
    expect(agentSteps(conversation)).toEqual([
      { step: 1, text: 'Let me look it up.', calls: [{ id: 'c1', tool: 'fetch_web_page', input: { url: 'http://x' }, output: { title: 'Example' } }] },
      {
        step: 2,
        text: '',
        calls: [
          { id: 'c2', tool: 'run_javascript', input: { code: 'return 7' }, output: { result: 7 } },
          { id: 'c3', tool: 'fail', input: {}, output: { error: 'boom' } },
        ],
      },
      { step: 3, text: 'It has 7 characters.', calls: [] },
    ]);
  });

  it('reads nothing from what is not a conversation', () => {
    expect(agentSteps(undefined)).toEqual([]);
    expect(agentSteps([{ role: 'assistant', content: 'plain answer' }])).toEqual([{ step: 1, text: 'plain answer', calls: [] }]);
    expect(agentSteps([null, 3, { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'x' }] }])).toEqual([]);
  });
});
