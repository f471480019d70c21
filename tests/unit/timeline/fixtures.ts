// Rows and states for the timeline's tests.
import type { TimelineRow, TimelineState } from '../../../src/lib/charts/timeline/state.ts';

export const row = (id: string, date: string, event: string, source_ids = ['src-a']): TimelineRow => ({ id, date, event, chapter: 'x', source_ids, notes: '' });
export const state = (s: Partial<TimelineState> & Pick<TimelineState, 'from' | 'to' | 'events'>): TimelineState => ({ highlight: [], ...s });
