import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every connection the product opens for a user goes through openConnection (outbound/).
 * This walks the source of every server-side package and fails when a module outside
 * outbound/ reaches the network another way: the global fetch, node's http/https/net/tls
 * clients, undici, a database, mail or queue driver, or an SDK that fetches on its own
 * without being handed outboundFetch.
 */
const packagesDir = fileURLToPath(new URL('../../../', import.meta.url));
const outboundDir = 'blocks/src/outbound/';

/**
 * Connections the operator chooses (never a user of the platform), with the one rule each may break:
 * the store's DATABASE_URL, scale-out's REDIS_URL, and the commands that talk to the Blocksmith server
 * named on their command line (`blocksmith mcp`'s bridge, `blocksmith eval`'s API calls); and a worker's
 * probe listener on BLOCKSMITH_WORKER_HEALTH_PORT, which only answers (node:http's server, no client).
 */
const OPERATOR_CONNECTIONS: Record<string, { rule: string; module: string }> = {
  'store/src/connect.ts': { rule: 'imports a network driver', module: "from 'pg'" },
  'server/src/scale-out/redis.ts': { rule: 'imports a network driver', module: "from 'ioredis'" },
  'cli/src/commands/mcp.ts': { rule: 'builds an SDK client without outboundFetch', module: 'new StreamableHTTPClientTransport(endpoint' },
  'cli/src/server-api.ts': { rule: 'calls the global fetch', module: 'fetch(url' },
  'server/src/scale-out/worker-health.ts': { rule: 'imports an HTTP client module', module: "import { createServer, type Server } from 'node:http'" },
};

const RULES: { name: string; pattern: RegExp }[] = [
  { name: 'calls the global fetch', pattern: /(?<![\w.])fetch\s*\(/ },
  { name: 'imports an HTTP client module', pattern: /^import (?!type ).*from '(node:)?(http|https|http2)'/m },
  {
    name: 'opens sockets with node:net or node:tls',
    pattern: /^import \{[^}]*\b(connect|createConnection|Socket|TLSSocket)\b[^}]*\} from '(node:)?(net|tls)'/m,
  },
  {
    name: 'imports a network driver',
    pattern: /^import (?!type )[^;]*from '(undici|pg|mysql2(\/promise)?|nodemailer|ioredis|ws|smtp-connection|amqplib|mqtt|nats|@nats-io\/[\w-]+)'/m,
  },
  { name: 'loads a network driver later', pattern: /loadLater(<[^>]*>)?\(\s*'(pg|mysql2(\/promise)?|nodemailer|ioredis|amqplib|mqtt|nats|@nats-io\/[\w-]+)'/ },
  {
    name: 'builds an SDK client without outboundFetch',
    pattern: /\b(createOpenAICompatible|createAnthropic|createOpenAI|new (StreamableHTTPClientTransport|SSEClientTransport))\((?![^;]*\bfetch\b)/,
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && entry.name !== 'test-support.ts' ? [path] : [];
  });
}

/** Server-side source: the web app runs in the browser and calls only its own origin. */
function productSource(): { file: string; text: string }[] {
  return readdirSync(packagesDir)
    .filter((name) => name !== 'web')
    .flatMap((name) => sourceFiles(join(packagesDir, name, 'src')))
    .map((path) => ({ file: relative(packagesDir, path), text: readFileSync(path, 'utf8') }));
}

/** What each file does against the rules, outside the outbound module and the operator's own connections. */
function violations(files: { file: string; text: string }[]): string[] {
  return files.flatMap(({ file, text }) => {
    if (file.startsWith(outboundDir)) return [];
    return RULES.filter((rule) => rule.pattern.test(text))
      .filter((rule) => {
        const operator = OPERATOR_CONNECTIONS[file];
        // The operator's one connection is allowed when it is the only thing in the file that breaks this rule.
        return !(operator && operator.rule === rule.name && !rule.pattern.test(text.replace(operator.module, '')));
      })
      .map((rule) => `${file} ${rule.name}`);
  });
}

describe('one outbound path', () => {
  it('no module outside outbound/ opens a connection of its own', () => {
    const files = productSource();
    expect(files.length).toBeGreaterThan(300);
    expect(violations(files)).toEqual([]);
  });

  it('would catch the next direct call someone adds', () => {
    const planted = [
      { file: 'blocks/src/new/direct.ts', text: `const r = await fetch(url);` },
      { file: 'blocks/src/new/http.ts', text: `import { request } from 'node:https';` },
      { file: 'blocks/src/new/socket.ts', text: `import { connect } from 'node:net';` },
      { file: 'blocks/src/new/driver.ts', text: `import mysql from 'mysql2/promise';` },
      { file: 'blocks/src/new/undici.ts', text: `import { request } from 'undici';` },
      { file: 'server/src/new/model.ts', text: `const m = createOpenAICompatible({ name, baseURL });` },
      { file: 'blocks/src/new/mcp.ts', text: `new StreamableHTTPClientTransport(url, { requestInit });` },
      { file: 'store/src/connect.ts', text: `import nodemailer from 'nodemailer';` },
      { file: 'server/src/new/broker.ts', text: `import amqp from 'amqplib';` },
      { file: 'blocks/src/new/later.ts', text: `const load = loadLater<typeof mqtt>('mqtt');` },
      { file: 'blocks/src/new/nats.ts', text: `import { connect } from '@nats-io/transport-node';` },
    ];
    expect(violations(planted)).toHaveLength(planted.length);
    expect(
      violations([
        {
          file: 'blocks/src/new/ok.ts',
          text: `const fetch = outboundFetch(ctx.settings);\nawait outboundFetch(policy)(url);\nimport type { Socket } from 'node:net';`,
        },
        { file: 'blocks/src/new/ok-model.ts', text: `createOpenAICompatible({ name, baseURL, fetch, apiKey });` },
      ]),
    ).toEqual([]);
  });
});
