import type { CredentialStore, CredentialUse } from '@blocksmith/engine';
import type { Credential } from '@blocksmith/sdk';
import type { CredentialInfo, Owner, Store } from '@blocksmith/store';
import { OAuthRenewal } from '../oauth/oauth-renewal.ts';
import { decrypt, encrypt } from './cipher.ts';

/**
 * Encrypts credentials on the way in and decrypts them only for the engine,
 * at run time, for a block that declared them; a connected account's token
 * is renewed on the way out when it is about to expire. Nothing here returns
 * a secret to an API caller.
 */
export class CredentialsVault implements CredentialStore {
  /** The (run, credential) pairs whose use is recorded: once per run, not once per node run. */
  private readonly uses = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly key: Buffer,
    private readonly oauth = new OAuthRenewal([], { allowPrivateNetwork: false, allowedHosts: [], allowedSockets: [] }),
  ) {}

  add(owner: Owner, name: string, kind: string, fields: Record<string, string>): Promise<CredentialInfo> {
    return this.store.credentials.create(owner, { name, kind, encryptedSecret: encrypt(JSON.stringify(fields), this.key) });
  }

  async resolve(workspaceId: string | undefined, credentialId: string, use?: CredentialUse): Promise<Credential | undefined> {
    const stored = await this.stored(workspaceId, credentialId);
    if (!stored || workspaceId === undefined) return undefined;
    if (use) await this.recordUse(workspaceId, stored, use);
    const renewed = this.oauth.fresh(stored, async (fields) => {
      await this.store.credentials.replaceSecret(workspaceId, credentialId, encrypt(JSON.stringify(fields), this.key));
    });
    return { id: credentialId, kind: stored.kind, fields: renewed ? await renewed : stored.fields };
  }

  /** Deletes a credential; a connected account's grant is revoked with its provider first (a refusal is returned, the credential goes anyway). */
  async delete(workspaceId: string, credentialId: string): Promise<{ deleted: boolean; revokeProblem?: string }> {
    const stored = await this.stored(workspaceId, credentialId);
    if (!stored) return { deleted: false };
    const revokeProblem = await this.oauth.revoke(stored.kind, stored.fields).then(
      () => undefined,
      (error: unknown) => (error as Error).message,
    );
    const deleted = await this.store.credentials.delete(workspaceId, credentialId);
    return revokeProblem === undefined ? { deleted } : { deleted, revokeProblem };
  }

  /** Encrypts another secret the server keeps (a webhook's signing secret) with the vault's key. */
  seal(secret: string): string {
    return encrypt(secret, this.key);
  }

  unseal(sealed: string): string {
    return decrypt(sealed, this.key);
  }

  async soleOfKinds(workspaceId: string | undefined, kinds: string[], use?: CredentialUse): Promise<Credential | undefined> {
    if (workspaceId === undefined) return undefined;
    const fitting = (await this.store.credentials.list(workspaceId)).filter((c) => kinds.includes(c.kind));
    return fitting.length === 1 ? this.resolve(workspaceId, fitting[0]!.id, use) : undefined;
  }

  /** The workspace's audit log records which run used which credential, for whom: once per run and credential (again after a restart). */
  private async recordUse(workspaceId: string, credential: { id: string; name: string }, use: CredentialUse): Promise<void> {
    const key = `${use.runId}\u0000${credential.id}`;
    if (this.uses.has(key) || use.userId === undefined) return;
    if (this.uses.size >= 10_000) this.uses.clear();
    this.uses.add(key);
    const actor = await this.store.users.findById(use.userId);
    await this.store.audit.append({
      workspaceId,
      at: Date.now(),
      actor: { id: use.userId, email: actor?.email ?? '', via: 'run' },
      action: 'useCredential',
      target: credential.id,
      details: { name: credential.name, runId: use.runId, nodeId: use.nodeId },
    });
  }

  private async stored(workspaceId: string | undefined, credentialId: string) {
    if (workspaceId === undefined) return undefined;
    const found = await this.store.credentials.encrypted(workspaceId, credentialId);
    if (!found) return undefined;
    return { id: credentialId, name: found.name, kind: found.kind, fields: JSON.parse(decrypt(found.encryptedSecret, this.key)) as Record<string, string> };
  }
}
