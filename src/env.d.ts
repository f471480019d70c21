interface ImportMetaEnv {
  /** A Mapbox access token: maps become mapbox-gl with satellite imagery. Unset: the SVG map only. */
  readonly PUBLIC_MAPBOX_TOKEN?: string;
  /** The mapbox-gl style; defaults to Mapbox satellite streets. Tests point it at a local style. */
  readonly PUBLIC_MAPBOX_STYLE?: string;
  /** Set only by the test builds: no telemetry, and the GL map is exposed to the tests. */
  readonly PUBLIC_SF_TEST?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
