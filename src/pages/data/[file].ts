// /data/<file>.csv: exactly the rows a graphic draws, with their source ids.
import type { APIRoute } from 'astro';
import { graphicTables } from '../../data/tables.ts';
import { toCsv } from '../../lib/data/toCsv.ts';

export function getStaticPaths() {
  return Object.values(graphicTables()).map((table) => ({ params: { file: table!.csv }, props: { table: table! } }));
}

export const GET: APIRoute = ({ props }) => {
  const { table } = props as { table: NonNullable<ReturnType<typeof graphicTables>[keyof ReturnType<typeof graphicTables>]> };
  return new Response(toCsv(table.columns.map((c) => c.key), table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
