/** One row of a props table on /gallery/. */
export interface PropDoc {
  name: string;
  /** The type as an editor writes it, e.g. `string`, `number[]`, `"a" | "b"`. */
  type: string;
  required: boolean;
  /** The default, as written in the code or the schema, e.g. `[]`. */
  default?: string;
  /** The doc comment: what it is, with an example. */
  doc: string;
  /** Set by the MDX check rather than written by an editor. */
  internal?: boolean;
}
