/**
 * A sink pin as written on a link: a plain input (`a`), a list element
 * (`items[2]`) or an object key (`values.city`).
 */
export type PinRef = { kind: 'plain'; input: string } | { kind: 'element'; input: string; index: number } | { kind: 'key'; input: string; key: string };

const ELEMENT = /^([A-Za-z_][A-Za-z0-9_]*)\[(\d{1,6})\]$/;
const KEY = /^([A-Za-z_][A-Za-z0-9_]*)\.(.+)$/;

export function parsePin(pin: string): PinRef {
  const element = ELEMENT.exec(pin);
  if (element) return { kind: 'element', input: element[1]!, index: Number(element[2]) };
  const key = KEY.exec(pin);
  if (key) return { kind: 'key', input: key[1]!, key: key[2]! };
  return { kind: 'plain', input: pin };
}
