export { startFakeAnthropicServer } from './fake-anthropic-server.ts';
export { startFakeOpenAiServer } from './fake-openai-server.ts';
export type { FakeModelServer, ScriptedReply, ScriptedToolCall } from './scripted-server.ts';
export { credentialFor } from './credentials.ts';
export { startFakeMediaServer, TINY_PNG, wordVector } from './fake-media-server.ts';
export type { FakeMediaServer } from './fake-media-server.ts';
