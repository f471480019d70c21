/**
 * extractElement(html, tag, marker) returns the first whole `<tag ...>...</tag>` element of `html`
 * whose opening tag contains `marker` (for example `data-scrolly="collapse"`), counting nested
 * elements of the same tag; undefined when there is none. For our own server-rendered HTML, where
 * a tag name never appears inside an attribute value.
 * extractElement('<p>a</p><section id="x"><section>b</section></section>', 'section', 'id="x"')
 * -> '<section id="x"><section>b</section></section>'
 */
export function extractElement(html: string, tag: string, marker: string): string | undefined {
  const open = new RegExp(`<${tag}\\b[^>]*>`, 'g');
  let start = -1;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    if (m[0].includes(marker)) {
      start = m.index;
      break;
    }
  }
  if (start < 0) return undefined;
  const any = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  any.lastIndex = start;
  let depth = 0;
  for (let m = any.exec(html); m; m = any.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return undefined;
}
