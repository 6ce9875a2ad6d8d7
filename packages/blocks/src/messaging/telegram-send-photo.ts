import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { fileRefSchema } from '../shared/file-ref.ts';
import { chatIdInput, telegram, telegramCredential } from './telegram-api.ts';

export const telegramSendPhoto = defineBlock({
  id: 'telegram.send_photo',
  name: 'Telegram: Send Photo',
  description: 'Sends a photo from a Telegram bot to a chat: a stored image (uploaded by the block, e.g. from AI Image) or a public image URL, with a caption.',
  categories: ['messaging', 'telegram'],
  credentials: [telegramCredential],
  input: z.object({
    chat_id: chatIdInput,
    photo: fileRefSchema.optional().describe('A stored image to upload.'),
    photo_url: z.url().optional().describe('Or a public image URL Telegram fetches.'),
    caption: z.string().max(1024).optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ message_id: z.number() }),
  retry: { attempts: 1 },
  examples: [
    { name: 'needs a photo', input: { chat_id: 42 }, error: 'Give photo (a stored image) or photo_url' },
    { name: 'needs a bot token', input: { chat_id: 42, photo_url: 'https://example.com/cat.png' }, error: 'needs a credential of kind telegram_bot' },
  ],
  async *run({ chat_id, photo, photo_url, caption }, ctx) {
    if (!photo === !photo_url) throw new BlockError('input', 'Give photo (a stored image) or photo_url, not both and not neither.', { retriable: false });
    let sent: unknown;
    if (photo) {
      const file = await ctx.files.read(photo.fileId);
      const form = new FormData();
      form.set('chat_id', String(chat_id));
      if (caption) form.set('caption', caption);
      form.set('photo', new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.contentType }), file.name);
      sent = await telegram(ctx, 'sendPhoto', { form });
    } else {
      sent = await telegram(ctx, 'sendPhoto', { json: { chat_id, photo: photo_url, ...(caption ? { caption } : {}) } });
    }
    yield ['message_id', (sent as { message_id: number }).message_id];
  },
});
