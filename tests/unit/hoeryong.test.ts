import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/loadContent.ts';
import {
  describeHoeryong,
  formatAsOf,
  hoeryongAttribution,
  hoeryongCaveat,
  hoeryongFigures,
  hoeryongMarks,
  hoeryongReadouts,
  hoeryongTable,
  type HoeryongRow,
} from '../../src/lib/charts/hoeryong.ts';

const rows: HoeryongRow[] = loadContent().data.hoeryong;
const f = hoeryongFigures(rows);
const geometry = { x0: 16, x1: 384, towersY: 78, postRows: [96, 104, 112, 120], fenceY: 53, fenceGap: 7 };
const m = hoeryongMarks(f, geometry);

describe('Hoeryong schematic', () => {
  it('hoeryongFigures reads the section, the counts and the fencing from hoeryong.csv by metric', () => {
    expect(f).toMatchObject({ sectionKm: 7.4, towers: 5, posts: 169, fenceKm: 9, fenceQualifier: 'more than' });
    expect(() => hoeryongFigures(rows.filter((r) => !/guard posts/.test(r.metric)))).toThrow(/found 0/);
  });

  it('formatAsOf turns "2022-04" into "April 2022" and keeps a bare year', () => {
    expect(formatAsOf('2022-04')).toBe('April 2022');
    expect(formatAsOf('2019')).toBe('2019');
  });

  it('hoeryongMarks draws exactly as many guard posts as the CSV counts, keyed post-0 to post-168', () => {
    const posts = rows.find((r) => /guard posts/i.test(r.metric))!.value;
    expect(m.posts).toHaveLength(posts);
    expect(m.posts[0]!.key).toBe('post-0');
    expect(m.posts[m.posts.length - 1]!.key).toBe(`post-${posts - 1}`);
  });

  it('hoeryongMarks spaces the guard posts evenly in rows inside the section, no two on one spot', () => {
    const spots = new Set(m.posts.map((p) => `${p.x.toFixed(3)},${p.y}`));
    expect(spots.size).toBe(m.posts.length);
    for (const p of m.posts) {
      expect(p.x).toBeGreaterThan(geometry.x0);
      expect(p.x).toBeLessThan(geometry.x1);
      expect(geometry.postRows).toContain(p.y);
    }
    const row0 = m.posts.filter((p) => p.y === 96).map((p) => p.x);
    const gaps = row0.slice(1).map((x, i) => x - row0[i]!);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(1e-9);
  });

  it('hoeryongMarks is deterministic: the same data gives the same positions', () => {
    expect(hoeryongMarks(f, geometry).posts).toEqual(m.posts);
  });

  it('hoeryongMarks draws one tower mark per watchtower, evenly spaced', () => {
    expect(m.towers.map((t) => t.key)).toEqual(['tower-0', 'tower-1', 'tower-2', 'tower-3', 'tower-4']);
  });

  it('hoeryongMarks draws the fencing as parallel lines whose lengths add up to the 9 km figure on the km scale', () => {
    expect(m.fences.length).toBeGreaterThanOrEqual(2);
    expect(m.fences[0]!.km).toBe(7.4);
    expect(m.fences.reduce((s, l) => s + l.km, 0)).toBeCloseTo(9, 9);
    const perKm = (geometry.x1 - geometry.x0) / 7.4;
    expect(m.fences[1]!.x2 - m.fences[1]!.x1).toBeCloseTo(1.6 * perKm, 6);
    expect(new Set(m.fences.map((l) => l.y)).size).toBe(m.fences.length);
  });

  it('hoeryongMarks puts a km scale under the section that ends at "7.4 km"', () => {
    expect(m.kmTicks[0]).toMatchObject({ km: 0, x: 16, label: '0' });
    expect(m.kmTicks[m.kmTicks.length - 1]).toMatchObject({ km: 7.4, x: 384, label: '7.4 km' });
    expect(m.kmTicks.find((t) => t.km === 7)!.label).toBeUndefined();
  });

  it('hoeryongReadouts word each layer from the data, fencing with its "more than"', () => {
    expect(hoeryongReadouts(f)).toMatchObject({
      watchtowers: '5 watchtowers (2019)',
      'guard-posts': '169 new guard posts (April 2022)',
      fencing: 'more than 9 km of new or improved fencing (April 2022)',
    });
  });

  it('the schematic says on its face that positions are illustrative and where the counts come from', () => {
    expect(hoeryongCaveat).toBe('Schematic: positions are illustrative, not locations.');
    expect(hoeryongAttribution).toContain("Reuters' account of a Human Rights Watch study");
  });

  it('describeHoeryong(rows, state) names only the layers shown', () => {
    const bare = describeHoeryong(rows, { show: [] });
    expect(bare).toContain('Schematic, not a map');
    expect(bare).toContain('No structures are drawn yet.');
    const all = describeHoeryong(rows, { show: ['watchtowers', 'guard-posts', 'fencing'] });
    expect(all).toContain('5 watchtowers (2019)');
    expect(all).toContain('169 new guard posts (April 2022)');
    expect(all).toContain('more than 9 km of new or improved fencing (April 2022)');
    expect(all).toContain('a 1.6 km second line');
    expect(describeHoeryong(rows, { show: ['watchtowers'] })).not.toContain('guard posts');
  });

  it('hoeryongTable(rows) lists the four rows drawn with their sources', () => {
    const t = hoeryongTable(rows);
    expect(t.rows.map((r) => r.value)).toEqual([7.4, 5, 169, 9]);
    expect(t.rows[3]!.qualifier).toBe('more than');
    expect(t.columns.map((c) => c.key)).toContain('source_ids');
  });
});
