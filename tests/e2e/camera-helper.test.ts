// The editors' camera helper exists only in `npm run dev`: the production build carries none of it.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const assets = join(resolve(import.meta.dirname, '../..'), 'dist/_astro');

test('no file of the production build contains the camera helper', () => {
  const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) {
    const text = readFileSync(join(assets, f), 'utf8');
    expect(text.includes('sf-camera-helper') || text.includes('cameraHelper'), f).toBe(false);
  }
});

test('a map in the built site shows no camera panel', async ({ page }) => {
  await page.goto('./chapters/border-sealing/#map-hoeryong');
  await expect(page.locator('.sf-scrolly[data-graphic="map"] [data-active-step]').first()).toBeVisible();
  await expect(page.locator('.sf-camera-helper')).toHaveCount(0);
});
