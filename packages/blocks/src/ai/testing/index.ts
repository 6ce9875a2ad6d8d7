export { startFakeAnthropicServer } from './fake-anthropic-server.ts';
export { startFakeOpenAiServer } from './fake-openai-server.ts';
export type { FakeModelServer, ScriptedReply, ScriptedToolCall } from './scripted-server.ts';
export { credentialFor } from './credentials.ts';
