import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { fileRef, timestamp } from './common.ts';

export const fileInfo = named(
  'FileInfo',
  fileRef.extend({ createdAt: timestamp, origin: z.enum(['agent', 'user-upload']).describe("Who made it: an agent, or the user's upload.") }),
);

export const fileList = z.object({ files: z.array(fileInfo), total: z.number().int() });
export const uploadedFile = z.object({ file: fileRef });
