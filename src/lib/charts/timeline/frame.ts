// Geometry of the chart: one fixed frame for every state.
import type { LabelRow } from './placeLabels.ts';

export const WIDTH = 400;
export const AXIS_LEFT = 12;
export const AXIS_RIGHT = WIDTH - 12;
export const LINE = 12.5; // line step of label text
const LABEL_LINES = 3; // date + two lines of text
const SLOT = LINE * LABEL_LINES; // height of a row of labels
const PITCH = SLOT + 4; // row height including the gap to the next row
export const ROWS_ABOVE = 3;
export const ROWS_BELOW = 2;
const CLEAR_ABOVE = 11; // axis to the bottom of the first row above (dot plus a visible leader)
const TICK_BAND = 24; // axis to the top of the first row below (year labels sit in between)
const TOP = 2;
export const AXIS_Y = TOP + ROWS_ABOVE * PITCH + CLEAR_ABOVE;
export const HEIGHT = AXIS_Y + TICK_BAND + ROWS_BELOW * PITCH + 2;
/** Max widths of a line of label text, tried widest first: a sparse state gets fuller labels. */
export const LABEL_WIDTHS = [170, 140, 120];

function makeRows(): LabelRow[] {
  const rows: LabelRow[] = [];
  for (let i = 0; i < ROWS_ABOVE; i++) {
    const bottom = AXIS_Y - CLEAR_ABOVE - i * PITCH;
    rows.push({ side: 'above', index: i, top: bottom - SLOT, bottom });
  }
  for (let i = 0; i < ROWS_BELOW; i++) {
    const top = AXIS_Y + TICK_BAND + i * PITCH;
    rows.push({ side: 'below', index: i, top, bottom: top + SLOT });
  }
  return rows;
}
export const DEFAULT_ROWS = makeRows();
export const DEFAULT_AXIS_Y = AXIS_Y;

// Numbered fallback: small number boxes stacked above the axis, a key list below it.
export const NUM_PITCH = 14;
export const NUM_ROWS: LabelRow[] = Array.from({ length: Math.floor((AXIS_Y - TOP - CLEAR_ABOVE + 3) / NUM_PITCH) }, (_, i) => {
  const bottom = AXIS_Y - CLEAR_ABOVE - i * NUM_PITCH;
  return { side: 'above' as const, index: i, top: bottom - (NUM_PITCH - 2), bottom };
});
export const KEY_LINE = 12;
export const KEY_TOP = AXIS_Y + TICK_BAND;
