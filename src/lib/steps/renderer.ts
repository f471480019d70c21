// The contract between the step engine (src/client/scrolly.ts) and a graphic's renderer: the chart
// morph (src/client/morph.ts) and the map renderers (src/components/map/) implement it. A type only,
// so it lives on the ground floor where both sides can import it without importing each other.

export interface Renderer {
  /** Play the state drawn in `target` (a step's static figure) on the sticky graphic. */
  show(target: Element, options: { animate: boolean }): void;
}
