// Every camera step of every chapter's map: each marked place lies inside the country places.csv
// gives it, in the outlines drawn at that step's zoom (the check that Natural Earth's Fangchuan, drawn
// inside Russia, would have failed). The build makes the same check in src/schemas/graphics/camera.ts.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/loadContent.ts';
import { countryAt } from '../../src/lib/geo/region.ts';
import { keptPlaces, regionFor } from '../../src/lib/geo/regionView.ts';
import { chapterInfo } from '../e2e/support.ts';

const content = loadContent();
const places = new Map(content.data.places.map((p) => [p.id, p]));
const keep = keptPlaces(content.data.places);
const steps = chapterInfo().flatMap((c) =>
  c.sequences.filter((s) => s.graphic === 'map').flatMap((s) =>
    s.steps.map((id, i) => ({ slug: c.slug, id, state: s.states[i] as { camera: { center: [number, number]; zoom: number }; show?: string[] } })),
  ),
);

describe('map steps: places in their countries', () => {
  it('the four chapters have map steps to check', () => {
    expect(new Set(steps.map((s) => s.slug)).size).toBe(4);
  });

  it.each(steps.map((s) => [`${s.slug} #${s.id}`, s] as const))('%s: every marked place lies inside its country as drawn', (_, step) => {
    const region = regionFor(content.map, step.state.camera.zoom, keep);
    const singleCountry = (step.state.show ?? []).map((id) => places.get(id)!).filter((p) => !p.country.includes('/'));
    const drawn = singleCountry.map((p) => [p.id, countryAt(region, [p.lon!, p.lat!])]);
    expect(drawn).toEqual(singleCountry.map((p) => [p.id, p.country]));
  });
});
