import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { cardSchema, toCard, trello, trelloCredential } from './trello-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const trelloMoveCard = defineBlock({
  id: 'trello.move_card',
  name: 'Trello: Move Card',
  description: 'Moves a Trello card to another list (e.g. Doing → Done), or archives it.',
  categories: ['trello', 'productivity'],
  credentials: [trelloCredential],
  input: z.object({ card_id: z.string().min(1), list_id: z.string().optional(), archive: z.boolean().default(false), credential: z.string().optional() }),
  output: z.object({ card: cardSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a credential', input: { card_id: 'c', list_id: 'l' }, error: 'needs a credential of kind trello' }],
  async *run({ card_id, list_id, archive }, ctx) {
    if (!list_id && !archive) throw new BlockError('invalid_input', 'Give the list_id to move it to, or archive: true.', { retriable: false });
    const query = { idList: list_id, closed: archive ? 'true' : undefined };
    yield ['card', toCard(await trello(ctx, apiPath`/cards/${card_id}`, { method: 'PUT', query }))];
  },
});
