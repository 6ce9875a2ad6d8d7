/**
 * `record[name]` when the record itself holds it. A pin named by a user ("valueOf", "constructor", "toString")
 * would otherwise find what every object inherits and be taken for a declared pin.
 */
export const ownProperty = <T>(record: Readonly<Record<string, T>> | undefined, name: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
