import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { slack, slackCredential, slackInputs } from './slack-api.ts';

export const slackListChannels = defineBlock({
  id: 'slack.list_channels',
  name: 'Slack: List Channels',
  description: 'Lists the workspace’s public channels (and private ones the bot is in) with their ids, following Slack’s pages.',
  categories: ['messaging', 'slack'],
  credentials: [slackCredential],
  input: z.object({ include_private: z.boolean().default(false), include_archived: z.boolean().default(false), ...slackInputs }),
  output: z.object({
    channels: z.array(
      z.object({ id: z.string(), name: z.string(), is_private: z.boolean(), is_member: z.boolean(), topic: z.string(), members: z.number().int() }),
    ),
  }),
  examples: [{ name: 'needs a bot token', input: {}, error: 'needs a credential of kind slack_bot' }],
  async *run({ include_private, include_archived }, ctx) {
    const channels = [];
    let cursor: string | undefined;
    do {
      const page = await slack(ctx, 'conversations.list', {
        query: {
          types: include_private ? 'public_channel,private_channel' : 'public_channel',
          exclude_archived: String(!include_archived),
          limit: 200,
          cursor,
        },
      });
      for (const c of page.channels as {
        id: string;
        name: string;
        is_private?: boolean;
        is_member?: boolean;
        topic?: { value?: string };
        num_members?: number;
      }[]) {
        channels.push({
          id: c.id,
          name: c.name,
          is_private: c.is_private ?? false,
          is_member: c.is_member ?? false,
          topic: c.topic?.value ?? '',
          members: c.num_members ?? 0,
        });
      }
      cursor = (page.response_metadata as { next_cursor?: string } | undefined)?.next_cursor || undefined;
    } while (cursor && channels.length < 5000);
    yield ['channels', channels];
  },
});
