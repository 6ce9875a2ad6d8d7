import type { Owner, SignatureScheme, Webhook } from '@blocksmith/store';
import { hashToken, newToken } from '../auth/tokens.ts';
import { notFound, Refusal } from '../platform/refusal.ts';
import type { Platform } from '../platform/platform.ts';
import { SIGNATURE_HEADERS } from './webhook-signature.ts';
import { checkTriggerInputs } from '../runs/trigger-inputs.ts';

export interface NewWebhook {
  name: string;
  presetId?: string | undefined;
  signature?: { secret: string; scheme: SignatureScheme; header?: string | undefined } | undefined;
  /** Give runs the whole request as their `request` input, with these headers. */
  request?: { headers: string[] } | undefined;
  alias?: string | undefined;
}

/**
 * A new webhook of an agent, its inputs checked against the version it will run (a preset's, or the
 * request's) so a call does not fail later for want of them. The secret token is in the path answered
 * here and nowhere else: only its hash is kept. The API and the copilot both go through here.
 */
export async function createWebhook(
  platform: Pick<Platform, 'store' | 'registry' | 'vault'>,
  owner: Owner,
  graphId: string,
  fields: NewWebhook,
): Promise<{ webhook: Webhook; path: string }> {
  const { store, vault } = platform;
  if (!(await store.graphs.summary(owner.workspaceId, graphId))) throw notFound(`Graph ${graphId}`);
  const preset = fields.presetId === undefined ? undefined : await store.presets.ofGraph(owner.workspaceId, graphId, fields.presetId);
  if (fields.presetId !== undefined && !preset) throw new Refusal('invalid', 'invalid_request', `presetId: no preset ${fields.presetId} of this graph.`);
  // A webhook that passes the request on gives its runs that and the preset's inputs, nothing else; otherwise the caller's body adds inputs.
  await checkTriggerInputs(platform, owner.workspaceId, graphId, fields.request ? { ...preset?.inputs, request: null } : (preset?.inputs ?? {}), {
    field: fields.request ? 'request (runs get the preset inputs and a "request" input)' : 'presetId',
    complete: fields.request !== undefined,
    trigger: { alias: fields.alias },
  });
  const token = newToken('bsh_');
  const webhook = await store.webhooks.create(owner, graphId, fields.name, hashToken(token), {
    presetId: fields.presetId,
    signature: fields.signature && {
      header: fields.signature.header ?? SIGNATURE_HEADERS[fields.signature.scheme],
      encryptedSecret: vault.seal(fields.signature.secret),
      scheme: fields.signature.scheme,
    },
    request: fields.request && { headers: fields.request.headers.map((h) => h.toLowerCase()) },
    alias: fields.alias,
  });
  return { webhook, path: `/api/hooks/${token}` };
}
