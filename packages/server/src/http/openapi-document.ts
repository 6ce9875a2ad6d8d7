import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../platform/config.ts';
import { createPlatform } from '../platform/platform.ts';
import { buildApp } from './app.ts';

/**
 * The API's OpenAPI document as a server answers it at /api/openapi.json, made
 * without listening: the web app's client is generated from it, and its checks
 * (lint, freshness of the generated types) read it.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'blocksmith-openapi-'));
  try {
    const platform = await createPlatform(loadConfig({ BLOCKSMITH_DATA_DIR: dataDir, BLOCKSMITH_LOG_LEVEL: 'silent' }));
    try {
      const app = await buildApp(platform);
      await app.ready();
      const document = app.swagger() as unknown as Record<string, unknown>;
      await app.close();
      return document;
    } finally {
      await platform.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
