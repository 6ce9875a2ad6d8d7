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

/** What every visitor route names: the app's address, and the key of an app opened by link. */
export const appSlugParam = z.object({ slug: appSlug });
export const appKey = z.string().min(1).max(200).optional().describe('An app opened by link: the key its link carries.');
export const appKeyQuery = z.object({ key: appKey }).strict();

export const appAccess = z
  .enum(['members', 'link', 'public'])
  .describe("Who may open the page: the workspace's members (signed in), anyone with its link (the link carries a key), or anyone.");

export const appKind = z
  .enum(['form', 'chat'])
  .describe(
    "A form of the agent's inputs, or a chat: the agent takes the visitor's message as its Input `message` (and the earlier turns as `history`) and answers on its Output `reply`.",
  );

/** A web origin: scheme, host and port, nothing else (what a browser compares a framing page against). */
export const webOrigin = z
  .string()
  .max(200)
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
    } catch {
      return false;
    }
  }, 'An origin is a scheme, a host and an optional port, with nothing after them, such as "https://shop.example" or "http://localhost:8080".');

export const appSettingsBody = z
  .object({
    slug: appSlug,
    kind: appKind.default('form'),
    title: z.string().trim().min(1, 'Give the app a title.').max(120),
    description: z.string().max(2000).default(''),
    access: appAccess,
    runsPerMinute: z.number().int().min(1).max(600).default(10).describe('Runs a minute the visitors may start, all together.'),
    dailyBudget: spendLimit.nullable().default(null).describe("What the visitors' runs may spend per UTC day, together; null: no app budget."),
    allowedOrigins: z
      .array(webOrigin)
      .max(20)
      .default([])
      .describe('The sites whose pages may embed the app (its widget, or an iframe of its page); none: no other site may frame it.'),
    newLinkKey: z.boolean().optional().describe('Give the link a new key: links with the old one stop working.'),
  })
  .strict();

export const publishedApp = named(
  'PublishedApp',
  z.object({
    id: z.string(),
    slug: appSlug,
    kind: appKind,
    graphId: z.string(),
    title: z.string(),
    description: z.string(),
    access: appAccess,
    runsPerMinute: z.number().int(),
    dailyBudget: spendLimit.nullable(),
    allowedOrigins: z.array(z.string()),
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
    kind: appKind,
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

export const appConversation = named(
  'AppConversation',
  z.object({ id: z.string(), title: z.string().describe('The first message, shortened.'), createdAt: timestamp, updatedAt: timestamp }),
);

export const appMessage = named(
  'AppMessage',
  z.object({
    seq: z.number().int(),
    role: z.enum(['user', 'assistant']),
    text: z.string(),
    runId: z.string().nullable().describe("The run that answered (on the agent's replies)."),
    error: z.string().nullable().describe('Why no reply came: the run failed, or could not start.'),
    createdAt: timestamp,
  }),
);

export const appConversationAnswer = z.object({ conversation: appConversation });
export const appConversationList = z.object({ conversations: z.array(appConversation).describe('The latest first.') });
export const appConversationDetail = z.object({ conversation: appConversation, messages: z.array(appMessage).describe('Oldest first (the last 200).') });
export const appMessageBody = z.object({ text: z.string().trim().min(1, 'Write a message.').max(20_000) }).strict();
