import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { CredentialInfo } from '../api/types.ts';

/** What a block declares of a credential input: the kinds it accepts (several separated by |), and whether it works without one. */
export interface CredentialRequirement {
  kind: string;
  optional?: boolean;
}

/** The user's credentials of the kinds a block accepts; nothing is asked while `kind` is undefined. */
export function useFittingCredentials(kind: string | undefined): { credentials: CredentialInfo[]; reload(): void } {
  const [credentials, setCredentials] = useState<CredentialInfo[]>([]);
  const reload = useCallback(() => {
    if (kind === undefined) return;
    void api.credentials().then((r) => setCredentials(r.credentials.filter((c) => kind.split('|').includes(c.kind))));
  }, [kind]);
  useEffect(reload, [reload]);
  return { credentials, reload };
}

/** The credential a node's run will use for `requirement`: the one chosen, else the user's only fitting one (the engine's default). */
export function effectiveCredential(chosen: unknown, requirement: CredentialRequirement, fitting: CredentialInfo[]): string | undefined {
  if (typeof chosen === 'string' && chosen !== '') return chosen;
  return !requirement.optional && fitting.length === 1 ? fitting[0]!.id : undefined;
}
