import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { cardSchema, toCard, trello, trelloCredential } from './trello-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const trelloCreateCard = defineBlock({
  id: 'trello.create_card',
  name: 'Trello: Create Card',
  description: 'Adds a card to a Trello list, with a description and a due date if given.',
  categories: ['trello', 'productivity'],
  credentials: [trelloCredential],
  input: z.object({
    list_id: z.string().min(1),
    name: z.string().min(1),
    description: z.string().optional(),
    due: z.iso.datetime({ offset: true }).optional(),
    position: z.enum(['top', 'bottom']).default('bottom'),
    credential: z.string().optional(),
  }),
  output: z.object({ card: cardSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a credential', input: { list_id: 'l', name: 'Call Ada' }, error: 'needs a credential of kind trello' }],
  async *run({ list_id, name, description, due, position }, ctx) {
    const query = { idList: list_id, name, desc: description, due, pos: position };
    yield ['card', toCard(await trello(ctx, apiPath`/cards`, { method: 'POST', query }))];
  },
});
