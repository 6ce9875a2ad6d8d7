import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { OAuthProviderInfo } from '../api/types.ts';

let providers: Promise<OAuthProviderInfo[]> | undefined;

/** The OAuth2 providers, asked once per page load (every credential picker shows them). */
export function useOAuthProviders(): OAuthProviderInfo[] {
  const [list, setList] = useState<OAuthProviderInfo[]>([]);
  useEffect(() => {
    providers ??= api.oauthProviders().then(
      (r) => r.providers,
      () => [],
    );
    void providers.then(setList);
  }, []);
  return list;
}
