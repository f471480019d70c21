/** Drop `@media`/`@supports` blocks (with their nested rules) and comments from a stylesheet. */
function stripAtBlocks(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@', i);
    if (at < 0) {
      out += css.slice(i);
      break;
    }
    out += css.slice(i, at);
    const open = css.indexOf('{', at);
    const semi = css.indexOf(';', at);
    if (open < 0 || (semi >= 0 && semi < open)) {
      i = semi < 0 ? css.length : semi + 1;
      continue;
    }
    let depth = 0;
    let j = open;
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

/**
 * flattenCss(css) turns the site's stylesheet into one an SVG rasteriser understands (resvg reads
 * plain class and type selectors but no custom properties): the light scheme's `--sf-*` values
 * from top-level `:root` blocks are substituted into every `var()`, media blocks go, and rules
 * whose selectors use pseudo-classes or attributes are dropped.
 * flattenCss(':root { --c: red } .a { fill: var(--c) }') -> '.a { fill: red }'
 */
export function flattenCss(css: string): string {
  const flat = stripAtBlocks(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  const vars = new Map<string, string>();
  const rules: string[] = [];
  for (const m of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = m[1]!.trim();
    const body = m[2]!.trim();
    if (selector === ':root') {
      for (const d of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) vars.set(d[1]!, d[2]!.trim());
      continue;
    }
    if (!selector.split(',').every((s) => /^[\w.\s>#-]+$/.test(s.trim()))) continue;
    rules.push(`${selector.replace(/\s+/g, ' ')} { ${body.replace(/\s+/g, ' ')} }`);
  }
  const resolve = (value: string, depth = 0): string =>
    depth > 8 ? value : value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => resolve(vars.get(name) ?? fallback ?? 'initial', depth + 1));
  return rules.map((r) => resolve(r)).join('\n');
}
