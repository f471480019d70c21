// The rows each graphic draws, as a table: shown under the graphic and served as CSV under /data/.
import { loadContent } from './content.ts';
import { defectorsTable } from '../lib/charts/defectors.ts';
import type { GraphicName } from '../schemas/graphics/index.ts';

export interface GraphicTable {
  caption: string;
  csv: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: Record<string, string | number | undefined>[];
}

export function graphicTables(): Partial<Record<GraphicName, GraphicTable>> {
  const { data } = loadContent();
  return {
    defectors: { caption: 'Defectors arriving in South Korea, by year', csv: 'defectors-by-year.csv', ...defectorsTable(data.defectors) },
  };
}
