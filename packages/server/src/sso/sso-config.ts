import { WORKSPACE_ROLES, type WorkspaceRole } from '@blocksmith/store';
import { z } from 'zod';

/** Which workspace, with which role, a group of the identity provider gives its people. */
export interface GroupGrant {
  workspace: string;
  role: WorkspaceRole;
}

/** Single sign-on through one OpenID Connect provider, from operator settings (docs/teams.md). */
export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the sign-in button says: "Sign in with <name>". */
  name: string;
  /** By the `groups` claim's values. */
  groups: Record<string, GroupGrant[]>;
  /** A workspace every person who signs in this way is a member of, with `defaultRole` at least. */
  workspace?: string;
  defaultRole: WorkspaceRole;
}

const role = z.enum(WORKSPACE_ROLES);
const grant = z.object({ workspace: z.string().min(1), role }).strict();
const groups = z
  .record(z.string(), z.union([grant, z.array(grant)]))
  .transform((map) => Object.fromEntries(Object.entries(map).map(([g, v]) => [g, Array.isArray(v) ? v : [v]])));
const env = z.object({
  BLOCKSMITH_OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be the http(s) URL of the provider (its issuer)' }).optional(),
  BLOCKSMITH_OIDC_CLIENT_ID: z.string().min(1).optional(),
  BLOCKSMITH_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  BLOCKSMITH_OIDC_NAME: z.string().min(1).max(60).default('single sign-on'),
  BLOCKSMITH_OIDC_GROUPS: z.string().optional(),
  BLOCKSMITH_OIDC_WORKSPACE: z.string().min(1).optional(),
  BLOCKSMITH_OIDC_DEFAULT_ROLE: role.default('viewer'),
});

/** The SSO settings, or none when no issuer is set; the problems as "VARIABLE: what is wrong". */
export function ssoConfigFrom(variables: Record<string, string>): { sso?: SsoConfig; problems: string[] } {
  const parsed = env.safeParse(variables);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const e = parsed.data;
  if (e.BLOCKSMITH_OIDC_ISSUER === undefined) return { problems: [] };
  if (e.BLOCKSMITH_OIDC_CLIENT_ID === undefined || e.BLOCKSMITH_OIDC_CLIENT_SECRET === undefined) {
    return {
      problems: [
        'BLOCKSMITH_OIDC_CLIENT_ID and BLOCKSMITH_OIDC_CLIENT_SECRET: both are needed with BLOCKSMITH_OIDC_ISSUER (register Blocksmith as a client at the provider)',
      ],
    };
  }
  let mapped: Record<string, GroupGrant[]> = {};
  if (e.BLOCKSMITH_OIDC_GROUPS !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(e.BLOCKSMITH_OIDC_GROUPS);
    } catch {
      return { problems: ['BLOCKSMITH_OIDC_GROUPS: must be JSON, e.g. {"engineering": {"workspace": "<id>", "role": "editor"}}'] };
    }
    const checked = groups.safeParse(json);
    if (!checked.success) return { problems: checked.error.issues.map((i) => `BLOCKSMITH_OIDC_GROUPS.${i.path.join('.')}: ${i.message}`) };
    mapped = checked.data;
  }
  return {
    sso: {
      issuer: e.BLOCKSMITH_OIDC_ISSUER,
      clientId: e.BLOCKSMITH_OIDC_CLIENT_ID,
      clientSecret: e.BLOCKSMITH_OIDC_CLIENT_SECRET,
      name: e.BLOCKSMITH_OIDC_NAME,
      groups: mapped,
      ...(e.BLOCKSMITH_OIDC_WORKSPACE !== undefined ? { workspace: e.BLOCKSMITH_OIDC_WORKSPACE } : {}),
      defaultRole: e.BLOCKSMITH_OIDC_DEFAULT_ROLE,
    },
    problems: [],
  };
}
