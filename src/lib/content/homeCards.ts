// The home page's map and chapter cards (content/pages/home.mdx) against the chapters and places
// they name: pure, so the build and the unit tests share it.
import { MAP_SIZE, toFrame, type CameraLike } from '../geo/camera.ts';

export interface CardInput {
  chapter: string;
  places: string[];
  moment: { step: string; label: string };
}
export interface ChapterLike {
  slug: string;
  steps: { id: string }[];
}
export interface PlaceLike {
  id: string;
  lat?: number | undefined;
  lon?: number | undefined;
}
/** A problem with the frontmatter field it is about, e.g. `['chapterCards', 0, 'moment', 'step']`. */
export interface CardProblem {
  path: (string | number)[];
  message: string;
}

/** How far inside the frame a marked place must be, in frame units (as map steps are checked). */
const MARGIN = 6;

/**
 * checkHomeCards(cards, camera, chapters, places) lists what is wrong with the home page's cards:
 * each card for a chapter that exists, once; the moment a step of that chapter; each place a row of
 * places.csv with coordinates, inside the map's frame, and on one card only. Empty when all is well.
 * A chapter without a card is not a problem: it gets a plain card (a new chapter builds as it is).
 * checkHomeCards([{ chapter: 'a', places: ['x'], moment: { step: 's', label: 'A moment' } }], cam,
 *   [{ slug: 'a', steps: [{ id: 't' }] }], [{ id: 'x', lat: 41, lon: 127 }])
 * -> [{ path: ['chapterCards', 0, 'moment', 'step'], message: 'step "s" is not in chapter a  (expected one of: t)' }]
 */
export function checkHomeCards(cards: readonly CardInput[], camera: CameraLike, chapters: readonly ChapterLike[], places: readonly PlaceLike[]): CardProblem[] {
  const problems: CardProblem[] = [];
  const bySlug = new Map(chapters.map((c) => [c.slug, c]));
  const byId = new Map(places.map((p) => [p.id, p]));
  const cardOf = new Map<string, number>();
  const chapterCard = new Map<string, number>();
  cards.forEach((card, i) => {
    const chapter = bySlug.get(card.chapter);
    const earlier = chapterCard.get(card.chapter);
    if (!chapter) problems.push({ path: ['chapterCards', i, 'chapter'], message: `no chapter "${card.chapter}"  (expected a slug of content/chapters/: ${chapters.map((c) => c.slug).join(', ')})` });
    else if (earlier !== undefined) problems.push({ path: ['chapterCards', i, 'chapter'], message: `${card.chapter} already has card ${earlier + 1}  (expected one card a chapter)` });
    else chapterCard.set(card.chapter, i);
    if (chapter && !chapter.steps.some((s) => s.id === card.moment.step)) {
      problems.push({ path: ['chapterCards', i, 'moment', 'step'], message: `step "${card.moment.step}" is not in chapter ${card.chapter}  (expected one of: ${chapter.steps.map((s) => s.id).join(', ')})` });
    }
    card.places.forEach((id, j) => {
      const path = ['chapterCards', i, 'places', j];
      const place = byId.get(id);
      if (!place) return problems.push({ path, message: `place "${id}" is not in content/data/places.csv  (expected an id from its "id" column)` });
      if (place.lat === undefined || place.lon === undefined) return problems.push({ path, message: `place "${id}" has no verified coordinates  (expected a place with lat and lon)` });
      const [x, y] = toFrame([place.lon, place.lat], camera, MAP_SIZE);
      if (x < MARGIN || y < MARGIN || x > MAP_SIZE.width - MARGIN || y > MAP_SIZE.height - MARGIN) {
        problems.push({ path, message: `place "${id}" is outside the home map's frame  (expected a lower map.camera zoom or a center nearer to it)` });
      }
      const other = cardOf.get(id);
      if (other !== undefined) problems.push({ path, message: `place "${id}" is already on card ${other + 1}  (expected each place on one card only)` });
      else cardOf.set(id, i);
    });
  });
  return problems;
}
