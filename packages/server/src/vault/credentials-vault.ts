import type { CredentialStore } from '@blocksmith/engine';
import type { Credential } from '@blocksmith/sdk';
import type { CredentialInfo, Store } from '@blocksmith/store';
import { decrypt, encrypt } from './cipher.ts';

/**
 * Encrypts credentials on the way in and decrypts them only for the engine,
 * at run time, for a block that declared them. Nothing here returns a secret
 * to an API caller.
 */
export class CredentialsVault implements CredentialStore {
  constructor(
    private readonly store: Store,
    private readonly key: Buffer,
  ) {}

  add(userId: string, name: string, kind: string, fields: Record<string, string>): Promise<CredentialInfo> {
    return this.store.credentials.create(userId, { name, kind, encryptedSecret: encrypt(JSON.stringify(fields), this.key) });
  }

  async resolve(userId: string | undefined, credentialId: string): Promise<Credential | undefined> {
    if (userId === undefined) return undefined;
    const found = await this.store.credentials.encrypted(userId, credentialId);
    if (!found) return undefined;
    return { id: credentialId, kind: found.kind, fields: JSON.parse(decrypt(found.encryptedSecret, this.key)) as Record<string, string> };
  }

  /** Encrypts another secret the server keeps (a webhook's signing secret) with the vault's key. */
  seal(secret: string): string {
    return encrypt(secret, this.key);
  }

  unseal(sealed: string): string {
    return decrypt(sealed, this.key);
  }

  async soleOfKinds(userId: string | undefined, kinds: string[]): Promise<Credential | undefined> {
    if (userId === undefined) return undefined;
    const fitting = (await this.store.credentials.list(userId)).filter((c) => kinds.includes(c.kind));
    return fitting.length === 1 ? this.resolve(userId, fitting[0]!.id) : undefined;
  }
}
