// /data/<chapter>/<first-step>.csv: exactly the rows a scrolly sequence's graphic draws, with sources.
import type { APIRoute } from 'astro';
import { chapters } from '../../../data/chapters.ts';
import { graphicTable } from '../../../data/tables.ts';
import { toCsv } from '../../../lib/data/toCsv.ts';
import type { GraphicName } from '../../../schemas/graphics/index.ts';

export async function getStaticPaths() {
  return (await chapters()).flatMap(({ entry, derived }) => {
    const sequences = Map.groupBy(derived.steps, (s) => s.scrolly);
    return [...sequences].map(([first, steps]) => ({
      params: { page: entry.data.slug, sequence: first },
      props: { table: graphicTable(steps[0]!.graphic as GraphicName, steps.map((s) => s.state)) },
    }));
  });
}

export const GET: APIRoute = ({ props }) => {
  const { table } = props as { table: ReturnType<typeof graphicTable> };
  return new Response(toCsv(table.columns.map((c) => c.key), table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
