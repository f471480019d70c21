// /data/<page>/<first-step>.csv: exactly the rows a scrolly sequence's graphic draws, with sources.
// Pages with sequences: each chapter (by its slug) and the editors' gallery (`gallery`).
import type { APIRoute } from 'astro';
import { chapters } from '../../../gather/chapters.ts';
import { galleryExamples } from '../../../gather/gallery.ts';
import { loadContent } from '../../../loader/loadContent.ts';
import { toCsv } from '../../../lib/data/toCsv.ts';
import type { Derived } from '../../../schemas/derived.ts';
import { graphicTable, type GraphicTable } from '../../../schemas/graphics/index.ts';

const sequencesOf = (derived: Derived) =>
  derived.sequences.map((sequence) => ({
    params: { page: sequence.page, sequence: sequence.id },
    props: { table: graphicTable(sequence.graphic, sequence.steps.map((s) => s.state), loadContent().data) },
  }));

export async function getStaticPaths() {
  return [...(await chapters()), ...(await galleryExamples())].flatMap(({ derived }) => sequencesOf(derived));
}

export const GET: APIRoute = ({ props }) => {
  const { table } = props as { table: GraphicTable };
  return new Response(toCsv(table.columns.map((c) => c.key), table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
