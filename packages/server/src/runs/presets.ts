import type { Owner, Preset } from '@blocksmith/store';
import type { Platform } from '../platform/platform.ts';
import { checkTriggerInputs } from './trigger-inputs.ts';

/** Saves named run inputs of an agent, once its Input blocks are checked to take them; the API and the copilot both save here. */
export async function savePreset(
  platform: Pick<Platform, 'store' | 'registry'>,
  owner: Owner,
  graphId: string,
  preset: { name: string; inputs: Record<string, unknown> },
): Promise<Preset> {
  await checkTriggerInputs(platform, owner.workspaceId, graphId, preset.inputs, { field: 'inputs' });
  return platform.store.presets.create(owner, graphId, preset);
}
