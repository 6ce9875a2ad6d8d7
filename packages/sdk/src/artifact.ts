import type { FileRef } from './context.ts';

/** How a workspace file is named in messages and tool results: `workspace://<fileId>`. */
export const WORKSPACE_SCHEME = 'workspace://';

/** A file of the user's workspace as the copilot and its artifact panel show it. */
export interface ArtifactRef {
  id: string;
  title: string;
  mimeType: string;
  /** Always a same-origin download path (`/api/files/<id>`); clients refuse any other. */
  sourceUrl: string;
  origin: 'agent' | 'user-upload';
  sizeBytes: number;
}

export const workspaceRef = (fileId: string): string => `${WORKSPACE_SCHEME}${fileId}`;

/** The file id a `workspace://` reference (or a bare id) names. */
export const workspaceFileId = (ref: string): string => (ref.startsWith(WORKSPACE_SCHEME) ? ref.slice(WORKSPACE_SCHEME.length) : ref);

export function artifactOf(file: FileRef, origin: ArtifactRef['origin']): ArtifactRef {
  return { id: file.fileId, title: file.name, mimeType: file.contentType, sourceUrl: `/api/files/${file.fileId}`, origin, sizeBytes: file.size };
}

/** Whether a value is a file reference (an upload, or an artifact a block wrote): fileId, name, contentType, size, url. */
export function isFileRef(value: unknown): value is FileRef {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.fileId === 'string' && typeof v.name === 'string' && typeof v.contentType === 'string' && typeof v.size === 'number' && typeof v.url === 'string'
  );
}
