import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { cardSchema, toCard, trello, trelloCredential } from './trello-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const trelloListCards = defineBlock({
  id: 'trello.list_cards',
  name: 'Trello: List Cards',
  description: 'Lists the open cards of a Trello list, or of a whole board.',
  categories: ['trello', 'productivity'],
  credentials: [trelloCredential],
  input: z.object({ list_id: z.string().optional(), board_id: z.string().optional(), credential: z.string().optional() }),
  output: z.object({ cards: z.array(cardSchema) }),
  examples: [{ name: 'needs a credential', input: { list_id: 'l' }, error: 'needs a credential of kind trello' }],
  async *run({ list_id, board_id }, ctx) {
    const path = list_id ? apiPath`/lists/${list_id}/cards` : board_id ? apiPath`/boards/${board_id}/cards/open` : undefined;
    if (!path) throw new BlockError('invalid_input', 'Give a list_id or a board_id.', { retriable: false });
    yield ['cards', ((await trello(ctx, path)) as unknown[]).map(toCard)];
  },
});
