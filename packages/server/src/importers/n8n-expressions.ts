/**
 * n8n's parameter values: a string starting with `=` is an expression, text with `{{ … }}` parts of
 * JavaScript that read the item (`$json`, `$input`). Here such a value is computed by a code.javascript
 * node that gets the item as `inputs.item`; these make that node's code.
 */

/** Whether a parameter value is an n8n expression. */
export const isExpression = (value: unknown): value is string => typeof value === 'string' && value.startsWith('=');

/** What every generated code node starts with: n8n's names for the item it works on. */
export const ITEM_PRELUDE =
  'const $json = inputs.item ?? {};\nconst items = [{ json: $json }];\nconst $input = { all: () => items, first: () => items[0], last: () => items[0], item: items[0] };\n';

/** A JavaScript expression for a value: an expression's code (a lone `{{ … }}` keeps its type; text around parts makes a string), else the literal. */
export function valueCode(value: unknown): string {
  if (!isExpression(value)) return JSON.stringify(value ?? null);
  const text = value.slice(1);
  const lone = /^\s*\{\{([\s\S]*?)\}\}\s*$/.exec(text);
  if (lone && !lone[1]!.includes('}}')) return `(${lone[1]!.trim()})`;
  let code = '`';
  let rest = text;
  for (let at = rest.indexOf('{{'); at >= 0; at = rest.indexOf('{{')) {
    const end = rest.indexOf('}}', at + 2);
    if (end < 0) break;
    code += escapeTemplate(rest.slice(0, at)) + '${' + rest.slice(at + 2, end).trim() + '}';
    rest = rest.slice(end + 2);
  }
  return code + escapeTemplate(rest) + '`';
}

const escapeTemplate = (text: string): string => text.replace(/[\\`]/g, (c) => `\\${c}`).replace(/\$\{/g, '\\${');

/** Code that computes one value from the item. */
export const computeCode = (value: unknown): string => `${ITEM_PRELUDE}return ${valueCode(value)};`;

/** Whether an expression reads other nodes (`$('Name')`, `$node[…]`), which a generated node cannot: it only has the item it is given. */
export const readsOtherNodes = (value: unknown): boolean => isExpression(value) && /\$\(|\$node\b|\$items\(/.test(value);
