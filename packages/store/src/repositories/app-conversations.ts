import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../unique-violation.ts';
import type { AppConversationsTable, AppMessagesTable, Database } from '../schema.ts';

export interface AppConversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
}

export interface AppMessage {
  seq: number;
  role: 'user' | 'assistant';
  text: string;
  /** The run that answered (on the agent's replies); it may since have been deleted. */
  runId: string | null;
  /** Why no reply came: the run failed, or could not start. */
  error: string | null;
  createdAt: number;
}

const toConversation = (row: AppConversationsTable): AppConversation => ({
  id: row.id,
  title: row.title,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

const toMessage = (row: AppMessagesTable): AppMessage => ({
  seq: Number(row.seq),
  role: row.role as AppMessage['role'],
  text: row.text,
  runId: row.run_id,
  error: row.error,
  createdAt: Number(row.created_at),
});

/** A chat app's conversations, each a visitor's (by the hash of their cookie), and their messages in order. */
export class AppConversationsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(appId: string, visitorHash: string, title: string): Promise<AppConversation> {
    const now = Date.now();
    const row: AppConversationsTable = { id: randomUUID(), app_id: appId, visitor_hash: visitorHash, title, created_at: now, updated_at: now };
    await this.db.insertInto('app_conversations').values(row).execute();
    return toConversation(row);
  }

  /** The conversation, when it is this visitor's (`visitorHash` undefined: the app owner's look, any visitor's). */
  async get(appId: string, id: string, visitorHash: string | undefined): Promise<AppConversation | undefined> {
    let query = this.db.selectFrom('app_conversations').selectAll().where('id', '=', id).where('app_id', '=', appId);
    if (visitorHash !== undefined) query = query.where('visitor_hash', '=', visitorHash);
    const row = await query.executeTakeFirst();
    return row && toConversation(row);
  }

  /** Conversations, the latest first: one visitor's, or (undefined) every visitor's, for the app's owner. */
  async list(appId: string, visitorHash: string | undefined, limit: number): Promise<AppConversation[]> {
    let query = this.db.selectFrom('app_conversations').selectAll().where('app_id', '=', appId);
    if (visitorHash !== undefined) query = query.where('visitor_hash', '=', visitorHash);
    const rows = await query.orderBy('updated_at', 'desc').orderBy('id').limit(limit).execute();
    return rows.map(toConversation);
  }

  /** The conversation's messages, oldest first: the last `limit` of them. */
  async messages(conversationId: string, limit: number): Promise<AppMessage[]> {
    const rows = await this.db
      .selectFrom('app_messages')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
    return rows.reverse().map(toMessage);
  }

  /**
   * Adds a message after the conversation's last one. Two turns at once (two tabs) each get their place: a
   * message another turn added meanwhile moves this one after it, so none is lost.
   */
  async append(conversationId: string, message: Omit<AppMessage, 'seq' | 'createdAt'>): Promise<AppMessage> {
    for (let attempt = 1; ; attempt++) {
      const last = await this.db
        .selectFrom('app_messages')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      const row: AppMessagesTable = {
        conversation_id: conversationId,
        seq: Number(last?.seq ?? 0) + 1,
        role: message.role,
        text: message.text,
        run_id: message.runId,
        error: message.error,
        created_at: Date.now(),
      };
      try {
        await this.db.insertInto('app_messages').values(row).execute();
      } catch (error) {
        if (isUniqueViolation(error) && attempt < 10) continue;
        throw error;
      }
      await this.db.updateTable('app_conversations').set({ updated_at: row.created_at }).where('id', '=', conversationId).execute();
      return toMessage(row);
    }
  }
}
