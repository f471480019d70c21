import { z } from 'astro/zod';
import { slugId } from './fields.ts';
import { cameraSchema } from './graphics/camera.ts';

/** A chapter's card on the home page and its places on the home map. */
export const chapterCardSchema = z.strictObject({
  /** The chapter's slug, e.g. `border-sealing`. */
  chapter: slugId,
  /** Ids from content/data/places.csv marked on the home map and linked to the chapter, e.g. `[hoeryong]`. */
  places: z.array(slugId).min(1, { message: 'is empty (expected at least one place id from content/data/places.csv)' }),
  /** The moment the card leads to: a step id of the chapter (its graphic is the card's picture) and the link's words. */
  moment: z.strictObject({
    step: z.string({ error: 'missing (expected a step id of the chapter, e.g. hoeryong-2022)' }).min(1),
    label: z.string({ error: 'missing (expected a few words naming the moment)' }).min(5, { message: 'is too short (expected a few words naming the moment)' }),
  }),
});
export type ChapterCard = z.output<typeof chapterCardSchema>;

/** Fields only content/pages/home.mdx has (the home page checks that they are there). */
export const homeFields = {
  /** The map at the top of the home page: its title and camera, e.g. `{ center: [127.55, 41.2], zoom: 5 }`. */
  map: z.strictObject({ title: z.string().min(3), camera: cameraSchema }).optional(),
  /** One card a chapter (the page shows them in chapter order; a chapter without one gets a plain card). */
  chapterCards: z.array(chapterCardSchema).optional(),
};

/** A chapter's card on the home page, as src/gather/home.ts gathers it and ChapterCard.astro draws it. */
export interface HomeCard {
  slug: string;
  order: number;
  title: string;
  dek: string;
  readingMinutes: number;
  /** The places of this chapter on the home map, with their names. */
  places: { id: string; name: string }[];
  /** Absent for a chapter home.mdx has no card for. */
  moment: { step: string; label: string } | undefined;
  /** The moment's graphic as a bare <svg>, drawn at build time (absent for a chapter with no graphic). */
  picture: string | undefined;
}
