import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.ts';

describe('htmlToText', () => {
  it('drops tags, decodes every entity and keeps paragraphs apart', () => {
    expect(htmlToText('It&#x27;s <i>fast</i> &amp; &quot;small&quot; &lt;3<p>See <a href="https://x.test">this</a> &mdash; &#8364;5&nbsp;off')).toBe(
      'It\'s fast & "small" <3\n\nSee this — €5\u00a0off',
    );
  });

  it('leaves text without markup as it is', () => {
    expect(htmlToText('plain words')).toBe('plain words');
  });
});
