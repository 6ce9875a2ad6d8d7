import { closestIds } from './closest-ids.ts';
import { blockManifest, type AnyBlock, type BlockManifest, type JsonSchema, ownProperty } from '@blocksmith/sdk';

/** The single source of truth for which blocks exist, with their schemas computed once. */
export class BlockRegistry {
  private readonly blocks = new Map<string, AnyBlock>();
  private readonly manifests = new Map<string, BlockManifest>();

  constructor(blocks: Iterable<AnyBlock> = []) {
    for (const block of blocks) this.register(block);
  }

  register(block: AnyBlock): void {
    if (this.blocks.has(block.id)) {
      throw new Error(`Block id "${block.id}" is registered twice: block ids must be unique.`);
    }
    this.blocks.set(block.id, block);
    this.manifests.set(block.id, blockManifest(block));
  }

  get(id: string): AnyBlock | undefined {
    return this.blocks.get(id);
  }

  manifest(id: string): BlockManifest | undefined {
    return this.manifests.get(id);
  }

  list(): AnyBlock[] {
    return [...this.blocks.values()];
  }

  listManifests(): BlockManifest[] {
    return [...this.manifests.values()];
  }

  /** JSON Schema of one input pin of a block (plain name, no element/key suffix). */
  inputSchema(id: string, input: string): JsonSchema | undefined {
    return propertyOf(this.manifests.get(id)?.inputSchema, input);
  }

  outputSchema(id: string, output: string): JsonSchema | undefined {
    return propertyOf(this.manifests.get(id)?.outputSchema, output);
  }

  /** Closest known ids to a mistyped one, for "did you mean" hints. */
  suggest(id: string): string[] {
    return closestIds(id, this.blocks.keys());
  }
}

function propertyOf(schema: JsonSchema | undefined, name: string): JsonSchema | undefined {
  return ownProperty(schema?.properties as Record<string, JsonSchema> | undefined, name);
}
