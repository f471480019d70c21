import { describe, expect, it } from 'vitest';
import { mapTable } from '../../src/lib/geo/mapTable.ts';

const places = [
  { id: 'hoeryong', name: 'Hoeryong', alt_names: ['Hoeryŏng', '회령'], country: 'North Korea', lat: 42.433, lon: 129.75, source_ids: ['wiki-hoeryong'] },
  { id: 'namyang', name: 'Namyang', alt_names: [], country: 'North Korea', source_ids: ['wiki-namyang'] },
  { id: 'pyongyang', name: 'Pyongyang', alt_names: [], country: 'North Korea', lat: 39.0194, lon: 125.7381, source_ids: ['wiki-pyongyang'] },
];

describe('mapTable', () => {
  it('mapTable(places, shown) lists exactly the places the maps mark, with coordinates and sources', () => {
    const t = mapTable(places, ['hoeryong']);
    expect(t.columns.map((c) => c.key)).toEqual(['id', 'name', 'alt_names', 'country', 'lat', 'lon', 'source_ids']);
    expect(t.rows).toEqual([{ id: 'hoeryong', name: 'Hoeryong', alt_names: 'Hoeryŏng; 회령', country: 'North Korea', lat: 42.433, lon: 129.75, source_ids: 'wiki-hoeryong' }]);
  });

  it('mapTable(places) without a list keeps every place with coordinates and never one without', () => {
    expect(mapTable(places).rows.map((r) => r.id)).toEqual(['hoeryong', 'pyongyang']);
    expect(mapTable(places, ['namyang']).rows).toEqual([]);
  });
});
