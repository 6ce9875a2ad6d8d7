import type { Credential } from '@blocksmith/sdk';

/** Where credentials are decrypted for a run; only ever called for a block that declared the credential. */
export interface CredentialStore {
  /** A credential of the run's workspace. */
  resolve(workspaceId: string | undefined, credentialId: string): Promise<Credential | undefined>;
  /** The workspace's credential of one of these kinds when it has exactly one, for nodes where none was chosen. */
  soleOfKinds(workspaceId: string | undefined, kinds: string[]): Promise<Credential | undefined>;
}

/** For runs without a vault (the CLI): every credential is missing, with a message saying so. */
export const noCredentials: CredentialStore = { resolve: async () => undefined, soleOfKinds: async () => undefined };
