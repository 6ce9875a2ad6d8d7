import type { FileContent, FileRef } from '@blocksmith/sdk';
import type { RunOwner } from '../run/records.ts';

export interface StoredFile extends FileContent {
  size: number;
}

/** Where files live, per workspace: uploads blocks read and artifacts blocks write. */
export interface FileStore {
  read(workspaceId: string | undefined, fileId: string): Promise<StoredFile | undefined>;
  write(owner: RunOwner, file: FileContent): Promise<FileRef>;
}

/** Files kept in memory for the life of the process (the CLI and tests). */
export class InMemoryFileStore implements FileStore {
  private readonly files = new Map<string, StoredFile & { workspaceId: string | undefined }>();

  async read(workspaceId: string | undefined, fileId: string): Promise<StoredFile | undefined> {
    const file = this.files.get(fileId);
    return file && file.workspaceId === workspaceId ? { name: file.name, contentType: file.contentType, bytes: file.bytes, size: file.size } : undefined;
  }

  async write({ workspaceId }: RunOwner, file: FileContent, fileId: string = crypto.randomUUID()): Promise<FileRef> {
    this.files.set(fileId, { ...file, size: file.bytes.byteLength, workspaceId });
    return { fileId, name: file.name, contentType: file.contentType, size: file.bytes.byteLength, url: `memory:${fileId}` };
  }
}
