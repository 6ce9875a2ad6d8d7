import { z } from 'zod';

const apiKey = z.string().min(1).meta({ title: 'API key' });
const baseUrl = z.url().meta({ title: 'Base URL' });

/** The kinds of credential and the fields each one holds; titles are what people read in the web app. */
export const CREDENTIAL_KINDS = {
  http_bearer: z
    .object({ token: z.string().min(1).meta({ title: 'Token' }) })
    .strict()
    .meta({ title: 'Bearer token (HTTP)' }),
  http_basic: z
    .object({ username: z.string().min(1).meta({ title: 'Username' }), password: z.string().meta({ title: 'Password' }) })
    .strict()
    .meta({ title: 'Username and password (HTTP Basic)' }),
  http_header: z
    .object({
      name: z
        .string()
        .regex(/^[A-Za-z0-9-]+$/, 'must be a header name')
        .meta({ title: 'Header name' }),
      value: z.string().min(1).meta({ title: 'Header value' }),
    })
    .strict()
    .meta({ title: 'Custom header (HTTP)' }),
  openai: z.object({ apiKey }).strict().meta({ title: 'OpenAI' }),
  anthropic: z
    .object({ apiKey, baseUrl: baseUrl.optional().describe('Only for a proxy or gateway.') })
    .strict()
    .meta({ title: 'Anthropic' }),
  ollama: z
    .object({ baseUrl: baseUrl.optional().describe('Default: http://localhost:11434/v1') })
    .strict()
    .meta({ title: 'Ollama' }),
  openai_compatible: z
    .object({ baseUrl, apiKey: z.string().optional().meta({ title: 'API key' }) })
    .strict()
    .meta({ title: 'OpenAI-compatible endpoint' }),
  github_token: z
    .object({
      token: z.string().min(1).meta({ title: 'Token' }),
      baseUrl: baseUrl.optional().describe('Only for GitHub Enterprise Server, e.g. https://github.example.com/api/v3.'),
    })
    .strict()
    .meta({ title: 'GitHub token' }),
  linear_key: z
    .object({ apiKey: z.string().min(1).meta({ title: 'API key' }), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Linear API key' }),
  airtable_token: z
    .object({ token: z.string().min(1).meta({ title: 'Personal access token' }), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Airtable token' }),
  notion_token: z
    .object({ token: z.string().min(1).meta({ title: 'Integration token' }), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Notion integration' }),
  tavily_key: z
    .object({ apiKey, baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Tavily (web search)' }),
  exa_key: z
    .object({ apiKey, baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Exa (web search)' }),
  brave_key: z
    .object({ apiKey, baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Brave Search' }),
  serpapi_key: z
    .object({ apiKey, baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'SerpApi (web search)' }),
  jina_key: z
    .object({ apiKey, baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Jina (web search)' }),
  todoist_token: z
    .object({ token: z.string().min(1).meta({ title: 'API token' }), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Todoist' }),
  atlassian: z
    .object({
      siteUrl: baseUrl.meta({ title: 'Site' }).describe('e.g. https://your-team.atlassian.net'),
      email: z.email().meta({ title: 'Account email' }),
      apiToken: z.string().min(1).meta({ title: 'API token' }),
    })
    .strict()
    .meta({ title: 'Atlassian (Jira, Confluence)' }),
  hubspot_token: z
    .object({ token: z.string().min(1).meta({ title: 'Private app token' }), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'HubSpot' }),
  stripe_key: z
    .object({
      secretKey: z.string().min(1).meta({ title: 'Secret key' }).describe('sk_live_…, sk_test_… or rk_…'),
      baseUrl: baseUrl.optional().describe('Only for a proxy.'),
    })
    .strict()
    .meta({ title: 'Stripe' }),
  twilio: z
    .object({
      accountSid: z
        .string()
        .regex(/^AC[0-9a-f]{32}$/, 'must be an account SID (AC…)')
        .meta({ title: 'Account SID' }),
      authToken: z.string().min(1).meta({ title: 'Auth token' }).describe('Or an API key’s secret, with its SID below.'),
      apiKeySid: z
        .string()
        .regex(/^SK[0-9a-f]{32}$/, 'must be an API key SID (SK…)')
        .optional()
        .meta({ title: 'API key SID' }),
      baseUrl: baseUrl.optional().describe('Only for a proxy.'),
    })
    .strict()
    .meta({ title: 'Twilio' }),
  whatsapp: z
    .object({
      token: z.string().min(1).meta({ title: 'Access token' }),
      phoneNumberId: z.string().regex(/^\d+$/, 'must be the phone number’s id (digits)').meta({ title: 'Phone number id' }),
      baseUrl: baseUrl.optional().describe('Only for a proxy.'),
    })
    .strict()
    .meta({ title: 'WhatsApp Cloud API' }),
  trello: z
    .object({
      apiKey: z
        .string()
        .regex(/^[A-Za-z0-9]+$/, 'must be the API key (letters and digits)')
        .meta({ title: 'API key' }),
      token: z
        .string()
        .regex(/^[A-Za-z0-9]+$/, 'must be the token (letters and digits)')
        .meta({ title: 'Token' }),
      baseUrl: baseUrl.optional().describe('Only for a proxy.'),
    })
    .strict()
    .meta({ title: 'Trello' }),
  asana_token: z
    .object({ token: z.string().min(1).meta({ title: 'Personal access token' }), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Asana' }),
  clickup_token: z
    .object({ token: z.string().min(1).meta({ title: 'API token' }).describe('pk_…'), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'ClickUp' }),
  gitlab_token: z
    .object({
      token: z.string().min(1).meta({ title: 'Access token' }).describe('glpat-…, with the api scope'),
      baseUrl: baseUrl.optional().meta({ title: 'GitLab address' }).describe('A self-managed GitLab, e.g. https://gitlab.example.com; gitlab.com if empty.'),
    })
    .strict()
    .meta({ title: 'GitLab' }),
  salesforce: z
    .object({
      instanceUrl: baseUrl.meta({ title: 'Org address' }).describe('e.g. https://your-org.my.salesforce.com'),
      accessToken: z.string().min(1).meta({ title: 'Access token' }).describe('A connected app’s access token (it expires with its session).'),
    })
    .strict()
    .meta({ title: 'Salesforce' }),
  sendgrid_key: z
    .object({ apiKey: z.string().min(1).meta({ title: 'API key' }).describe('SG.…'), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'SendGrid' }),
  mailchimp: z
    .object({
      apiKey: z.string().min(1).meta({ title: 'API key' }).describe('Ends with its data centre, e.g. …-us21.'),
      baseUrl: baseUrl.optional().describe('Only for a proxy.'),
    })
    .strict()
    .meta({ title: 'Mailchimp' }),
  pipedrive_token: z
    .object({ apiToken: z.string().min(1).meta({ title: 'API token' }), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Pipedrive' }),
  typeform_token: z
    .object({ token: z.string().min(1).meta({ title: 'Personal access token' }).describe('tfp_…'), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Typeform' }),
  calendly_token: z
    .object({ token: z.string().min(1).meta({ title: 'Personal access token' }), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Calendly' }),
  zendesk: z
    .object({
      siteUrl: baseUrl.meta({ title: 'Zendesk address' }).describe('e.g. https://your-team.zendesk.com'),
      email: z.email().meta({ title: 'Agent email' }),
      apiToken: z.string().min(1).meta({ title: 'API token' }),
    })
    .strict()
    .meta({ title: 'Zendesk' }),
  shopify: z
    .object({
      shopUrl: baseUrl.meta({ title: 'Shop address' }).describe('e.g. https://your-shop.myshopify.com'),
      accessToken: z.string().min(1).meta({ title: 'Admin API access token' }).describe('shpat_…'),
    })
    .strict()
    .meta({ title: 'Shopify' }),
  intercom_token: z
    .object({
      token: z.string().min(1).meta({ title: 'Access token' }),
      baseUrl: baseUrl.optional().describe('https://api.eu.intercom.io or https://api.au.intercom.io for those regions.'),
    })
    .strict()
    .meta({ title: 'Intercom' }),
  firecrawl_key: z
    .object({ apiKey, baseUrl: baseUrl.optional().describe('A self-hosted Firecrawl, or a proxy.') })
    .strict()
    .meta({ title: 'Firecrawl' }),
  apify_token: z
    .object({ token: z.string().min(1).meta({ title: 'API token' }), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Apify' }),
  qdrant: z
    .object({ url: baseUrl.meta({ title: 'Server address' }).describe('e.g. https://xyz.cloud.qdrant.io:6333'), apiKey: apiKey.optional() })
    .strict()
    .meta({ title: 'Qdrant' }),
  pinecone: z
    .object({ apiKey, indexHost: baseUrl.meta({ title: 'Index host' }).describe('https://<index>-<project>.svc.<region>.pinecone.io') })
    .strict()
    .meta({ title: 'Pinecone' }),
  dropbox_token: z
    .object({ token: z.string().min(1).meta({ title: 'Access token' }), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Dropbox' }),
  s3: z
    .object({
      accessKeyId: z.string().min(1).meta({ title: 'Access key id' }),
      secretAccessKey: z.string().min(1).meta({ title: 'Secret access key' }),
      region: z
        .string()
        .regex(/^[a-z0-9-]{2,32}$/, 'must be a region name, e.g. eu-west-3 (auto for Cloudflare R2)')
        .optional()
        .meta({ title: 'Region' })
        .describe('us-east-1 when empty.'),
      endpoint: baseUrl.optional().meta({ title: 'Endpoint' }).describe('Only for S3-compatible stores (MinIO, R2, B2…): buckets are then addressed by path.'),
    })
    .strict()
    .meta({ title: 'Amazon S3 or S3-compatible storage' }),
  perplexity_key: z
    .object({ apiKey, baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Perplexity' }),
  elevenlabs_key: z
    .object({ apiKey, baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'ElevenLabs' }),
  replicate_token: z
    .object({ token: z.string().min(1).meta({ title: 'API token' }).describe('r8_…'), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Replicate' }),
  youtube_key: z
    .object({ apiKey, baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'YouTube Data API' }),
  x_token: z
    .object({
      token: z.string().min(1).meta({ title: 'Token' }).describe('A user access token to post; the app’s bearer token to search.'),
      baseUrl: baseUrl.optional().describe('Only for a proxy.'),
    })
    .strict()
    .meta({ title: 'X (Twitter)' }),
  slack_bot: z
    .object({ token: z.string().min(1).meta({ title: 'Bot token' }).describe('xoxb-…'), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Slack app (bot token)' }),
  slack_webhook: z
    .object({ url: z.url().meta({ title: 'Webhook URL' }) })
    .strict()
    .meta({ title: 'Slack incoming webhook' }),
  discord_webhook: z
    .object({ url: z.url().meta({ title: 'Webhook URL' }) })
    .strict()
    .meta({ title: 'Discord webhook' }),
  teams_webhook: z
    .object({ url: z.url().meta({ title: 'Webhook URL' }) })
    .strict()
    .meta({ title: 'Microsoft Teams webhook' }),
  discord_bot: z
    .object({ token: z.string().min(1).meta({ title: 'Bot token' }), baseUrl: baseUrl.optional().describe('Only for a proxy.') })
    .strict()
    .meta({ title: 'Discord bot' }),
  telegram_bot: z
    .object({ token: z.string().min(1).meta({ title: 'Bot token' }), baseUrl: baseUrl.optional().describe('Only for a self-hosted Bot API server.') })
    .strict()
    .meta({ title: 'Telegram bot' }),
  smtp: z
    .object({
      host: z.string().min(1).meta({ title: 'SMTP host' }),
      port: z.string().regex(/^\d+$/, 'must be a port number').optional().meta({ title: 'Port' }).describe('Default 587.'),
      security: z.enum(['starttls', 'tls', 'none']).optional().meta({ title: 'Security' }).describe('starttls (port 587), tls (port 465) or none.'),
      username: z.string().optional().meta({ title: 'Username' }),
      password: z.string().optional().meta({ title: 'Password' }),
      from: z.string().min(1).meta({ title: 'From address' }).describe('e.g. Ada <ada@example.com>.'),
    })
    .strict()
    .meta({ title: 'Email (SMTP)' }),
  postgres: z
    .object({
      url: z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
        .meta({ title: 'Connection URL' }),
    })
    .strict()
    .meta({ title: 'PostgreSQL database' }),
  mysql: z
    .object({
      url: z
        .string()
        .regex(/^mysql:\/\//, 'must be a mysql:// URL, e.g. mysql://user:password@db.example.com:3306/shop')
        .meta({ title: 'Connection URL' }),
    })
    .strict()
    .meta({ title: 'MySQL or MariaDB database' }),
  amqp: z
    .object({
      url: z
        .string()
        .regex(/^amqps?:\/\//, 'must be an amqp:// or amqps:// URL, e.g. amqp://user:password@rabbit.example.com:5672/vhost')
        .meta({ title: 'Broker URL' }),
    })
    .strict()
    .meta({ title: 'RabbitMQ (AMQP) broker' }),
  mqtt: z
    .object({
      url: z
        .string()
        .regex(/^mqtts?:\/\//, 'must be an mqtt:// or mqtts:// URL, e.g. mqtts://user:password@broker.example.com:8883')
        .meta({ title: 'Broker URL' }),
    })
    .strict()
    .meta({ title: 'MQTT broker' }),
  nats: z
    .object({
      url: z
        .string()
        .regex(/^(nats|tls):\/\//, 'must be a nats:// or tls:// URL, e.g. nats://user:password@nats.example.com:4222 (or nats://token@…)')
        .meta({ title: 'Server URL' }),
    })
    .strict()
    .meta({ title: 'NATS server' }),
  redis: z
    .object({
      url: z
        .string()
        .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL, e.g. rediss://user:password@redis.example.com:6380/0')
        .meta({ title: 'Server URL' }),
    })
    .strict()
    .meta({ title: 'Redis server' }),
  mcp_http: z
    .object({
      url: z.url().meta({ title: 'Server URL' }).describe('The MCP endpoint (Streamable HTTP), e.g. https://example.com/mcp.'),
      token: z.string().optional().meta({ title: 'Bearer token' }),
    })
    .strict()
    .meta({ title: 'MCP server (HTTP)' }),
  mcp_stdio: z
    .object({
      command: z.string().min(1).meta({ title: 'Command' }).describe('A program on the server host, e.g. npx; only when BLOCKSMITH_ALLOW_STDIO_MCP=1.'),
      args: z.string().optional().meta({ title: 'Arguments' }).describe('As a JSON array, e.g. ["-y", "some-mcp-server"].'),
    })
    .strict()
    .meta({ title: 'MCP server (a program on the host)' }),
} as const;

export type CredentialKind = keyof typeof CREDENTIAL_KINDS;
export const credentialKindSchema = z.enum(Object.keys(CREDENTIAL_KINDS) as [CredentialKind, ...CredentialKind[]]);
