import { BlockError, defineBlock, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl, type ApiPath } from '../shared/api-path.ts';

export const calendlyCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'calendly_token',
  description: 'A Calendly personal access token (Integrations → API and webhooks).',
};

export const calendlyListEvents = defineBlock({
  id: 'calendly.list_events',
  name: 'Calendly: List Scheduled Events',
  description: 'Lists the meetings booked with you on Calendly in a time range (the coming week by default): name, times, status and where.',
  categories: ['calendly', 'calendar'],
  credentials: [calendlyCredential],
  input: z.object({
    from: z.iso.datetime({ offset: true }).optional().describe('Start of the range; now if not given.'),
    to: z.iso.datetime({ offset: true }).optional().describe('End of the range; seven days after its start if not given.'),
    status: z.enum(['active', 'canceled']).default('active'),
    limit: z.number().int().min(1).max(100).default(20),
    credential: z.string().optional(),
  }),
  output: z.object({
    events: z.array(z.object({ uri: z.string(), name: z.string(), start: z.string(), end: z.string(), status: z.string(), location: z.string() })),
  }),
  examples: [{ name: 'needs a token', input: {}, error: 'needs a credential of kind calendly_token' }],
  async *run({ from, to, status, limit }, ctx) {
    const { fields } = await ctx.credential('credential');
    const get = async (path: ApiPath, query: Record<string, string | number> = {}) =>
      (
        await callProvider(ctx, {
          provider: 'Calendly',
          url: apiUrl(fields.baseUrl || 'https://api.calendly.com', path, query),
          headers: { authorization: `Bearer ${fields.token ?? ''}` },
          credentialHint: 'the Calendly personal access token',
        })
      ).body;
    // Events are listed per user, named by their URI, which the token's own user gives.
    const me = (await get(apiPath`/users/me`)) as { resource?: { uri?: string } };
    const user = me.resource?.uri;
    if (!user)
      throw new BlockError('provider', 'Calendly answered /users/me without the user’s URI; check that the token is a personal access token of a user.', {
        retriable: false,
      });
    const start = from ? Date.parse(from) : ctx.now().getTime();
    const end = to ? Date.parse(to) : start + 7 * 24 * 3_600_000;
    const page = (await get(apiPath`/scheduled_events`, {
      user,
      min_start_time: new Date(start).toISOString(),
      max_start_time: new Date(end).toISOString(),
      status,
      count: limit,
      sort: 'start_time:asc',
    })) as {
      collection: {
        uri: string;
        name: string;
        start_time: string;
        end_time: string;
        status: string;
        location?: { join_url?: string; location?: string; type?: string };
      }[];
    };
    yield [
      'events',
      page.collection.map((e) => ({
        uri: e.uri,
        name: e.name,
        start: e.start_time,
        end: e.end_time,
        status: e.status,
        location: e.location?.join_url ?? e.location?.location ?? e.location?.type ?? '',
      })),
    ];
  },
});
