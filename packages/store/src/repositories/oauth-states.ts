import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** An OAuth2 connection waiting for the provider to send the person back. */
export interface OAuthState {
  /** The workspace the credential is for, and the member connecting it. */
  workspaceId: string;
  userId: string;
  provider: string;
  name: string;
  /** Sealed PKCE code verifier. */
  verifier: string;
  redirectUri: string;
  createdAt: number;
}

/** Pending OAuth2 connections, kept in the database so the provider may send the person back to any server. */
export class OAuthStatesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(stateHash: string, state: OAuthState): Promise<void> {
    await this.db
      .insertInto('oauth_states')
      .values({
        state_hash: stateHash,
        workspace_id: state.workspaceId,
        user_id: state.userId,
        provider: state.provider,
        name: state.name,
        verifier: state.verifier,
        redirect_uri: state.redirectUri,
        created_at: state.createdAt,
      })
      .execute();
  }

  /** The pending connection with this state, removed so it serves once; undefined when unknown or created before `notBefore`. */
  async take(stateHash: string, notBefore: number): Promise<OAuthState | undefined> {
    const row = await this.db.deleteFrom('oauth_states').where('state_hash', '=', stateHash).returningAll().executeTakeFirst();
    if (!row || Number(row.created_at) < notBefore) return undefined;
    return {
      workspaceId: row.workspace_id!,
      userId: row.user_id,
      provider: row.provider,
      name: row.name,
      verifier: row.verifier,
      redirectUri: row.redirect_uri,
      createdAt: Number(row.created_at),
    };
  }

  /** Forgets connections abandoned before `notBefore` (the person closed the provider's page). */
  async sweep(notBefore: number): Promise<void> {
    await this.db.deleteFrom('oauth_states').where('created_at', '<', notBefore).execute();
  }
}
