// The timeline's inputs: the rows of content/data/timeline.csv and the state one step asks for.
/** The state this chart reads (src/schemas/graphics/timeline.ts validates it). */
export interface TimelineState {
  from: number;
  to: number;
  events: string[];
  highlight: string[];
}

export interface TimelineRow {
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  event: string;
  chapter: string;
  source_ids: string[];
  notes: string;
}
