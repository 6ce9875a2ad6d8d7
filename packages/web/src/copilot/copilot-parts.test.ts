import { describe, expect, it } from 'vitest';
import { back, current, emptyHistory, forward, openArtifact } from './artifact-history.ts';
import { DEFAULT_PANEL_WIDTH, MAX_PANEL_WIDTH, MIN_PANEL_WIDTH, savedPanelWidth, savePanelWidth } from './panel-width.ts';
import { linkWorkspaceRefs, workspaceLinkTarget } from './workspace-links.ts';

const memory = () => {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
};

describe('copilot parts', () => {
  it('keeps the artifact panel width between visits, within bounds', () => {
    const storage = memory();
    expect(savedPanelWidth(storage)).toBe(DEFAULT_PANEL_WIDTH);
    savePanelWidth(storage, 612.4);
    expect(savedPanelWidth(storage)).toBe(612);
    savePanelWidth(storage, 5);
    expect(savedPanelWidth(storage)).toBe(MIN_PANEL_WIDTH);
    storage.setItem('blocksmith.artifactPanelWidth', '99999');
    expect(savedPanelWidth(storage)).toBe(MAX_PANEL_WIDTH);
    storage.setItem('blocksmith.artifactPanelWidth', 'wide');
    expect(savedPanelWidth(storage)).toBe(DEFAULT_PANEL_WIDTH);
  });

  it('goes back and forward through opened artifacts like a browser', () => {
    let history = openArtifact(openArtifact(openArtifact(emptyHistory, 'a'), 'b'), 'c');
    history = back(back(history));
    expect(current(history)).toBe('a');
    expect(current(back(history))).toBe('a');
    history = forward(history);
    expect(current(history)).toBe('b');
    history = openArtifact(history, 'd');
    expect(history.opened).toEqual(['a', 'b', 'd']);
    expect(current(forward(history))).toBe('d');
    expect(openArtifact(history, 'd')).toBe(history);
  });

  it('turns workspace references into links named after their artifacts', () => {
    const artifacts = [{ id: 'f-1', title: 'summary [v2].md', mimeType: 'text/markdown', sourceUrl: '/api/files/f-1', origin: 'agent' as const, sizeBytes: 3 }];
    expect(linkWorkspaceRefs('See workspace://f-1 and workspace://other.', artifacts)).toBe(
      'See [summary v2.md](workspace://f-1) and [workspace://other](workspace://other).',
    );
    expect(workspaceLinkTarget('workspace://f-1')).toBe('f-1');
    expect(workspaceLinkTarget('https://example.com/')).toBeUndefined();
    expect(workspaceLinkTarget(null)).toBeUndefined();
  });
});
