import { afterEach } from 'vitest';
import { closeOpenServers } from './scripted-server.ts';

/** For a test file: every fake provider a test starts is closed after it. */
export function closeFakeProvidersAfterEach(): void {
  afterEach(closeOpenServers);
}
