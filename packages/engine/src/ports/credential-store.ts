import type { Credential } from '@blocksmith/sdk';

/** Which run wants a credential, for the workspace's record of who used which credential. */
export interface CredentialUse {
  runId: string;
  nodeId: string;
  /** Who the run acts for. */
  userId: string | undefined;
}

/** Where credentials are decrypted for a run; only ever called for a block that declared the credential. */
export interface CredentialStore {
  /** A credential of the run's workspace. */
  resolve(workspaceId: string | undefined, credentialId: string, use?: CredentialUse): Promise<Credential | undefined>;
  /** The workspace's credential of one of these kinds when it has exactly one, for nodes where none was chosen. */
  soleOfKinds(workspaceId: string | undefined, kinds: string[], use?: CredentialUse): Promise<Credential | undefined>;
}

/** For runs without a vault (the CLI): every credential is missing, with a message saying so. */
export const noCredentials: CredentialStore = { resolve: async () => undefined, soleOfKinds: async () => undefined };
