import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { spendLimit } from './budgets.ts';
import { timestamp, valuesByName } from './common.ts';
import { graphRunStatus } from './runs.ts';

/** An address segment: what /apps/<slug> reads well as, and nothing a URL must escape. */
export const appSlug = z
  .string()
  .min(3, 'An app address has at least 3 characters.')
  .max(60, 'An app address has at most 60 characters.')
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'An app address uses lowercase letters, digits and dashes (not at either end), such as "support-desk".');

export const appAccess = z
  .enum(['members', 'link', 'public'])
  .describe("Who may open the page: the workspace's members (signed in), anyone with its link (the link carries a key), or anyone.");

export const appSettingsBody = z
  .object({
    slug: appSlug,
    title: z.string().trim().min(1, 'Give the app a title.').max(120),
    description: z.string().max(2000).default(''),
    access: appAccess,
    runsPerMinute: z.number().int().min(1).max(600).default(10).describe('Runs a minute the visitors may start, all together.'),
    dailyBudget: spendLimit.nullable().default(null).describe("What the visitors' runs may spend per UTC day, together; null: no app budget."),
    newLinkKey: z.boolean().optional().describe('Give the link a new key: links with the old one stop working.'),
  })
  .strict();

export const publishedApp = named(
  'PublishedApp',
  z.object({
    id: z.string(),
    slug: appSlug,
    graphId: z.string(),
    title: z.string(),
    description: z.string(),
    access: appAccess,
    runsPerMinute: z.number().int(),
    dailyBudget: spendLimit.nullable(),
    path: z.string().describe('The page on this server: /apps/<slug>, with ?key=<key> for an app opened by link.'),
    publishedBy: z.string(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

export const appAnswer = z.object({ app: publishedApp });

/** One field of the app's form: an Input block of the agent. */
export const appField = z.object({
  name: z.string(),
  type: z.enum(['string', 'number', 'boolean', 'object', 'array']).optional().describe("Its default's type; absent: any value."),
  description: z.string().optional(),
  default: z.unknown().optional(),
  required: z.boolean(),
});

export const appPage = named(
  'AppPage',
  z.object({
    title: z.string(),
    description: z.string(),
    fields: z.array(appField).describe("The agent's inputs, in the order of its Input blocks."),
    outputs: z.array(z.string()).describe("The names of the agent's Output blocks."),
  }),
);

export const appPageAnswer = z.object({ app: appPage });

export const appRun = named(
  'AppRun',
  z.object({
    id: z.string(),
    status: graphRunStatus,
    inputs: valuesByName,
    outputs: z.record(z.string(), z.array(z.unknown())).describe("Values collected by Output blocks, by name. A file's URL is served through the app."),
    error: z.string().optional(),
    progress: z
      .object({ done: z.number().int(), total: z.number().int() })
      .optional()
      .describe("While it runs: how many of the agent's steps have finished, of how many."),
    createdAt: timestamp,
    endedAt: timestamp.optional(),
  }),
);

export const appRunAnswer = z.object({ run: appRun });
export const appRunList = z.object({ runs: z.array(appRun).describe("The visitor's own runs of this app, newest first.") });
