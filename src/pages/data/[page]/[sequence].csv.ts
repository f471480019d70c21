// /data/<page>/<first-step>.csv: exactly the rows a scrolly sequence's graphic draws, with sources.
// Pages with sequences: each chapter (by its slug) and the editors' gallery (`gallery`).
import type { APIRoute } from 'astro';
import { chapters } from '../../../data/chapters.ts';
import { galleryExamples } from '../../../data/gallery.ts';
import { graphicTable } from '../../../data/tables.ts';
import { toCsv } from '../../../lib/data/toCsv.ts';
import type { Derived } from '../../../schemas/derived.ts';
import type { GraphicName } from '../../../schemas/graphics/index.ts';

const sequencesOf = (page: string, derived: Derived) =>
  [...Map.groupBy(derived.steps, (s) => s.scrolly)].map(([first, steps]) => ({
    params: { page, sequence: first },
    props: { table: graphicTable(steps[0]!.graphic as GraphicName, steps.map((s) => s.state)) },
  }));

export async function getStaticPaths() {
  return [
    ...(await chapters()).flatMap(({ entry, derived }) => sequencesOf(entry.data.slug, derived)),
    ...(await galleryExamples()).flatMap(({ derived }) => sequencesOf('gallery', derived)),
  ];
}

export const GET: APIRoute = ({ props }) => {
  const { table } = props as { table: ReturnType<typeof graphicTable> };
  return new Response(toCsv(table.columns.map((c) => c.key), table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
