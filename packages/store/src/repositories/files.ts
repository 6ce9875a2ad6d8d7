import type { FileStore, RunOwner, StoredFile } from '@blocksmith/engine';
import type { FileContent, FileRef } from '@blocksmith/sdk';
import type { Owner } from '../owner.ts';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Database, FilesTable } from '../schema.ts';
import { deleteOwned } from './owned-rows.ts';

export type FileOrigin = 'agent' | 'user-upload';

export interface FileInfo extends FileRef {
  createdAt: number;
  /** Who made it: an agent (a block or the copilot), or the user's upload. */
  origin: FileOrigin;
}

const toInfo = (row: Omit<FilesTable, 'content' | 'user_id' | 'workspace_id'>): FileInfo => ({
  fileId: row.id,
  name: row.name,
  contentType: row.content_type,
  size: Number(row.size),
  url: `/api/files/${row.id}`,
  createdAt: Number(row.created_at),
  origin: row.origin as FileOrigin,
});

/** Uploads and artifacts, scoped to their user; also the engine's FileStore. */
export class FilesRepository implements FileStore {
  constructor(
    private readonly db: Kysely<Database>,
    /** Throws when uploads are refused now (the disk nearly full); blocks' artifacts are part of runs already accepted and are not asked. */
    private readonly admitUpload: () => Promise<void> = async () => undefined,
  ) {}

  /** An artifact a block or the copilot wrote. */
  write(owner: RunOwner, file: FileContent): Promise<FileRef> {
    return this.insert(owner, file, 'agent');
  }

  /** A file the user uploaded. */
  async upload(owner: Owner, file: FileContent): Promise<FileRef> {
    await this.admitUpload();
    return this.insert(owner, file, 'user-upload');
  }

  private async insert(owner: RunOwner, file: FileContent, origin: FileOrigin): Promise<FileRef> {
    const row: FilesTable = {
      id: randomUUID(),
      workspace_id: owner.workspaceId ?? null,
      user_id: owner.userId ?? null,
      name: file.name,
      content_type: file.contentType,
      size: file.bytes.byteLength,
      content: file.bytes,
      created_at: Date.now(),
      origin,
    };
    await this.db.insertInto('files').values(row).execute();
    const { createdAt: _created, origin: _origin, ...ref } = toInfo(row);
    return ref;
  }

  async read(workspaceId: string | undefined, fileId: string): Promise<StoredFile | undefined> {
    if (workspaceId === undefined) return undefined;
    const row = await this.db.selectFrom('files').selectAll().where('id', '=', fileId).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row && { name: row.name, contentType: row.content_type, size: Number(row.size), bytes: new Uint8Array(row.content) };
  }

  async list(workspaceId: string, options: { limit: number; offset: number }): Promise<{ files: FileInfo[]; total: number }> {
    const query = this.db.selectFrom('files').where('workspace_id', '=', workspaceId);
    const [rows, count] = await Promise.all([
      query
        .select(['id', 'name', 'content_type', 'size', 'created_at', 'origin'])
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(options.limit)
        .offset(options.offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { files: rows.map(toInfo), total: Number(count.n) };
  }

  async delete(workspaceId: string, fileId: string): Promise<boolean> {
    return deleteOwned(this.db, 'files', workspaceId, fileId);
  }
}
