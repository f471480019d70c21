// The site as an installable web app: its manifest and its icons, drawn from the favicon's mark (the
// border line rising across a dark square) in the site's colours.

const INK = '#1c1d1f';
const EMBER = '#ff9a4d';
const PAPER = '#fdfcfa';

/** The icon files the build writes (under `icons/`), each with its size and purpose. */
export const APP_ICONS = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'apple' },
] as const;

/**
 * appIconSvg({ size, purpose }) is the mark at `size` pixels. A maskable icon fills its square (the
 * launcher cuts its own shape) and keeps the line inside the central 80 % safe zone; the others
 * have the favicon's rounded corners. The Apple icon is square too: iOS rounds it.
 */
export function appIconSvg({ size, purpose }: { size: number; purpose: 'any' | 'maskable' | 'apple' }): string {
  const square = purpose !== 'any';
  // The favicon's line, on its 32-unit grid, drawn in the central 60 % of a maskable icon.
  const inset = purpose === 'maskable' ? 6.4 : 0;
  const scale = (32 - 2 * inset) / 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32"${square ? '' : ' rx="6"'} fill="${INK}"/><path transform="translate(${inset} ${inset}) scale(${scale})" d="M4 22 L12 14 L18 19 L28 9" stroke="${EMBER}" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
}

/**
 * webManifest({ name, description }) is manifest.webmanifest. Its addresses are relative to the
 * manifest itself, which sits at the base: the app starts and stays under a sub-path such as
 * `/sealed-frontier/` as well as at the root.
 */
export function webManifest({ name, shortName, description }: { name: string; shortName: string; description: string }): string {
  const icons = APP_ICONS.filter((i) => i.purpose !== 'apple').map((i) => ({ src: `icons/${i.file}`, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose }));
  const manifest = {
    name,
    short_name: shortName,
    description,
    id: './',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: PAPER,
    theme_color: INK,
    lang: 'en',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }, ...icons],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The colour of the browser's chrome around the installed app (the icon's ground). */
export const THEME_COLOR = INK;
