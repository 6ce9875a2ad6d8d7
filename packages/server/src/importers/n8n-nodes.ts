import type { GraphLink, GraphNode } from '@blocksmith/engine';
import { computeCode, isExpression, ITEM_PRELUDE, valueCode } from './n8n-expressions.ts';

/** An n8n node as a workflow file holds it. */
export interface N8nNode {
  name: string;
  type: string;
  parameters: Record<string, unknown>;
  position?: [number, number] | undefined;
}

/** What an n8n node became: its nodes here, where the item coming in goes, and where each of its outputs comes from. */
export interface MappedNode {
  nodes: GraphNode[];
  links: GraphLink[];
  itemIn: { node: string; input: string }[];
  /** Where an item coming in on input `index` goes, for nodes whose inputs differ (Merge); else every input goes to `itemIn`. */
  itemInAt?(index: number): { node: string; input: string }[];
  /** Undefined: that output has no equivalent here (a trigger), and links from it are dropped. */
  itemOut(index: number): { node: string; output: string } | undefined;
  notes?: string[];
}

export type Mapping = MappedNode | { unmapped: string };

const get = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), value);
/** n8n's resource locators ({ __rl, value }) and plain values alike. */
const locator = (value: unknown): unknown => (value && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value);
const pairs = (value: unknown): { name: string; value: unknown }[] =>
  Array.isArray(get(value, 'parameters')) ? (get(value, 'parameters') as { name: string; value: unknown }[]).filter((p) => typeof p?.name === 'string') : [];

/** A code.javascript node computing a value from the item. */
const computeNode = (id: string, code: string, label: string): GraphNode => ({ id, block: 'code.javascript', inputs: { code }, label });

/**
 * A block whose pins take n8n parameter values: literals become its settings; an expression becomes a
 * code node computing it from the item, linked to the pin. When the n8n node is fed an item and nothing
 * reads it, the first pin is computed that way anyway, so the block still waits for what came before it.
 */
function block(id: string, blockId: string, label: string, pins: Record<string, unknown>, fed: boolean, output: string): MappedNode {
  const inputs: Record<string, unknown> = {};
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  const itemIn: MappedNode['itemIn'] = [];
  const entries = Object.entries(pins).filter(([, value]) => value !== undefined && value !== '');
  const computed = new Set(entries.filter(([, value]) => isExpression(value)).map(([pin]) => pin));
  if (fed && computed.size === 0 && entries.length > 0) computed.add(entries[0]![0]);
  for (const [pin, value] of entries) {
    if (!computed.has(pin)) {
      inputs[pin] = value;
      continue;
    }
    const code = `${id}.${pin}`;
    nodes.push(computeNode(code, computeCode(value), `${label}: ${pin}`));
    links.push({ from: { node: code, output: 'result' }, to: { node: id, input: pin } });
    itemIn.push({ node: code, input: 'inputs.item' });
  }
  nodes.unshift({ id, block: blockId, inputs, label });
  return { nodes, links, itemIn, itemOut: (index) => (index === 0 ? { node: id, output } : undefined) };
}

/** A value computed from several n8n parameters at once (an object of headers, of body fields). */
const objectValue = (entries: { name: string; value: unknown }[]): unknown => {
  if (entries.length === 0) return undefined;
  if (!entries.some((e) => isExpression(e.value))) return Object.fromEntries(entries.map((e) => [e.name, e.value]));
  return `={{ ({ ${entries.map((e) => `${JSON.stringify(e.name)}: ${valueCode(e.value)}`).join(', ')} }) }}`;
};

const trigger = (notes: string[] = []): MappedNode => ({ nodes: [], links: [], itemIn: [], itemOut: () => undefined, notes });

const OPERATIONS: Record<string, (left: string, right: string) => string> = {
  equals: (l, r) => `${l} == ${r}`,
  notEquals: (l, r) => `${l} != ${r}`,
  gt: (l, r) => `${l} > ${r}`,
  lt: (l, r) => `${l} < ${r}`,
  gte: (l, r) => `${l} >= ${r}`,
  lte: (l, r) => `${l} <= ${r}`,
  contains: (l, r) => `String(${l}).includes(${r})`,
  notContains: (l, r) => `!String(${l}).includes(${r})`,
  startsWith: (l, r) => `String(${l}).startsWith(${r})`,
  endsWith: (l, r) => `String(${l}).endsWith(${r})`,
  exists: (l) => `${l} !== undefined && ${l} !== null`,
  notExists: (l) => `${l} === undefined || ${l} === null`,
  isEmpty: (l) => `(${l} ?? '') === '' || (Array.isArray(${l}) && ${l}.length === 0)`,
  isNotEmpty: (l) => `!((${l} ?? '') === '' || (Array.isArray(${l}) && ${l}.length === 0))`,
  true: (l) => `${l} === true`,
  false: (l) => `${l} === false`,
};

/** The JavaScript test of n8n's conditions (IF, Switch rules): each condition's operation, joined by the combinator. */
function conditionsCode(conditions: unknown): string | { unmapped: string } {
  const list = (get(conditions, 'conditions') as { leftValue: unknown; rightValue: unknown; operator?: { operation?: string } }[] | undefined) ?? [];
  const tests: string[] = [];
  for (const condition of list) {
    const operation = OPERATIONS[condition.operator?.operation ?? 'equals'];
    if (!operation) return { unmapped: `the condition "${condition.operator?.operation}" has no equivalent here` };
    tests.push(`(${operation(valueCode(condition.leftValue), valueCode(condition.rightValue))})`);
  }
  return tests.join(get(conditions, 'combinator') === 'or' ? ' || ' : ' && ') || 'true';
}

/** Triggers that hand the next node no item here: a node they feed starts with the run. */
export const ITEMLESS_TRIGGERS = new Set(['n8n-nodes-base.manualTrigger', 'n8n-nodes-base.scheduleTrigger']);

/** The mappers of the n8n nodes that have an equivalent here, by node type. */
export const N8N_NODES: Record<string, (node: N8nNode, id: string, fed: boolean) => Mapping> = {
  'n8n-nodes-base.manualTrigger': () => trigger(),
  'n8n-nodes-base.webhook': (node, id) => ({
    nodes: [{ id, block: 'input', inputs: { name: 'request', description: `The call to the webhook (body, query, headers).` }, label: node.name }],
    links: [],
    itemIn: [],
    itemOut: (index) => (index === 0 ? { node: id, output: 'result' } : undefined),
    notes: [`"${node.name}" is the Input "request": give the agent a webhook that passes the whole request (Triggers panel) for its calls to start runs.`],
  }),
  'n8n-nodes-base.scheduleTrigger': (node) => {
    const cron = get(node.parameters, 'rule.interval.0.expression');
    return trigger([`"${node.name}" was a schedule${typeof cron === 'string' ? ` (${cron})` : ''}: add a schedule to this agent in the Triggers panel.`]);
  },
  'n8n-nodes-base.code': (node, id) => {
    if (node.parameters.language && node.parameters.language !== 'javaScript')
      return { unmapped: `Python code (n8n's Code node in ${String(node.parameters.language)}) is not available here` };
    const body = String(node.parameters.jsCode ?? node.parameters.code ?? 'return $input.all();');
    const code = `${ITEM_PRELUDE}const out = (() => {\n${body}\n})();\nconst first = Array.isArray(out) ? out[0] : out;\nreturn first && typeof first === 'object' && 'json' in first ? first.json : first;`;
    return {
      nodes: [computeNode(id, code, node.name)],
      links: [],
      itemIn: [{ node: id, input: 'inputs.item' }],
      itemOut: (i) => (i === 0 ? { node: id, output: 'result' } : undefined),
    };
  },
  'n8n-nodes-base.set': (node, id) => {
    const assignments = (get(node.parameters, 'assignments.assignments') as { name: string; value: unknown }[] | undefined) ?? [];
    const legacy = Object.values((node.parameters.values as Record<string, { name: string; value: unknown }[]>) ?? {}).flat();
    const fields = [...assignments, ...legacy].filter((f) => typeof f?.name === 'string');
    const keep = node.parameters.includeOtherFields === true || node.parameters.keepOnlySet === false;
    const code = `${ITEM_PRELUDE}return { ${keep ? '...$json, ' : ''}${fields.map((f) => `${JSON.stringify(f.name)}: ${valueCode(f.value)}`).join(', ')} };`;
    return {
      nodes: [computeNode(id, code, node.name)],
      links: [],
      itemIn: [{ node: id, input: 'inputs.item' }],
      itemOut: (i) => (i === 0 ? { node: id, output: 'result' } : undefined),
    };
  },
  'n8n-nodes-base.if': (node, id) => {
    const joined = conditionsCode(node.parameters.conditions);
    if (typeof joined !== 'string') return joined;
    const test = `${id}.test`;
    return {
      nodes: [
        { id, block: 'logic.condition', inputs: { operator: '==', value2: true }, label: node.name },
        computeNode(test, `${ITEM_PRELUDE}return Boolean(${joined});`, `${node.name}: test`),
      ],
      links: [{ from: { node: test, output: 'result' }, to: { node: id, input: 'value1' } }],
      itemIn: [
        { node: test, input: 'inputs.item' },
        { node: id, input: 'yes_value' },
        { node: id, input: 'no_value' },
      ],
      itemOut: (index) => (index === 0 ? { node: id, output: 'yes' } : index === 1 ? { node: id, output: 'no' } : undefined),
    };
  },
  'n8n-nodes-base.switch': (node, id) => {
    // Which outputs the item takes (a list): the first rule that holds (or the fallback), or the output an expression names.
    let choose: string;
    let outputs: number;
    if (node.parameters.mode === 'expression') {
      outputs = Number(node.parameters.numberOutputs ?? 4);
      choose = `return [Number(${valueCode(node.parameters.output)})];`;
    } else {
      const rules = (get(node.parameters, 'rules.values') as { conditions?: unknown }[] | undefined) ?? [];
      const tests: string[] = [];
      for (const rule of rules) {
        const test = conditionsCode(rule.conditions);
        if (typeof test !== 'string') return test;
        tests.push(test);
      }
      const fallback = get(node.parameters, 'options.fallbackOutput');
      const fallbackIndex = fallback === 'extra' ? rules.length : typeof fallback === 'number' ? fallback : -1;
      outputs = rules.length + (fallback === 'extra' ? 1 : 0);
      // n8n takes the first rule that holds, or every one with "all matching outputs".
      const all = get(node.parameters, 'options.allMatchingOutputs') === true;
      choose = all
        ? `const chosen = [${tests.map((test, i) => `(${test}) ? ${i} : -1`).join(', ')}].filter((i) => i >= 0);\nreturn chosen.length > 0 ? chosen : [${fallbackIndex}];`
        : `${tests.map((test, i) => `if (${test}) return [${i}];`).join('\n')}\nreturn [${fallbackIndex}];`;
    }
    const choice = `${id}.choice`;
    const branches = Array.from({ length: outputs }, (_, i) => `${id}.output${i}`);
    return {
      nodes: [
        computeNode(choice, `${ITEM_PRELUDE}${choose}`, `${node.name}: which output`),
        ...branches.map((branch, i) => ({
          id: branch,
          block: 'logic.condition',
          inputs: { operator: 'contains', value2: i },
          label: `${node.name}: output ${i}`,
        })),
      ],
      links: branches.map((branch) => ({ from: { node: choice, output: 'result' }, to: { node: branch, input: 'value1' } })),
      itemIn: [{ node: choice, input: 'inputs.item' }, ...branches.map((branch) => ({ node: branch, input: 'yes_value' }))],
      itemOut: (index) => (index < outputs ? { node: branches[index]!, output: 'yes' } : undefined),
    };
  },
  'n8n-nodes-base.merge': (node, id) => {
    const mode = String(node.parameters.mode ?? 'append');
    // Append: each item of either input goes on by itself, as n8n lists the first input's items then the second's.
    if (mode === 'append') {
      return {
        nodes: [computeNode(id, `${ITEM_PRELUDE}return $json;`, node.name)],
        links: [],
        itemIn: [{ node: id, input: 'inputs.item' }],
        itemOut: (i) => (i === 0 ? { node: id, output: 'result' } : undefined),
      };
    }
    const byPosition = mode === 'combine' && (node.parameters.combineBy ?? node.parameters.combinationMode) === 'combineByPosition';
    const choose = mode === 'chooseBranch';
    if (!byPosition && !choose)
      return {
        unmapped: `the Merge mode "${mode}${node.parameters.combineBy ? ` by ${String(node.parameters.combineBy)}` : ''}" has no equivalent here (append, combine by position and choose branch do)`,
      };
    const code = choose
      ? `return ${Number(node.parameters.useDataOfInput ?? 1) === 2 ? 'inputs.second' : 'inputs.first'};`
      : 'return { ...(inputs.first ?? {}), ...(inputs.second ?? {}) };';
    // Both inputs wait for each other: one item from each makes one node run.
    return {
      nodes: [computeNode(id, code, node.name)],
      links: [],
      itemIn: [{ node: id, input: 'inputs.first' }],
      itemInAt: (index) => [{ node: id, input: index === 0 ? 'inputs.first' : 'inputs.second' }],
      itemOut: (i) => (i === 0 ? { node: id, output: 'result' } : undefined),
    };
  },
  'n8n-nodes-base.httpRequest': (node, id, fed) => {
    const p = node.parameters;
    const json = p.sendBody
      ? p.specifyBody === 'json'
        ? isExpression(p.jsonBody)
          ? `={{ JSON.parse(${valueCode(p.jsonBody)}) }}`
          : JSON.parse(String(p.jsonBody ?? '{}'))
        : objectValue(pairs(p.bodyParameters))
      : undefined;
    return block(
      id,
      'http.request',
      node.name,
      {
        url: p.url,
        method: p.method ?? 'GET',
        ...(p.sendQuery ? { query: objectValue(pairs(p.queryParameters)) } : {}),
        ...(p.sendHeaders ? { headers: objectValue(pairs(p.headerParameters)) } : {}),
        ...(json !== undefined ? { json } : {}),
      },
      fed,
      'json',
    );
  },
  'n8n-nodes-base.respondToWebhook': (node, id) => {
    const body = node.parameters.respondWith === 'json' ? node.parameters.responseBody : '={{ $json }}';
    return block(id, 'output', node.name, { value: body, name: 'response' }, true, 'output');
  },
  'n8n-nodes-base.slack': (node, id, fed) => {
    const { resource = 'message', operation = 'post' } = node.parameters as { resource?: string; operation?: string };
    if (resource !== 'message' || operation !== 'post') return { unmapped: `Slack's ${resource} ${operation} has no block here yet (messages can be posted)` };
    return block(
      id,
      'slack.post_message',
      node.name,
      { text: node.parameters.text, channel: locator(node.parameters.channelId ?? node.parameters.channel) },
      fed,
      'ts',
    );
  },
  'n8n-nodes-base.gmail': (node, id, fed) => {
    if ((node.parameters.operation ?? 'send') !== 'send')
      return { unmapped: `Gmail's ${String(node.parameters.operation)} has no block here yet (mail can be sent)` };
    const mapped = block(
      id,
      'email.send',
      node.name,
      { subject: node.parameters.subject, to: node.parameters.sendTo, text: node.parameters.message },
      fed,
      'message_id',
    );
    return { ...mapped, notes: [`"${node.name}" sends through an SMTP credential (a Gmail account works with an app password).`] };
  },
  'n8n-nodes-base.googleSheets': (node, id, fed) => {
    const operation = String(node.parameters.operation ?? 'read');
    const spreadsheet = locator(node.parameters.documentId);
    const sheet = locator(node.parameters.sheetName);
    if (operation === 'append' || operation === 'appendOrUpdate') {
      return block(
        id,
        'google_sheets.append_rows',
        node.name,
        { rows: '={{ [Object.values($json)] }}', spreadsheet_id: spreadsheet, range: sheet },
        fed,
        'updated_range',
      );
    }
    if (operation === 'read' || operation === 'get')
      return block(id, 'google_sheets.read_range', node.name, { range: sheet, spreadsheet_id: spreadsheet }, fed, 'records');
    return { unmapped: `Google Sheets' ${operation} has no block here yet (rows can be read and appended)` };
  },
};
