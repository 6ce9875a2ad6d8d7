#!/usr/bin/env node
// Runs the TypeScript sources directly: the CLI needs no build step after install.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
try {
  const code = await main(process.argv.slice(2));
  if (code !== 'running') process.exitCode = code;
} catch (error) {
  // Startup failures (bad configuration, port in use) end with their message, not a stack trace.
  process.stderr.write(`blocksmith: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
