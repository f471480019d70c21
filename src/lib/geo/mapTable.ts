// The places the chapter maps mark, as the data table and CSV show them.

export interface PlaceRow {
  id: string;
  name: string;
  alt_names: string[];
  country: string;
  lat?: number | undefined;
  lon?: number | undefined;
  source_ids: string[];
}

/**
 * mapTable(places, shown) lists the places drawn: those whose id is in `shown` (the `show` lists of
 * the map steps), or, without `shown`, every place with coordinates. Places without coordinates are
 * never drawn, so never listed. Rows keep the order of `places` (content/data/places.csv).
 */
export function mapTable(places: readonly PlaceRow[], shown?: Iterable<string>) {
  const ids = shown ? new Set(shown) : undefined;
  const rows = places.filter((p) => p.lat !== undefined && p.lon !== undefined && (!ids || ids.has(p.id)));
  return {
    columns: [
      { key: 'id', label: 'Id' },
      { key: 'name', label: 'Place' },
      { key: 'alt_names', label: 'Other names' },
      { key: 'country', label: 'Country' },
      { key: 'lat', label: 'Latitude', numeric: true },
      { key: 'lon', label: 'Longitude', numeric: true },
      { key: 'source_ids', label: 'Sources' },
    ],
    rows: rows.map((p) => ({
      id: p.id,
      name: p.name,
      alt_names: p.alt_names.join('; '),
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      source_ids: p.source_ids.join('; '),
    })),
  };
}
