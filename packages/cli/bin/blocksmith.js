#!/usr/bin/env node
// Runs the compiled JavaScript (dist/, made by `npm run build`, which `npm ci` runs). Under
// `node --conditions=blocksmith-source` (the test suite, scripts run with tsx) the packages resolve to their
// TypeScript sources instead, and tsx is registered to load them.
const entry = import.meta.resolve('@blocksmith/cli/main');
if (entry.endsWith('.ts')) (await import('tsx/esm/api')).register();
let main;
try {
  ({ main } = await import(entry));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/')) throw error;
  process.stderr.write(`blocksmith: it is not built yet (${error.message.split('\n')[0]}): run \`npm run build\` in the folder it is installed in.\n`);
  process.exit(1);
}
try {
  const code = await main(process.argv.slice(2));
  if (code !== 'running') process.exitCode = code;
} catch (error) {
  // Startup failures (bad configuration, port in use) end with their message, not a stack trace.
  process.stderr.write(`blocksmith: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
