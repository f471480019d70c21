import { describe, expect, it } from 'vitest';
import { labelAt, placeLabels, type Box } from '../../src/lib/geo/placeLabels.ts';
import { labelTextWidth } from '../../src/lib/text/width.ts';
import { wrapInTwo } from '../../src/lib/text/wrap.ts';

const frame = { width: 400, height: 300 };
const overlap = (a: Box, b: Box) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);

describe('placeLabels', () => {
  it('placeLabels puts a lone label to the east of its mark, clear of the mark', () => {
    const [l] = placeLabels([{ id: 'hoeryong', x: 200, y: 150, text: 'Hoeryong', markRadius: 3.5 }], frame);
    expect(l!.position).toBe('e');
    expect(l!.anchor).toBe('start');
    expect(l!.box.x0).toBeGreaterThan(203.5);
    expect(l!.overlaps).toBe(false);
  });

  it('placeLabels moves a label near the right edge to the west so it stays in the frame', () => {
    const [l] = placeLabels([{ id: 'khasan', x: 390, y: 150, text: 'Khasan', markRadius: 3.5 }], frame);
    expect(l!.anchor).toBe('end');
    expect(l!.box.x1).toBeLessThanOrEqual(398);
  });

  it('placeLabels keeps two labels of nearby marks from overlapping each other', () => {
    const labels = placeLabels(
      [
        { id: 'dandong', x: 200, y: 150, text: 'Dandong', markRadius: 3.5 },
        { id: 'sinuiju', x: 202, y: 152, text: 'Sinuiju', markRadius: 3.5 },
      ],
      frame,
    );
    expect(overlap(labels[0]!.box, labels[1]!.box)).toBe(false);
    expect(labels.every((l) => !l.overlaps)).toBe(true);
  });

  it('placeLabels tries the preferred positions first', () => {
    const [l] = placeLabels([{ id: 'a', x: 200, y: 150, text: 'Changbai', markRadius: 3.5, prefer: ['nw'] }], frame);
    expect(l!.position).toBe('nw');
  });

  it('placeLabels avoids obstacles such as the scale bar', () => {
    const scale: Box = { x0: 0, y0: 270, x1: 120, y1: 300 };
    const [l] = placeLabels([{ id: 'a', x: 20, y: 280, text: 'Rajin', markRadius: 3.5 }], { ...frame, obstacles: [scale] });
    expect(overlap(l!.box, scale)).toBe(false);
  });

  it('placeLabels does not set a label nearer another mark than its own', () => {
    const labels = placeLabels(
      [
        { id: 'hoeryong', x: 200, y: 150, text: 'Hoeryong', markRadius: 3.5 },
        { id: 'other', x: 240, y: 150, text: 'Other', markRadius: 3.5 },
      ],
      frame,
    );
    const hoeryong = labels[0]!;
    expect(hoeryong.position).not.toBe('e');
  });

  it('placeLabels sets a label of a crowded mark further out, with a leader to its mark', () => {
    const crowd = [
      { id: 'a', x: 200, y: 150, text: 'Alpha', markRadius: 3.5 },
      { id: 'b', x: 200, y: 136, text: 'Bravo', markRadius: 3.5 },
      { id: 'c', x: 200, y: 164, text: 'Charlie', markRadius: 3.5 },
      { id: 'd', x: 214, y: 150, text: 'Delta', markRadius: 3.5 },
      { id: 'e', x: 186, y: 150, text: 'Echo', markRadius: 3.5 },
    ];
    const labels = placeLabels(crowd, frame);
    expect(labels.some((l) => l.leader)).toBe(true);
    for (const l of labels.filter((x) => x.leader)) {
      const mark = crowd.find((c) => c.id === l.id)!;
      expect(Math.hypot(l.leader![0] - mark.x, l.leader![1] - mark.y)).toBeCloseTo(4.5, 6);
    }
  });
});

describe('wrapInTwo and labelAt', () => {
  it('wrapInTwo keeps short names on one line and breaks long ones before a parenthesis or near the middle', () => {
    expect(wrapInTwo('Hoeryong')).toEqual(['Hoeryong']);
    expect(wrapInTwo('Fangchuan (tri-border viewpoint)')).toEqual(['Fangchuan', '(tri-border viewpoint)']);
    expect(wrapInTwo('Korea-Russia Friendship Bridge')).toEqual(['Korea-Russia', 'Friendship Bridge']);
  });

  it('labelAt makes a two-line label twice as tall, less the gap', () => {
    const one = labelAt({ id: 'a', x: 100, y: 100, text: 'Fangchuan' }, 'e', 12);
    const two = labelAt({ id: 'a', x: 100, y: 100, text: 'x', lines: ['Fangchuan', '(tri-border viewpoint)'] }, 'e', 12);
    expect(two.box.y1 - two.box.y0).toBeCloseTo(one.box.y1 - one.box.y0 + 12 * 1.1, 9);
    expect(two.box.x1 - two.box.x0).toBeCloseTo(labelTextWidth('(tri-border viewpoint)', 12), 9);
  });

  it('textWidth gives wide letters more room than narrow ones', () => {
    expect(labelTextWidth('WWW', 12)).toBeGreaterThan(labelTextWidth('iii', 12));
  });
});
