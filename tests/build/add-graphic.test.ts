// Follows docs/architecture.md's "Add a graphic" for a fixture graphic `tally`: a copy of the project
// gets the recipe's new files (tests/fixtures-graphic/tally/src/) and its registry lines, a copy of the
// content gets a gallery example and a chapter step that use it, and one build shows whether the
// graphic reaches the gallery, its CSV downloads and its embed. If a step of the recipe is missing
// here, the build or an assertion fails; the recipe and this test change together.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareFixture } from './buildFixture.ts';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures-graphic/tally');

/** Inserts `text` on the line after `anchor`, which must occur once: a moved anchor fails loudly. */
function insertAfter(file: string, anchor: string, text: string) {
  const source = readFileSync(file, 'utf8');
  const at = source.indexOf(anchor);
  if (at < 0 || source.indexOf(anchor, at + 1) >= 0) throw new Error(`${file}: expected "${anchor}" once`);
  const end = source.indexOf('\n', at) + 1;
  writeFileSync(file, `${source.slice(0, end)}${text}\n${source.slice(end)}`);
}

const { work, content } = prepareFixture('content', { fixtures: 'tests/fixtures-graphic/tally', work: 'add-graphic' });
const project = join(work, 'project');
const dist = join(work, 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
let build: { status: number | null; output: string };

beforeAll(() => {
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, name), join(project, name), { recursive: true });
  // Steps 1-4: no new dataset (tally draws the defectors rows); layout, state schema and drawing are
  // new files; the drawing's classes go in global.css.
  cpSync(join(fixture, 'src'), join(project, 'src'), { recursive: true });
  appendFileSync(join(project, 'src/styles/global.css'), '\n.sf-tally-dot--marked { stroke-width: 2; }\n');
  // Step 5: register it.
  const registry = join(project, 'src/schemas/graphics/index.ts');
  insertAfter(registry, "import { tradeState } from './trade.ts';", "import { tallyState } from './tally.ts';");
  insertAfter(registry, "import { tradeTable, type TradeState } from '../../lib/charts/trade.ts';", "import { tallyTable, type TallyState } from '../../lib/charts/tally.ts';");
  insertAfter(registry, 'export interface GraphicState {', '  tally: TallyState;');
  insertAfter(
    registry,
    'export const graphics: {',
    "  tally: { state: tallyState, schemaFile: 'src/schemas/graphics/tally.ts', dataset: 'defectors', caption: 'Years on the tally', table: (data, states) => tallyTable(data.defectors, states) },",
  );
  const switchFile = join(project, 'src/components/scrolly/Graphic.astro');
  insertAfter(switchFile, "import Trade from '../charts/Trade/Trade.astro';", "import Tally from '../charts/Tally/Tally.astro';");
  insertAfter(switchFile, 'const charts: {', '  tally: Tally,');
  // Steps 6 and 7, the gallery example and a chapter step, are in the fixture's content/ (the unit
  // test, the docs/editing.md row and the e2e branch are not part of a build).

  // process.execPath is Node 22 when run through npm scripts or npx (the `node` devDependency).
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, SF_CONTENT_DIR: content, SF_OUT_DIR: dist, SF_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 300_000,
  });
  build = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}, 320_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('Add a graphic (docs/architecture.md)', () => {
  it('the project with the fixture graphic registered builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('the gallery shows the example, its state fields from the schema file and its CSV link', () => {
    const html = read('gallery/index.html');
    expect(html).toContain('Scrolly with the tally chart');
    expect(html).toContain('Years marked with a filled dot');
    expect(html).toMatch(/<circle[^>]*data-key="year-2019"[^>]*class="sf-tally-dot sf-tally-dot--marked"|class="sf-tally-dot sf-tally-dot--marked"[^>]*data-key="year-2019"/);
    expect(html).toContain('href="/data/gallery/scrolly-tally--closure.csv"');
  });

  it('the CSV downloads hold the rows the graphic draws, with their sources', () => {
    const expected = ['year,arrivals,source_ids', /^2019,1047,/, /^2022,67,/];
    for (const csv of ['data/gallery/scrolly-tally--closure.csv', 'data/border-sealing/tally-closure.csv']) {
      const lines = read(csv).trim().split('\n');
      expect(lines, csv).toHaveLength(3);
      expect(lines[0]).toBe(expected[0]);
      expect(lines[1]).toMatch(expected[1] as RegExp);
      expect(lines[2]).toMatch(expected[2] as RegExp);
    }
  });

  it('the chapter step embeds: its own page draws the graphic and links its CSV', () => {
    expect(readdirSync(join(dist, 'embed/border-sealing'))).toContain('tally-closure');
    const html = read('embed/border-sealing/tally-closure/index.html');
    expect(html).toContain('sf-tally-dot--marked');
    expect(html).toContain('The two years either side of the closure.');
    expect(html).toContain('href="/data/border-sealing/tally-closure.csv"');
  });

  it('the drawing’s class rule from global.css is in the stylesheet of the pages that draw it', () => {
    // Pages inline their own stylesheet; a shared file in _astro/ would count too.
    const files = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css')).map((f) => read(`_astro/${f}`));
    for (const page of ['gallery/index.html', 'embed/border-sealing/tally-closure/index.html']) {
      const inline = [...read(page).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      expect([...inline, ...files].join('\n'), page).toContain('.sf-tally-dot--marked');
    }
  });
});
