/** Input `topic` → a model call (`ask`) → upper case (`shout`) → Output `answer`: re-running from the steps after the model must not call it again. */
export const askThenShoutGraph = (credential: string, mode: 'upper' | 'lower' = 'upper') => ({
  name: 'Ask then shout',
  nodes: [
    { id: 'topic', block: 'input', inputs: { name: 'topic', value: 'owls' }, position: { x: 0, y: 0 } },
    { id: 'ask', block: 'ai.text', inputs: { model: 'tiny', credential }, position: { x: 320, y: 0 } },
    { id: 'shout', block: 'text.case', inputs: { mode }, position: { x: 640, y: 0 } },
    { id: 'answer', block: 'output', inputs: { name: 'answer' }, position: { x: 960, y: 0 } },
  ],
  links: [
    { from: { node: 'topic', output: 'result' }, to: { node: 'ask', input: 'prompt' } },
    { from: { node: 'ask', output: 'response' }, to: { node: 'shout', input: 'text' } },
    { from: { node: 'shout', output: 'result' }, to: { node: 'answer', input: 'value' } },
  ],
});
