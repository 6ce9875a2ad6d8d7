/**
 * Writes the API's contract where clients read it: docs/openapi.json (the
 * document a server answers at /api/openapi.json) and the web app's types,
 * generated from it. `npm test` fails while either is not what this writes.
 */
import { writeFile } from 'node:fs/promises';
import { apiContractFiles } from '../packages/server/src/http/api-contract-files.ts';

for (const { path, text } of await apiContractFiles()) {
  await writeFile(path, text);
  process.stdout.write(`wrote ${path}\n`);
}
