import type { GraphRunRecord } from '@blocksmith/engine';

/** What a share link shows of a run: its inputs and outputs, how it ended, and when. Nothing else. */
export interface SharedRun {
  status: GraphRunRecord['status'];
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown[]>;
  error?: string;
  createdAt: number;
  endedAt?: number;
}

/** Beyond this depth values are passed on unchanged (a file named deeper is not reachable through the link). */
const MAX_DEPTH = 64;
const FILE_URL = /^\/api\/files\/([^/?#]+)/;

export const sharedFileUrl = (token: string, fileId: string): string => `/api/shared/runs/${encodeURIComponent(token)}/files/${encodeURIComponent(fileId)}`;

/**
 * The run as its link `token` shows it, and the files its values name (a file put out, a large value kept as a
 * file): those, and only those, are served through the link, at the URLs the view's values now carry.
 */
export function sharedRunView(run: GraphRunRecord, token: string): { view: SharedRun; files: Set<string> } {
  const { inputs, outputs, files } = outsideView(run, (fileId) => sharedFileUrl(token, fileId));
  const view: SharedRun = {
    status: run.status,
    inputs,
    outputs,
    ...(run.error !== undefined ? { error: run.error } : {}),
    createdAt: run.createdAt,
    ...(run.endedAt !== undefined ? { endedAt: run.endedAt } : {}),
  };
  return { view, files };
}

/**
 * A run's inputs and outputs as someone outside its workspace sees them (a share link, an app page's visitor):
 * each file they name gets the URL `fileUrl` gives it, and those files — only those — are listed in `files`.
 */
export function outsideView(
  run: Pick<GraphRunRecord, 'inputs' | 'outputs'>,
  fileUrl: (fileId: string) => string,
): { inputs: Record<string, unknown>; outputs: Record<string, unknown[]>; files: Set<string> } {
  const files = new Set<string>();
  const reachable = (value: unknown, depth: number): unknown => {
    if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((item) => reachable(item, depth + 1));
    const entries = Object.entries(value).map(([key, item]) => [key, reachable(item, depth + 1)] as const);
    const object = Object.fromEntries(entries) as Record<string, unknown>;
    // A file reference (a FileRef, or a large value's `largeValue`) names its file by id and same-origin URL.
    const url = typeof object.url === 'string' ? FILE_URL.exec(object.url) : null;
    if (url && typeof object.fileId === 'string' && decodeURIComponent(url[1]!) === object.fileId) {
      files.add(object.fileId);
      object.url = fileUrl(object.fileId);
    }
    return object;
  };
  return { inputs: reachable(run.inputs, 0) as Record<string, unknown>, outputs: reachable(run.outputs, 0) as Record<string, unknown[]>, files };
}
