import { readFileSync, readdirSync } from 'node:fs';
import { mapLayout } from './src/lib/geo/mapLayout.ts';
import { parseCsv } from './src/lib/data/parseCsv.ts';
const region = JSON.parse(readFileSync('content/data/map/region.json', 'utf8'));
const places = parseCsv(readFileSync('content/data/places.csv', 'utf8'), 'p').rows.map(({ values: v }) => ({ ...v, alt_names: v.alt_names.split(';'), source_ids: v.source_ids.split(';'), lat: v.lat ? +v.lat : undefined, lon: v.lon ? +v.lon : undefined }));
for (const f of readdirSync('content/chapters')) {
  const text = readFileSync('content/chapters/' + f, 'utf8');
  const m = text.match(/<Scrolly graphic="map"[\s\S]*?<\/Scrolly>/);
  if (!m) continue;
  for (const s of m[0].matchAll(/<Step id="([^"]+)" state=\{(\{[\s\S]*?\})\}>/g)) {
    const state = Function(`return ${s[2]}`)();
    const t0 = performance.now();
    const l = mapLayout({ region, places: places as any, camera: state.camera, show: state.show });
    console.log(`\n[${f.split('.')[0]} #${s[1]}] ${(performance.now() - t0).toFixed(0)}ms`);
    console.log(' countries:', l.countries.map((c) => `${c.text}@${c.x.toFixed(0)},${c.y.toFixed(0)}`).join(' '), '| coverage', l.coverage.map((c) => `${c.name} ${(c.share * 100).toFixed(0)}%`).join(', '));
    console.log(' places:', l.places.map((p) => `${p.id}${p.inFrame ? '' : '(OUT)'} ${p.label?.position ?? '-'}${p.label?.overlaps ? '!OVERLAP' : ''}`).join('; '));
    console.log(' rivers:', l.rivers.map((r) => `${r.text} ${r.label.position}`).join(', '), '| scale', l.scale.label, l.scale.px.toFixed(0));
    console.log(' ', l.description);
  }
}
