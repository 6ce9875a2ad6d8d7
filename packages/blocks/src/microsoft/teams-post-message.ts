import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { graph, microsoftCredential, microsoftInputs } from './graph-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const teamsPostMessage = defineBlock({
  id: 'teams.post_message',
  name: 'Teams: Post to Channel',
  description: 'Posts a message to a Microsoft Teams channel as the connected person (text or HTML), or replies in a thread.',
  categories: ['microsoft', 'teams', 'messaging'],
  credentials: [microsoftCredential],
  input: z.object({
    team_id: z.uuid().describe('The team’s id (a GUID: Get link to team → groupId).'),
    channel_id: z.string().regex(/^19:[^/?#]+$/, 'a channel id, like 19:…@thread.tacv2'),
    text: z.string().min(1),
    html: z.boolean().default(false),
    reply_to: z.string().optional().describe('A message’s id: answer in its thread.'),
    ...microsoftInputs,
  }),
  output: z.object({ message_id: z.string(), url: z.string() }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a Microsoft account',
      input: { team_id: '00000000-0000-4000-8000-000000000000', channel_id: '19:abc@thread.tacv2', text: 'Deployed' },
      error: 'needs a credential of kind oauth2:microsoft',
    },
  ],
  async *run({ team_id, channel_id, text, html, reply_to }, ctx) {
    const messages = apiPath`/teams/${team_id}/channels/${channel_id}/messages`;
    const path = reply_to ? apiPath`/teams/${team_id}/channels/${channel_id}/messages/${reply_to}/replies` : messages;
    const { body } = await graph(ctx, 'Teams', path, { method: 'POST', json: { body: { contentType: html ? 'html' : 'text', content: text } } });
    const message = body as { id: string; webUrl?: string };
    yield ['message_id', message.id];
    yield ['url', message.webUrl ?? ''];
  },
});
