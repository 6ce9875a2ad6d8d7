import { chunkText, documentText, embedOutsideRun, sendFollowingRedirects, type OutboundPolicy } from '@blocksmith/blocks';
import type { KnowledgePassage } from '@blocksmith/sdk';
import { BlockError } from '@blocksmith/sdk';
import type { KnowledgeBase, KnowledgeBaseFields, KnowledgeDocument, Owner, Store } from '@blocksmith/store';
import { KnowledgeBaseNameTaken } from '@blocksmith/store';
import { createHash } from 'node:crypto';
import { notFound, Refusal } from '../platform/refusal.ts';
import type { CredentialsVault } from '../vault/credentials-vault.ts';
import { redactSecrets } from '../vault/redact-secrets.ts';

/** The kinds of credential that embed texts (OpenAI's `/embeddings` and what speaks it). */
export const EMBEDDING_KINDS = ['openai', 'ollama', 'openai_compatible'];
/** Texts per embedding request. */
const EMBED_BATCH = 64;
/** The most passages one document is split into, and the most bytes a page by address may have. */
export const MAX_DOCUMENT_PASSAGES = 5_000;
const MAX_PAGE_BYTES = 10 * 1024 * 1024;

/** What a document is added from: text given with its name, an uploaded file, or a web page. */
export type DocumentSource = { name: string; text: string } | { fileId: string } | { url: string };

const invalid = (code: string, message: string) => new Refusal('invalid', code, message);

/**
 * Fills knowledge bases: a document's text read from what it came from, split into passages (the base's
 * size and overlap), embedded with the base's model through its credential, and kept in one transaction —
 * replacing the document of the same name, or changing nothing when its text is the same.
 */
export class KnowledgeService {
  constructor(
    private readonly store: Store,
    private readonly vault: CredentialsVault,
    private readonly network: OutboundPolicy,
  ) {}

  async create(owner: Owner, fields: KnowledgeBaseFields): Promise<KnowledgeBase> {
    const credential = await this.store.credentials.encrypted(owner.workspaceId, fields.credentialId);
    if (!credential) throw notFound(`Credential ${fields.credentialId}`);
    if (!EMBEDDING_KINDS.includes(credential.kind)) {
      throw invalid(
        'invalid_credential',
        `Credential "${credential.name}" is ${credential.kind}; a knowledge base embeds with an ${EMBEDDING_KINDS.join(', ')} credential.`,
      );
    }
    return this.store.knowledge.create(owner, fields).catch((error: unknown) => {
      throw error instanceof KnowledgeBaseNameTaken ? new Refusal('conflict', 'name_taken', error.message) : error;
    });
  }

  async base(workspaceId: string, idOrName: string): Promise<KnowledgeBase> {
    const base = await this.store.knowledge.get(workspaceId, idOrName);
    if (!base) throw notFound(`Knowledge base ${idOrName}`);
    return base;
  }

  async addDocument(workspaceId: string, baseId: string, from: DocumentSource): Promise<{ document: KnowledgeDocument; unchanged: boolean }> {
    const base = await this.base(workspaceId, baseId);
    const { name, source, text } = await this.read(workspaceId, from);
    const contentHash = createHash('sha256').update(text).digest('hex');
    const existing = await this.store.knowledge.document(base.id, name);
    if (existing?.contentHash === contentHash) return { document: existing, unchanged: true };
    const passages = chunkText(text, base.chunkChars, base.chunkOverlap);
    if (passages.length === 0) throw invalid('empty_document', `${name} holds no text to index.`);
    if (passages.length > MAX_DOCUMENT_PASSAGES) {
      throw invalid(
        'document_too_large',
        `${name} makes ${passages.length} passages; a document takes at most ${MAX_DOCUMENT_PASSAGES}. Split it, or make the base's passages longer.`,
      );
    }
    const embeddings = await this.embed(workspaceId, base, passages);
    const document = await this.store.knowledge.putDocument(
      base.id,
      { name, source, contentHash, chars: text.length },
      passages.map((p, i) => ({ text: p, embedding: embeddings[i]! })),
    );
    return { document, unchanged: false };
  }

  /** The passages closest to a query, as `knowledge.search` finds them: to try a base from its page. */
  async search(workspaceId: string, baseId: string, query: string, limit: number): Promise<KnowledgePassage[]> {
    const base = await this.base(workspaceId, baseId);
    const [embedding] = await this.embed(workspaceId, base, [query]);
    return this.store.knowledge.search(workspaceId, base.id, embedding!, limit);
  }

  private async read(workspaceId: string, from: DocumentSource): Promise<{ name: string; source: string; text: string }> {
    if ('text' in from) return { name: from.name, source: 'text', text: from.text };
    if ('fileId' in from) {
      const file = await this.store.files.read(workspaceId, from.fileId);
      if (!file) throw notFound(`File ${from.fileId}`);
      return { name: file.name, source: file.name, text: await this.extract(() => documentText(file)) };
    }
    const page = await this.fetchPage(from.url);
    return { name: from.url, source: from.url, text: await this.extract(() => documentText(page)) };
  }

  private async extract(read: () => Promise<string>): Promise<string> {
    try {
      return await read();
    } catch (error) {
      throw error instanceof BlockError ? invalid('unreadable_document', error.message) : error;
    }
  }

  /** A web page by its address, through the one outbound policy and its redirects, read only as far as MAX_PAGE_BYTES. */
  private async fetchPage(url: string): Promise<{ name: string; contentType: string; bytes: Uint8Array }> {
    let response: Awaited<ReturnType<typeof sendFollowingRedirects>>;
    try {
      response = await sendFollowingRedirects({
        url: new URL(url),
        method: 'GET',
        headers: { accept: 'text/html,text/plain,application/pdf,*/*;q=0.5', 'user-agent': 'Blocksmith (+knowledge)' },
        body: undefined,
        signal: AbortSignal.timeout(30_000),
        maxBytes: MAX_PAGE_BYTES,
        network: this.network,
      });
    } catch (error) {
      if (error instanceof BlockError) throw outboundRefusal(error, 'unreachable', `${url} could not be read: ${error.message}`);
      throw new Refusal('upstream', 'unreachable', `${url} could not be read: ${(error as Error).message}.`);
    }
    if (response.status >= 400) throw new Refusal('upstream', 'unreachable', `${url} answered ${response.status}.`);
    const name = response.url.pathname.split('/').pop() || 'page.html';
    return { name, contentType: response.headers['content-type'] ?? 'text/html', bytes: response.bytes };
  }

  private async embed(workspaceId: string, base: KnowledgeBase, texts: string[]): Promise<number[][]> {
    const credential = await this.vault.resolve(workspaceId, base.credentialId);
    if (!credential)
      throw new Refusal('conflict', 'credential_missing', `The credential of knowledge base "${base.name}" was deleted; make the base again with another.`);
    const embeddings: number[][] = [];
    try {
      for (let i = 0; i < texts.length; i += EMBED_BATCH)
        embeddings.push(...(await embedOutsideRun(credential, this.network, base.model, texts.slice(i, i + EMBED_BATCH))));
    } catch (error) {
      if (!(error instanceof BlockError)) throw error;
      throw outboundRefusal(error, 'embedding_failed', `Embedding with ${base.model} failed: ${redactSecrets(error.message, credential.fields)}`);
    }
    return embeddings;
  }
}

/** An address the outbound policy closes is the asker's to change (another address, or an operator's setting), not a failing service. */
function outboundRefusal(error: BlockError, code: string, message: string): Refusal {
  return new Refusal(error.kind === 'forbidden_address' ? 'invalid' : 'upstream', code, message);
}
