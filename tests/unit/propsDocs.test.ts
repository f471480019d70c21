// The gallery's props tables are read from the code (src/lib/docs/), so they cannot drift from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astroProps } from '../../src/lib/docs/astroProps.ts';
import { schemaComments } from '../../src/lib/docs/schemaComments.ts';
import { stateProps } from '../../src/lib/docs/stateProps.ts';
import { componentFiles, componentProps, graphicFiles, graphicStateProps, type ComponentName } from '../../src/gather/galleryDocs.ts';
import { graphicNames } from '../../src/schemas/graphics/index.ts';

describe('astroProps(source)', () => {
  it('reads the Props interface: names, types, optional or not, doc comments and destructuring defaults', () => {
    const source = [
      '---',
      'interface Props {',
      '  /** A heading, e.g. `"Note"`. */',
      '  title?: string;',
      '  /** The ids. */',
      '  ids: string[];',
      '  /** Added by the MDX check: numbers. */',
      '  numbers?: string;',
      '}',
      "const { title = 'Note', ids, numbers = '' } = Astro.props;",
      '---',
      '<p>{title}</p>',
    ].join('\n');
    expect(astroProps(source)).toEqual([
      { name: 'title', type: 'string', required: false, doc: 'A heading, e.g. `"Note"`.', default: "'Note'" },
      { name: 'ids', type: 'string[]', required: true, doc: 'The ids.' },
      { name: 'numbers', type: 'string', required: false, doc: 'Added by the MDX check: numbers.', internal: true, default: "''" },
    ]);
  });
});

describe('schemaComments(source) and stateProps(schema, docs)', () => {
  it('list a state\'s fields with type, range, default and the doc comment written beside each field', () => {
    const docs = schemaComments('z.strictObject({\n  /** Years drawn, e.g. `[2019]`. */\n  highlight: z.array(year),\n  /** Top of the axis. */\n  yMax: z.number(),\n})');
    expect([...docs]).toEqual([['highlight', 'Years drawn, e.g. `[2019]`.'], ['yMax', 'Top of the axis.']]);
    const schema = {
      type: 'object',
      properties: {
        highlight: { type: 'array', items: { type: 'integer', minimum: -(2 ** 53 - 1), maximum: 2 ** 53 - 1 }, default: [] },
        yMax: { type: 'number', exclusiveMinimum: 0 },
        camera: { type: 'object', required: ['zoom'], properties: { zoom: { type: 'number', minimum: 4, maximum: 13 } } },
      },
      required: ['camera'],
    };
    expect(stateProps(schema, docs)).toEqual([
      { name: 'highlight', type: 'number[] (whole)', required: false, doc: 'Years drawn, e.g. `[2019]`.', default: '[]' },
      { name: 'yMax', type: 'number (above 0)', required: false, doc: 'Top of the axis.' },
      { name: 'camera', type: 'object', required: true, doc: '' },
      { name: 'camera.zoom', type: 'number (4 to 13)', required: true, doc: '' },
    ]);
  });
});

describe('what the gallery documents', () => {
  it.each(Object.keys(componentFiles) as ComponentName[])('every prop an editor writes on <%s> has a doc comment', (name) => {
    const props = componentProps(name);
    expect(props.length).toBeGreaterThan(0);
    for (const p of props) expect(p.doc, `${componentFiles[name]}: ${p.name}`).not.toBe('');
  });

  it('leaves out the props the MDX check adds, and only those', () => {
    const all = astroProps(readFileSync(componentFiles.Step, 'utf8')).map((p) => p.name);
    expect(all).toEqual(['id', 'state', 'notes', 'graphic', 'index', 'resolved']);
    expect(componentProps('Step').map((p) => p.name)).toEqual(['id', 'state', 'notes']);
    expect(componentProps('Cite').map((p) => p.name)).toEqual(['id', 'ids']);
  });

  it.each(graphicNames)('every field of the %s state has a doc comment and a type', (graphic) => {
    const fields = graphicStateProps(graphic);
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) {
      expect(f.doc, `${graphicFiles(graphic).schema}: ${f.name}`).not.toBe('');
      expect(f.type).not.toBe('unknown');
    }
  });

  it('shows the map camera field by field, with the schema\'s zoom range and defaults', () => {
    expect(graphicStateProps('map').map((f) => [f.name, f.type, f.required, f.default])).toEqual([
      ['camera', 'object', true, undefined],
      ['camera.center', '[number, number]', true, undefined],
      ['camera.zoom', 'number (4 to 13)', true, undefined],
      ['camera.bearing', 'number (-180 to 180)', false, '0'],
      ['camera.pitch', 'number (0 to 60)', false, '0'],
      ['show', 'string[]', false, '[]'],
    ]);
  });
});
