import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/site/decodeEntities.ts';

describe('decodeEntities', () => {
  it('decodeEntities(text) reads back the references a built page writes, named, decimal and hex', () => {
    expect(decodeEntities('Lips &amp; teeth: &quot;close&quot; &lt;b&gt; it&#39;s &apos;x&apos; &#8212; &#x2019;')).toBe('Lips & teeth: "close" <b> it\'s \'x\' — ’');
  });

  it('decodes in one pass, so an escaped reference stays a reference, and leaves unknown names alone', () => {
    expect(decodeEntities('&amp;quot; &nbsp; &AMP;')).toBe('&quot; &nbsp; &');
  });
});
