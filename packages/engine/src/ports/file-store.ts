import type { FileContent, FileRef } from '@blocksmith/sdk';

export interface StoredFile extends FileContent {
  size: number;
}

/** Where files live, per user: uploads blocks read and artifacts blocks write. */
export interface FileStore {
  read(userId: string | undefined, fileId: string): Promise<StoredFile | undefined>;
  write(userId: string | undefined, file: FileContent): Promise<FileRef>;
}

/** Files kept in memory for the life of the process (the CLI and tests). */
export class InMemoryFileStore implements FileStore {
  private readonly files = new Map<string, StoredFile & { userId: string | undefined }>();

  async read(userId: string | undefined, fileId: string): Promise<StoredFile | undefined> {
    const file = this.files.get(fileId);
    return file && file.userId === userId ? { name: file.name, contentType: file.contentType, bytes: file.bytes, size: file.size } : undefined;
  }

  async write(userId: string | undefined, file: FileContent, fileId: string = crypto.randomUUID()): Promise<FileRef> {
    this.files.set(fileId, { ...file, size: file.bytes.byteLength, userId });
    return { fileId, name: file.name, contentType: file.contentType, size: file.bytes.byteLength, url: `memory:${fileId}` };
  }
}
