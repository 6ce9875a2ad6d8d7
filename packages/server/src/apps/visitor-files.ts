import { WORKSPACE_SCHEME } from '@blocksmith/sdk';
import type { App, Store } from '@blocksmith/store';
import { Refusal } from '../platform/refusal.ts';

/** Deeper than any form makes; a file named deeper could not be checked, so such inputs are refused. */
const MAX_DEPTH = 64;

/** The file ids a value names: file references (`fileId`) and `workspace://` references, at any depth. */
function filesNamed(value: unknown, found: Set<string>, depth = 0): void {
  if (depth > MAX_DEPTH) throw new Refusal('invalid', 'invalid_request', `The inputs are nested more than ${MAX_DEPTH} levels deep; send flatter values.`);
  if (typeof value === 'string') {
    if (value.startsWith(WORKSPACE_SCHEME)) found.add(value.slice(WORKSPACE_SCHEME.length));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (!Array.isArray(value) && typeof (value as { fileId?: unknown }).fileId === 'string') found.add((value as { fileId: string }).fileId);
  for (const item of Array.isArray(value) ? value : Object.values(value)) filesNamed(item, found, depth + 1);
}

/**
 * Refuses inputs that name a file of the workspace the visitor did not upload through this app: an app's
 * visitor reaches the files they gave it, never the workspace's others, even by guessing an id.
 */
export async function refuseOthersFiles(store: Store, app: App, visitor: string | undefined, inputs: Record<string, unknown>): Promise<void> {
  const named = new Set<string>();
  filesNamed(inputs, named);
  if (named.size === 0) return;
  const theirs = visitor === undefined ? new Set<string>() : await store.apps.visitorUploads(app.id, visitor, [...named]);
  const others = [...named].filter((fileId) => !theirs.has(fileId));
  if (others.length > 0) {
    throw new Refusal(
      'invalid',
      'file_not_uploaded',
      `The inputs name a file that was not uploaded on this page (${others[0]}): upload it with the form, then run again.`,
    );
  }
}
