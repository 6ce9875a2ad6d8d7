import type { Store } from '@blocksmith/store';
import { refusalOf, type CopilotPlatform, type CopilotTool, type ToolContext } from './copilot-tool.ts';

/** A new member acting in their personal workspace, and the context a tool acts in for them (tests). */
export async function memberContext(store: Store, platform: Partial<CopilotPlatform>, email: string, extra: Partial<ToolContext> = {}): Promise<ToolContext> {
  const user = await store.users.create({ email, passwordHash: 'h', isOwner: false });
  return {
    owner: { workspaceId: user.id, userId: user.id },
    platform: { store, ...platform } as CopilotPlatform,
    trigger: { kind: 'manual' },
    signal: new AbortController().signal,
    origin: 'http://blocksmith.test',
    ...extra,
  };
}

/** Calls a tool as the chat does — its arguments parsed by its schema — answering its result, or its refusal as the model reads it; a fault throws. */
export function callTool(tool: CopilotTool, args: unknown, ctx: ToolContext): Promise<unknown> {
  return Promise.resolve()
    .then(() => tool.run(tool.input.parse(args), ctx))
    .catch((error: unknown) => refusalOf(error) ?? Promise.reject(error));
}
