import { WORKSPACE_SCHEME } from '@blocksmith/sdk/artifact';
import type { ArtifactRef } from '../api/types.ts';

const REFERENCE = /workspace:\/\/([A-Za-z0-9_-]+)/g;

/**
 * Markdown where each `workspace://<id>` is a link (named after the artifact
 * when it is known), for the chat to open in the artifact panel.
 */
export function linkWorkspaceRefs(text: string, artifacts: ArtifactRef[]): string {
  return text.replace(REFERENCE, (ref: string, id: string) => {
    const title = artifacts.find((a) => a.id === id)?.title ?? ref;
    return `[${title.replace(/[[\]]/g, '')}](${WORKSPACE_SCHEME}${id})`;
  });
}

/** The file id a clicked link names, when it is a workspace reference. */
export function workspaceLinkTarget(href: string | null): string | undefined {
  return href?.startsWith(WORKSPACE_SCHEME) ? href.slice(WORKSPACE_SCHEME.length) : undefined;
}
