import { describe, expect, it } from 'vitest';
import { checkHomeCards, type CardInput } from '../../src/lib/content/homeCards.ts';

const camera = { center: [127.6, 41.3] as const, zoom: 5.25 };
const chapters = [
  { slug: 'border-sealing', steps: [{ id: 'hoeryong-2022' }, { id: 'map-whole-border' }] },
  { slug: 'friendship-bridge', steps: [{ id: 'road-bridge-rises' }] },
];
const places = [
  { id: 'hoeryong', lat: 42.433, lon: 129.75 },
  { id: 'friendship-bridge', lat: 42.4152, lon: 130.6411 },
  { id: 'namyang' },
  { id: 'pyongyang', lat: 39.0194, lon: 125.7381 },
  { id: 'moscow', lat: 55.75, lon: 37.62 },
];
const card = (chapter: string, step: string, ...ids: string[]): CardInput => ({ chapter, places: ids, moment: { step, label: 'A moment' } });
const good = [card('border-sealing', 'hoeryong-2022', 'hoeryong'), card('friendship-bridge', 'road-bridge-rises', 'friendship-bridge')];

describe('checkHomeCards', () => {
  it('accepts one card a chapter with its steps and places in the frame', () => {
    expect(checkHomeCards(good, camera, chapters, places)).toEqual([]);
  });

  it('names the field of a step that is not in the chapter, and lists the steps it has', () => {
    const cards = [good[0]!, card('friendship-bridge', 'hoeryong-2022', 'friendship-bridge')];
    expect(checkHomeCards(cards, camera, chapters, places)).toEqual([
      { path: ['chapterCards', 1, 'moment', 'step'], message: 'step "hoeryong-2022" is not in chapter friendship-bridge  (expected one of: road-bridge-rises)' },
    ]);
  });

  it('takes the cards in any order, a chapter without a card too, but not a card for no chapter or two for one', () => {
    expect(checkHomeCards([good[1]!, good[0]!], camera, chapters, places)).toEqual([]);
    expect(checkHomeCards([good[0]!], camera, chapters, places)).toEqual([]);
    expect(checkHomeCards([good[0]!, card('bridge', 'x', 'friendship-bridge')], camera, chapters, places)).toEqual([
      { path: ['chapterCards', 1, 'chapter'], message: 'no chapter "bridge"  (expected a slug of content/chapters/: border-sealing, friendship-bridge)' },
    ]);
    expect(checkHomeCards([good[0]!, card('border-sealing', 'map-whole-border', 'friendship-bridge')], camera, chapters, places)).toEqual([
      { path: ['chapterCards', 1, 'chapter'], message: 'border-sealing already has card 1  (expected one card a chapter)' },
    ]);
  });

  it('rejects places that are unknown, unlocated, outside the frame or on two cards', () => {
    const cards = [card('border-sealing', 'hoeryong-2022', 'hoeryong', 'atlantis', 'namyang', 'moscow'), card('friendship-bridge', 'road-bridge-rises', 'hoeryong')];
    expect(checkHomeCards(cards, camera, chapters, places)).toEqual([
      { path: ['chapterCards', 0, 'places', 1], message: 'place "atlantis" is not in content/data/places.csv  (expected an id from its "id" column)' },
      { path: ['chapterCards', 0, 'places', 2], message: 'place "namyang" has no verified coordinates  (expected a place with lat and lon)' },
      { path: ['chapterCards', 0, 'places', 3], message: 'place "moscow" is outside the home map\'s frame  (expected a lower map.camera zoom or a center nearer to it)' },
      { path: ['chapterCards', 1, 'places', 0], message: 'place "hoeryong" is already on card 1  (expected each place on one card only)' },
    ]);
  });
});
