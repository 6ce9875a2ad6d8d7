import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from './openapi-document.ts';

const root = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

/** Where the contract is kept in the repository: the document, and the web app's types generated from it. */
export const API_CONTRACT_PATHS = { document: root('docs/openapi.json'), webTypes: root('packages/web/src/api/schema.gen.ts') };

/** The contract files as they must read now: `npm run api` writes them; a test fails while the committed ones differ. */
export async function apiContractFiles(): Promise<{ path: string; text: string }[]> {
  const document = await openApiDocument();
  const types = astToString(await openapiTS(document as never, { exportType: true, alphabetize: false }));
  return [
    { path: API_CONTRACT_PATHS.document, text: `${JSON.stringify(document, null, 2)}\n` },
    {
      path: API_CONTRACT_PATHS.webTypes,
      text: `/** Generated from docs/openapi.json by \`npm run api\`: do not edit; change the server's zod schemas instead. */\n${types}`,
    },
  ];
}
