import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a session cookie or an API key; only its hash is stored. */
export const newToken = (prefix = ''): string => prefix + randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
