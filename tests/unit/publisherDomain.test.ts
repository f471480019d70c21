import { describe, expect, it } from 'vitest';
import { hostIsUnder, hostOf, linkOwner } from '../../src/lib/sources/publisherDomain.ts';
import { publisherLine, readableDate, sourceLineLabels } from '../../src/lib/sources/sourceLabel.ts';

describe('publisher domains', () => {
  it('hostOf lower-cases the host and drops www.', () => {
    expect(hostOf('https://WWW.Reuters.com/world/x')).toBe('reuters.com');
    expect(hostOf('not a url')).toBe('');
  });
  it('a host matches a domain or a subdomain of it, never a look-alike', () => {
    expect(hostIsUnder('en.yna.co.kr', ['yna.co.kr'])).toBe(true);
    expect(hostIsUnder('yna.co.kr', ['yna.co.kr'])).toBe(true);
    expect(hostIsUnder('fakeyna.co.kr', ['yna.co.kr'])).toBe(false);
    expect(hostIsUnder('en.wikipedia-on-ipfs.org', ['en.wikipedia.org'])).toBe(false);
    expect(hostIsUnder('de.wikipedia.org', ['en.wikipedia.org'])).toBe(false);
  });
  it('the link of a republished wire story belongs to the newspaper', () => {
    expect(linkOwner({ publisher: 'AP', published_by: 'Arkansas Democrat-Gazette' })).toBe('Arkansas Democrat-Gazette');
    expect(linkOwner({ publisher: 'Yonhap', published_by: '' })).toBe('Yonhap');
  });
});

describe('source labels', () => {
  it('credits the wire, as published by the newspaper', () => {
    expect(publisherLine({ publisher: 'AP', published_by: 'Arkansas Democrat-Gazette' })).toBe('AP, as published by Arkansas Democrat-Gazette');
    expect(publisherLine({ publisher: 'Human Rights Watch', published_by: '' })).toBe('Human Rights Watch');
  });
  it('reads ISO dates as a newsroom writes them', () => {
    expect(readableDate('2023-05-27')).toBe('27 May 2023');
    expect(readableDate('2026-11')).toBe('November 2026');
    expect(readableDate('2019')).toBe('2019');
    expect(readableDate('')).toBe('');
  });
});

describe('source line labels', () => {
  const source = (publisher: string, title: string) => ({ publisher, title, url: '' });
  it('names the publisher alone when it appears once, and news reports by their publisher', () => {
    expect(sourceLineLabels([source('Reuters', 'Border wall'), source('Reuters', 'Border wall, as republished')])).toEqual(['Reuters', 'Reuters']);
  });
  it('tells articles of the same encyclopaedia apart by their titles', () => {
    expect(sourceLineLabels([source('Wikipedia (English)', 'Tumangang'), source('Wikipedia (German)', 'Tumen'), source('Wikipedia (English)', 'Khasan')])).toEqual([
      'Wikipedia (English), Tumangang',
      'Wikipedia (German)',
      'Wikipedia (English), Khasan',
    ]);
  });
});
