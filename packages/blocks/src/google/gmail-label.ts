import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { google, googleCredential, googleInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const gmailLabel = defineBlock({
  id: 'gmail.label',
  name: 'Gmail: Label Message',
  description: 'Adds and removes labels of a Gmail message by their names (UNREAD, STARRED, INBOX to archive, or your own).',
  categories: ['gmail', 'google', 'email'],
  credentials: [googleCredential],
  input: z.object({
    message_id: z.string().min(1),
    add: z.array(z.string()).default([]),
    remove: z.array(z.string()).default([]).describe('e.g. ["UNREAD"] marks it read, ["INBOX"] archives it.'),
    ...googleInputs,
  }),
  output: z.object({ labels: z.array(z.string()) }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a Google account', input: { message_id: 'm1', remove: ['UNREAD'] }, error: 'needs a credential of kind oauth2:google' }],
  async *run({ message_id, add, remove }, ctx) {
    if (add.length + remove.length === 0) throw new BlockError('invalid_input', 'Give labels to add or to remove.', { retriable: false });
    const { body } = await google(ctx, 'gmail', apiPath`/users/me/labels`);
    const labels = (body as { labels?: { id: string; name: string }[] }).labels ?? [];
    const idOf = (name: string): string => {
      const label = labels.find((l) => l.name.toLowerCase() === name.toLowerCase() || l.id === name);
      if (!label)
        throw new BlockError('invalid_input', `Gmail has no label "${name}"; its labels are: ${labels.map((l) => l.name).join(', ')}.`, { retriable: false });
      return label.id;
    };
    const { body: changed } = await google(ctx, 'gmail', apiPath`/users/me/messages/${message_id}/modify`, {
      method: 'POST',
      json: { addLabelIds: add.map(idOf), removeLabelIds: remove.map(idOf) },
    });
    const names = new Map(labels.map((l) => [l.id, l.name]));
    yield ['labels', ((changed as { labelIds?: string[] }).labelIds ?? []).map((id) => names.get(id) ?? id)];
  },
});
