import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../connect.ts';

/**
 * Who did what in a workspace, when and from where. Append-only in the database itself: triggers refuse
 * every update and delete, whoever connects. It names its workspace without a foreign key, so deleting a
 * workspace leaves its history.
 */
export function auditLog(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('audit_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('actor_email', 'text', (c) => c.notNull())
        .addColumn('via', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('user_agent', 'text')
        .execute();
      await db.schema.createIndex('audit_events_by_workspace').on('audit_events').columns(['workspace_id', 'id']).execute();
      if (dialect === 'postgres') {
        await sql`create function audit_events_append_only() returns trigger language plpgsql as $$
          begin raise exception 'The audit log is append-only: its events are never changed or deleted.'; end $$`.execute(db);
        await sql`create trigger audit_events_append_only before update or delete on audit_events
          for each row execute function audit_events_append_only()`.execute(db);
      } else {
        for (const event of ['update', 'delete']) {
          await sql`create trigger ${sql.raw(`audit_events_no_${event}`)} before ${sql.raw(event)} on audit_events
            begin select raise(abort, 'The audit log is append-only: its events are never changed or deleted.'); end`.execute(db);
        }
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('audit_events').execute();
      if (dialect === 'postgres') await sql`drop function if exists audit_events_append_only()`.execute(db);
    },
  };
}
