import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { callProvider, formBody } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const stripeCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'stripe_key',
  description: 'A Stripe secret or restricted key (Developers → API keys); a test-mode key (sk_test_…) acts on test data only.',
};

/**
 * Calls Stripe's API with the node's key: form-encoded parameters (nested ones as `metadata[plan]`), JSON answers.
 * Every POST carries an idempotency key made of the run, the node, the path and the parameters, so a node run
 * again after a restart (a resumed run) does not create or charge twice; the same call with the same
 * parameters within one run (a loop over equal items) is made once too.
 */
export async function stripe(
  ctx: BlockContext,
  path: ApiPath,
  options: {
    method?: 'GET' | 'POST';
    form?: Record<string, string | number | boolean | undefined>;
    /** Tells apart calls meant to repeat with the same parameters (two equal lines of one invoice). */
    repeat?: number;
  } = {},
): Promise<unknown> {
  const credential = await ctx.credential('credential');
  const base = (credential.fields.baseUrl || 'https://api.stripe.com').replace(/\/$/, '');
  const method = options.method ?? 'GET';
  // A GET carries its parameters in the address; other methods send them as a form.
  const url = apiUrl(base, path, method === 'GET' ? options.form : {});
  const { body } = await callProvider(ctx, {
    provider: 'Stripe',
    method,
    url,
    headers: {
      authorization: `Bearer ${credential.fields.secretKey ?? ''}`,
      ...(method === 'POST' ? { 'idempotency-key': idempotencyKey(ctx, path, options.form ?? {}, options.repeat ?? 0) } : {}),
    },
    ...(method === 'POST' ? { raw: formBody(options.form ?? {}) } : {}),
    credentialHint: 'the Stripe secret key (and, for a restricted key, its permissions)',
  });
  return body;
}

function idempotencyKey(ctx: BlockContext, path: ApiPath, form: object, repeat: number): string {
  return createHash('sha256')
    .update(JSON.stringify([ctx.runId, ctx.nodeId, path, form, repeat]))
    .digest('hex');
}

/** Metadata as Stripe's form parameters: `metadata[key]=value`. */
export const metadataForm = (metadata: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(metadata).map(([key, value]) => [`metadata[${key}]`, value]));

export const customerSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), created: z.number() });

export const toCustomer = (raw: unknown): z.infer<typeof customerSchema> => {
  const customer = raw as { id: string; email?: string | null; name?: string | null; created?: number };
  return { id: customer.id, email: customer.email ?? '', name: customer.name ?? '', created: customer.created ?? 0 };
};
