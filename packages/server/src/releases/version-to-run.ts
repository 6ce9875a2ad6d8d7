import type { RunTrigger } from '@blocksmith/engine';
import { PRODUCTION, type Store } from '@blocksmith/store';
import { Refusal } from '../platform/refusal.ts';

/**
 * The starts that run an agent's released version when they name none: callers outside the editor —
 * programs through the API, webhooks, schedules, MCP clients, app pages' visitors. People in the app, re-runs, one node alone,
 * the copilot and evaluations run what they name (the latest version unless told).
 */
const RELEASED_BY_DEFAULT: ReadonlySet<RunTrigger['kind']> = new Set(['api', 'webhook', 'schedule', 'mcp', 'app']);

/** What a start asks to run: a version, an alias, or — neither — what its trigger runs by default. */
export interface RunTarget {
  version?: number | undefined;
  alias?: string | undefined;
  trigger: RunTrigger;
}

/**
 * The version a run of an agent executes: the one named; the one an alias points at (refused when the
 * agent has no such alias); for a start released by default, the `production` alias's version when the
 * agent has one; otherwise undefined — the latest. So an agent without aliases runs its latest version
 * from every trigger, as before releases.
 */
export async function versionToRun(store: Store, workspaceId: string, graphId: string, target: RunTarget): Promise<number | undefined> {
  if (target.version !== undefined && target.alias !== undefined) {
    throw new Refusal('invalid', 'invalid_request', 'Give either a version or an alias to run, not both.');
  }
  if (target.version !== undefined) return target.version;
  if (target.alias !== undefined) {
    const version = await store.graphs.aliasVersion(graphId, target.alias, workspaceId);
    if (version === undefined) {
      const names = (await store.releases.aliases(graphId)).map((a) => `"${a.name}"`);
      throw new Refusal(
        'not_found',
        'unknown_alias',
        `Agent ${graphId} has no alias "${target.alias}"; ${names.length ? `its aliases are ${names.join(', ')}` : 'it has no aliases yet (release a version first)'}.`,
      );
    }
    return version;
  }
  return RELEASED_BY_DEFAULT.has(target.trigger.kind) ? store.graphs.aliasVersion(graphId, PRODUCTION, workspaceId) : undefined;
}
