// A static server, as a static host serves a build: files under the site's base path, a directory's
// index.html (a directory without its slash is redirected to it), 404.html for anything else, the
// headers of the build's `_headers` file, gzip for text, and long caching for hashed assets. The
// bench measures through it, and the browser tests and the Firefox smoke test are served by it (it
// costs a fraction of `astro preview`'s CPU, which the tests share with the browser).
//   node scripts/serve.mjs DIR [--port 4321] [--base /sub-path/]
// Plain JS with no dependencies, so it runs on the machine's own Node too.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

export const GZIP_LEVEL = 6; // zlib's and gzip(1)'s default, what most static hosts and CDNs use

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.pbf': 'application/x-protobuf',
};
export const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|manifest\+json|xml|javascript|x-protobuf)|image\/svg\+xml|font\/(ttf|otf))/;

/** Netlify-style `_headers` (the form several hosts read): `/path/*` then indented `Name: value`. */
function readHeadersFile(dir) {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\:]/g, '\\$&')).join('.*')}$`);
      rules.push({ re, headers: [] });
    } else if (rules.length) {
      const i = line.indexOf(':');
      if (i > 0) rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** `sub/path`, `/sub/path` or `/sub/path/` as `/sub/path/`; `/` or empty as `/`. */
export function normaliseBase(b) {
  return `/${b.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** Serves `dir` under `base` on 127.0.0.1:`port` (0: any free port); resolves to the listening server. */
export function startServer(dir, { port, base = '/' }) {
  const headerRules = readHeadersFile(dir);
  const gzCache = new Map();
  const notFound = join(dir, '404.html');
  const server = createServer((req, res) => {
    const send = (status, file, extra = {}) => {
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const urlPath = new URL(req.url, 'http://x').pathname;
      const headers = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', ...extra };
      // Hashed build assets never change; pages are revalidated (what docs/deploy.md advises).
      headers['Cache-Control'] = urlPath.startsWith(`${base}_astro/`) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
      for (const rule of headerRules) if (rule.re.test(urlPath.slice(base.length - 1))) for (const [k, v] of rule.headers) headers[k] = v;
      const size = statSync(file).size;
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && size > 512) {
        let body = gzCache.get(file);
        if (!body) gzCache.set(file, (body = gzipSync(readFileSync(file), { level: GZIP_LEVEL })));
        res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(status, { ...headers, 'Content-Length': size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    const missing = () => {
      if (existsSync(notFound)) return send(404, notFound);
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return res.end();
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400);
      return res.end();
    }
    if (!path.startsWith(base) && `${path}/` !== base) return missing();
    if (`${path}/` === base) return redirect(res, base);
    const rel = path.slice(base.length);
    const file = resolve(dir, rel);
    if (file !== dir && !file.startsWith(dir + sep)) return missing();
    if (rel.split('/').some((part) => part === '_headers' || part === '_redirects')) return missing();
    let st;
    try {
      st = statSync(file);
    } catch {
      return missing();
    }
    if (st.isDirectory()) {
      if (!path.endsWith('/')) return redirect(res, `${path}/${new URL(req.url, 'http://x').search}`);
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : missing();
    }
    if (path.endsWith('/')) return missing();
    return send(200, file);
  });
  function redirect(res, location) {
    res.writeHead(301, { Location: encodeURI(location), 'Content-Type': 'text/plain; charset=utf-8' });
    res.end();
  }
  return new Promise((resolvePromise, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' } } });
  const dir = resolve(positionals[0] ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`serve: no build in ${dir}  (expected ${join(dir, 'index.html')}: build first)`);
    process.exit(1);
  }
  const base = normaliseBase(values.base);
  const server = await startServer(dir, { port: Number(values.port), base });
  console.log(`serve: ${dir} at http://127.0.0.1:${server.address().port}${base}`);
}
