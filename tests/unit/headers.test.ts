import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/site/headers.ts';

describe('headersFile', () => {
  it("allows each page's inline stylesheet once, and nothing else inline", async () => {
    const file = await headersFile({ mapbox: false, styleHashes: ['sha256-bbb=', 'sha256-aaa=', 'sha256-bbb='] });
    expect(file).toMatch(/style-src 'self' 'sha256-aaa=' 'sha256-bbb=';/);
    expect(file).not.toMatch(/unsafe-inline/);
  });
  it('allows no inline style when no page has one', async () => {
    expect(await headersFile({ mapbox: false })).toMatch(/style-src 'self';/);
  });
});
