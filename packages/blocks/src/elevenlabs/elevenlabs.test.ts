import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const MP3 = Buffer.from([0xff, 0xfb, 0x90, 0x64, 0x00, 0x00]);

/** ElevenLabs' text-to-speech as documented: xi-api-key, audio bytes back, {detail: {status, message}} errors. */
function fakeElevenlabs(seen: { url: string; body: unknown }[]): Server {
  return fakeApiServer((req, res, raw, json) => {
    seen.push({ url: req.url!, body: JSON.parse(raw) });
    if (req.headers['xi-api-key'] !== 'el-good') return json(401, { detail: { status: 'invalid_api_key', message: 'Invalid API key' } });
    if (!req.url!.startsWith('/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM'))
      return json(404, { detail: { status: 'voice_not_found', message: 'A voice with the voice_id was not found.' } });
    res.writeHead(200, { 'content-type': 'audio/mpeg' }).end(MP3);
  });
}

describe('ElevenLabs against a local server speaking its API', () => {
  const seen: { url: string; body: unknown }[] = [];
  const run = providerSuite(fakeElevenlabs(seen), (baseUrl) => ({ id: 'el', kind: 'elevenlabs_key', fields: { apiKey: 'el-good', baseUrl } }));

  it('saves the speech as an MP3 artifact', async () => {
    const spoken = await run('elevenlabs.text_to_speech', { text: 'Deploy finished.', stability: 0.4 });
    expect(spoken.outputs.audio![0]).toMatchObject({ name: 'speech.mp3', contentType: 'audio/mpeg', size: MP3.length });
    expect(spoken.outputs.characters).toEqual([16]);
    expect(seen.at(-1)).toEqual({
      url: '/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM?output_format=mp3_44100_128',
      body: { text: 'Deploy finished.', model_id: 'eleven_multilingual_v2', voice_settings: { stability: 0.4, similarity_boost: 0.75 } },
    });
  });

  it('says what ElevenLabs refused', async () => {
    expect((await run('elevenlabs.text_to_speech', { text: 'x', voice_id: 'AAAAAAAAAAAAAAAAAAAA' })).error?.message).toContain(
      'A voice with the voice_id was not found.',
    );
    expect((await run('elevenlabs.text_to_speech', { text: 'x' }, { apiKey: 'bad' })).error?.kind).toBe('credential');
  });
});
