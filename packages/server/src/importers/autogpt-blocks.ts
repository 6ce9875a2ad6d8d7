/**
 * AutoGPT Platform blocks (by their fixed UUIDs) that have an equivalent here: the block, and how pin names
 * and values carry over. Pins not named keep their name; a value map translates a setting's values.
 */
export interface BlockEquivalent {
  block: string;
  /** AutoGPT input pin → ours. */
  inputs?: Record<string, string>;
  /** AutoGPT output pin → ours. */
  outputs?: Record<string, string>;
  /** Inputs AutoGPT has and we do not: dropped (they only tune AutoGPT's own behaviour). */
  drop?: string[];
  /** Setting values that are spelled otherwise here, by our input name. */
  values?: Record<string, Record<string, string>>;
}

const INPUT: BlockEquivalent = { block: 'input', drop: ['title', 'advanced', 'secret', 'placeholder_values', 'base_64'] };

export const AUTOGPT_BLOCKS: Record<string, BlockEquivalent> = {
  // AgentInputBlock and its typed variants (short text, long text, number, date, time, file).
  'c0a8e994-ebf1-4a9c-a4d8-89d09c86741b': INPUT,
  '7fcd3bcb-8e1b-4e69-903d-32d3d4a92158': INPUT,
  '90a56ffb-7024-4b2b-ab50-e26c5e5ab8ba': INPUT,
  '96dae2bb-97a2-41c2-bd2f-13a3b5a8ea98': INPUT,
  '7e198b09-4994-47db-8b4d-952d98241817': INPUT,
  '2a1c757e-86cf-4c7e-aacf-060dc382e434': INPUT,
  '95ead23f-8283-4654-aef3-10c053b74a31': INPUT,
  // AgentOutputBlock
  '363ae599-353e-4804-937e-b2ee3cef3da4': { block: 'output', drop: ['title', 'description', 'advanced', 'secret', 'escape_html', 'format'] },
  // StoreValueBlock
  '1ff065e9-88e8-4358-9d82-8dc91f622ba9': { block: 'data.store_value' },
  // FillTextTemplateBlock
  'db7d8f02-2f44-4c55-ab7a-eae0941f0c30': { block: 'text.template', inputs: { format: 'template' }, outputs: { output: 'result' }, drop: ['escape_html'] },
  // AITextGeneratorBlock (its prompt_values become a template before it: see autogpt-agent.ts)
  '1f292d4a-41a4-4977-9684-7c8d560b9f91': {
    block: 'ai.text',
    inputs: { sys_prompt: 'system' },
    drop: ['credentials', 'retry', 'ollama_host', 'prompt_values'],
  },
  // AIStructuredResponseGeneratorBlock
  'ed55ac19-356e-4243-a6cb-bc599e9b716f': {
    block: 'ai.structured',
    inputs: { sys_prompt: 'system', expected_format: 'fields', retry: 'retries' },
    drop: ['credentials', 'ollama_host', 'prompt_values', 'conversation_history', 'list_result'],
  },
  // SendWebRequestBlock
  '6595ae1f-b924-42cb-9a41-551a0611c4b4': {
    block: 'http.request',
    outputs: { response: 'json', client_error: 'error', server_error: 'error' },
    drop: ['json_format', 'files_name', 'files'],
  },
  // ConditionBlock
  '715696a0-e1da-45c8-b209-c2fa9c3b0be6': { block: 'logic.condition', outputs: { yes_output: 'yes', no_output: 'no' } },
  // CalculatorBlock
  'b1ab9b19-67a6-406d-abf5-2dba76d00c79': {
    block: 'math.arithmetic',
    drop: ['round_result'],
    values: { operation: { Add: 'add', Subtract: 'subtract', Multiply: 'multiply', Divide: 'divide', Power: 'power' } },
  },
  // StepThroughItemsBlock
  'f66a3543-28d3-4ab5-8945-9b336371e2ce': { block: 'list.for_each', inputs: { items_object: 'items', items_str: 'items' }, outputs: { key: 'index' } },
};

/** AutoGPT's AITextGeneratorBlock: its `prompt_values` fill `{{keys}}` of its prompt. */
export const AUTOGPT_TEXT_GENERATOR = '1f292d4a-41a4-4977-9684-7c8d560b9f91';
