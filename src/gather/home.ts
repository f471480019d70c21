// What the home page shows, from content/pages/home.mdx and the chapters: the map of the whole
// border with each chapter's places, and a card a chapter with the picture of its key moment.
// A wrong chapter, step or place in the frontmatter fails the build with file:line:column.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEntry, render } from 'astro:content';
import { chapters } from './chapters.ts';
import { contentDir, loadContent, shown } from '../loader/loadContent.ts';
import { graphicSvg } from './graphicSvg.ts';
import { checkHomeCards } from '../lib/content/homeCards.ts';
import { fieldPosition } from '../lib/check/fieldPosition.ts';
import type { MapState } from '../schemas/graphics/camera.ts';
import type { HomeCard } from '../schemas/home.ts';

/**
 * Where a field of a card is written: fieldPosition finds the card (a `- chapter:` item of the
 * block list); the field's key, and a key inside its `{ ... }`, are then looked for on the card's lines.
 */
function cardFieldPosition(text: string, path: readonly (string | number)[]): { line: number; column: number } {
  const item = fieldPosition(text, path.slice(0, 2));
  if (path[0] !== 'chapterCards' || path.length < 3) return fieldPosition(text, path);
  const lines = text.split('\n');
  const keys = path.slice(2).filter((k): k is string => typeof k === 'string');
  for (let i = item.line - 1; i < lines.length && (i === item.line - 1 || !/^\s*- /.test(lines[i]!)) && lines[i] !== '---'; i++) {
    const key = new RegExp(`\\b${keys[0]}:\\s*`).exec(lines[i]!);
    if (!key) continue;
    const inner = keys[1] ? new RegExp(`\\b${keys[1]}:\\s*`).exec(lines[i]!.slice(key.index)) : null;
    return { line: i + 1, column: key.index + (inner ? inner.index + inner[0].length : key[0].length) + 1 };
  }
  return item;
}

export async function homePage() {
  const file = join(contentDir(), 'pages/home.mdx');
  const home = await getEntry('pages', 'home');
  if (!home) throw new Error(`${shown(file)}: missing  (expected the home page's frontmatter and opening)`);
  const { map, chapterCards } = home.data;
  const text = readFileSync(file, 'utf8');
  const fail = (path: (string | number)[], message: string): never => {
    const at = cardFieldPosition(text, path);
    throw new Error(`${shown(file)}:${at.line}:${at.column}  ${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1)}: ${message}`);
  };
  if (!map) return fail(['map'], 'missing  (expected map: { title, camera: { center: [lon, lat], zoom } })');
  if (!chapterCards) return fail(['chapterCards'], 'missing  (expected one card a chapter: chapter, places, moment)');

  const all = await chapters();
  const places = loadContent().data.places;
  const [problem] = checkHomeCards(chapterCards, map.camera, all.map((c) => ({ slug: c.entry.data.slug, steps: c.derived.steps })), places);
  if (problem) return fail(problem.path, problem.message);

  // In chapter order; a chapter without a card in home.mdx gets a plain one: the picture the share
  // image uses (the last step of its first chart), no key moment, no place on the map.
  const cards: HomeCard[] = await Promise.all(
    all.map(async (chapter) => {
      const card = chapterCards.find((c) => c.chapter === chapter.entry.data.slug);
      const { sequences } = chapter.derived;
      const fallback = sequences.find((s) => s.graphic !== 'map') ?? sequences[0];
      const step = card ? chapter.derived.steps.find((s) => s.id === card.moment.step)! : fallback?.steps.at(-1);
      const sequence = step && sequences.find((s) => s.id === step.scrolly)!;
      const picture = step && sequence ? await graphicSvg({ graphic: step.graphic, state: step.state, uid: `card-${chapter.entry.data.slug}`, title: sequence.title }) : undefined;
      return {
        slug: chapter.entry.data.slug,
        order: chapter.entry.data.order,
        title: chapter.entry.data.title,
        dek: chapter.entry.data.dek,
        readingMinutes: chapter.readingMinutes,
        places: (card?.places ?? []).map((id) => ({ id, name: places.find((p) => p.id === id)!.name })),
        moment: card?.moment,
        picture,
      };
    }),
  );
  const mapState: MapState = { camera: map.camera, show: cards.flatMap((c) => c.places.map((p) => p.id)) };
  const { Content } = await render(home);
  return { title: home.data.title, dek: home.data.dek, map: { title: map.title, state: mapState }, cards, Content };
}
