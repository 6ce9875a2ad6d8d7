import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { trello, trelloCredential } from './trello-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const trelloCommentCard = defineBlock({
  id: 'trello.comment_card',
  name: 'Trello: Comment on Card',
  description: 'Adds a comment to a Trello card, e.g. what an agent found or did.',
  categories: ['trello', 'productivity'],
  credentials: [trelloCredential],
  input: z.object({ card_id: z.string().min(1), text: z.string().min(1).max(16_384), credential: z.string().optional() }),
  output: z.object({ comment_id: z.string(), date: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a credential', input: { card_id: 'c', text: 'Done' }, error: 'needs a credential of kind trello' }],
  async *run({ card_id, text }, ctx) {
    const action = (await trello(ctx, apiPath`/cards/${card_id}/actions/comments`, { method: 'POST', query: { text } })) as { id: string; date?: string };
    yield ['comment_id', action.id];
    yield ['date', action.date ?? ''];
  },
});
