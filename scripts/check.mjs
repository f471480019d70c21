#!/usr/bin/env node
// npm run check: every check of the site in one run, each problem on one line
//
//   file:line:column  what is wrong  (what was expected)
//
// and a non-zero exit if there is any. In order: the data registries (content/data/*.csv,
// glossary.yaml), the frontmatter of every .mdx file, the MDX checks of every .mdx file (the same
// remark plugin the build runs), the originality tool (when ../shared/tools/originality.mjs exists),
// the type check (astro check), then a build into a scratch folder and a check of every internal
// link and #anchor in it. A problem in a file does not stop the others from being checked; the build
// and link check run only when everything before them passed (a build stops at the first error).
//
//   npm run check -- --skip=types,originality   leave out some checks (types, originality, build)
//   npm run check -- --dist=dist                check the links of an existing build instead of building
//
// SF_CONTENT_DIR checks another content folder (the tests use it); SF_OUT_DIR and SF_CACHE_DIR set
// where the check builds (by default node_modules/.cache/sf-check/, so dist/ is never touched).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, loadContent, shown } from '../src/loader/loadContent.ts';
import { checkMdx } from '../src/mdx/checkMdx.ts';
import { checkFrontmatter } from '../src/mdx/checkFrontmatter.ts';
import { chapterSchema, pageSchema } from '../src/schemas/chapter.ts';
import { gallerySchema } from '../src/schemas/gallery.ts';
import { checkChapterOrder } from '../src/lib/content/chapterOrder.ts';
import { fieldPosition } from '../src/lib/check/fieldPosition.ts';
import { csvFieldPosition } from '../src/lib/check/csvFieldPosition.ts';
import { phrasePosition } from '../src/lib/check/phrasePosition.ts';
import { astroCheckProblems } from '../src/lib/check/astroCheckProblems.ts';
import { problemLine } from '../src/lib/check/problemLine.ts';
import { checkLinks } from '../src/lib/site/checkLinks.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const skip = new Set((option('skip') ?? '').split(',').filter(Boolean));
const note = (message) => process.stderr.write(`check: ${message}\n`);

const content = contentDir();
const problems = [];
const add = (message) => {
  const line = problemLine(message);
  if (!problems.includes(line)) problems.push(line);
};

/** Registry errors name `file:line`; the check names the column too (the cell, for a CSV column). */
function withColumn(message) {
  const m = /^(\S+?):(\d+)(:\d+)?  (.*)$/.exec(message);
  if (!m) return message;
  if (m[3]) return message;
  const [, file, line, , rest] = m;
  const column = /^column "([^"]+)"/.exec(rest)?.[1];
  let at = { line: Number(line), column: 1 };
  try {
    if (column && file.endsWith('.csv')) at = csvFieldPosition(readFileSync(file, 'utf8'), Number(line), column);
  } catch {
    // An unreadable file keeps column 1.
  }
  return `${file}:${at.line}:${at.column}  ${rest}`;
}

const mdxFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().map((f) => join(dir, f)) : []);
const collections = [
  { name: 'chapters', schema: chapterSchema },
  { name: 'pages', schema: pageSchema },
  { name: 'gallery', schema: gallerySchema },
];

// 1. The registries: every bad row, duplicate id and unknown source id, not only the first.
note(`content in ${shown(content)}`);
const registries = loadContent(content, (message) => add(withColumn(message)));

// 2. Frontmatter, and the rules across chapters (order without gaps, slug = file name).
const chapters = [];
for (const { name, schema } of collections) {
  for (const path of mdxFiles(join(content, name))) {
    const text = readFileSync(path, 'utf8');
    const { problems: found, raw } = checkFrontmatter(path, text, schema);
    found.forEach(add);
    // The sequence rules need only `order` and `slug`, so a chapter with other bad fields still counts.
    const { order, slug } = raw ?? {};
    if (name === 'chapters' && Number.isInteger(order) && typeof slug === 'string') chapters.push({ id: path.split(sep).at(-1).replace(/\.mdx$/, ''), slug, order, path, text });
  }
}
for (const p of checkChapterOrder(chapters)) {
  const chapter = chapters.find((c) => c.id === p.id);
  const at = fieldPosition(chapter.text, [p.field]);
  add(`${shown(chapter.path)}:${at.line}:${at.column}  ${p.message}`);
}

// 3. The MDX checks of every file (components, citations, terms, quotes, graphics, step ids and states).
for (const { name } of collections) {
  for (const path of mdxFiles(join(content, name))) (await checkMdx(path, readFileSync(path, 'utf8'), () => registries)).forEach(add);
}

// 4. Originality: no run of eight words shared with a source article or the fact sheet.
const originality = resolve(root, '../shared/tools/originality.mjs');
if (skip.has('originality')) note('originality skipped');
else if (!existsSync(originality)) note('originality skipped: ../shared/tools/originality.mjs is not here');
else {
  const run = spawnSync(process.execPath, [originality, shown(content)], { encoding: 'utf8' });
  for (const line of run.stdout.split('\n')) {
    const m = /^(.+?): "(.+)"$/.exec(line);
    if (!m) continue;
    const [, file, words] = m;
    const at = phrasePosition(readFileSync(file, 'utf8'), words) ?? { line: 1, column: 1 };
    add(`${file}:${at.line}:${at.column}  repeats the wording of a source or of the fact sheet: "${words}"  (expected a sentence of your own; quote a source only through <Quote>)`);
  }
  if (run.status !== 0 && !problems.some((p) => p.includes('repeats the wording'))) add(`${shown(originality)}:1:1  the originality tool failed: ${(run.stderr || run.stdout).trim().split('\n')[0]}  (expected it to run)`);
}

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const quiet = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
/** The line of a tool's output that says what went wrong: its [ERROR] line, else its last words. */
const firstError = (output) => {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
  const line = lines.find((l) => /\[ERROR\]|^error\b|^\w*Error:/.test(l)) ?? lines.at(-1) ?? 'failed';
  const text = line.replace(/^\S*\s*\[ERROR\]\s*(\[[^\]]*\]\s*)?/, '');
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
};

// 5. Types (the code, not the content).
const contentProblems = problems.length;
if (skip.has('types')) note('types skipped');
else {
  note('astro check (types)');
  const run = spawnSync(process.execPath, [astro, 'check'], { encoding: 'utf8', env: quiet });
  const found = astroCheckProblems(run.stdout + run.stderr);
  found.forEach(add);
  // With bad content the check's own content sync fails on a problem already listed above.
  if (run.status !== 0 && found.length === 0 && contentProblems === 0) add(`astro.config.mjs:1:1  astro check failed: ${firstError(run.stdout + run.stderr)}  (expected the type check to run)`);
}

// 6. Build, then every internal link, #anchor and id of the built site.
const given = option('dist');
if (skip.has('build') && !given) note('build and links skipped');
else if (problems.length > 0 && !given) note('build and links skipped until the problems above are fixed');
else {
  let out = given ? resolve(given) : resolve(process.env.SF_OUT_DIR ?? 'node_modules/.cache/sf-check/dist');
  if (!given) {
    note(`astro build into ${shown(out)}`);
    const run = spawnSync(process.execPath, [astro, 'build'], {
      encoding: 'utf8',
      env: { ...quiet, SF_OUT_DIR: out, SF_CACHE_DIR: process.env.SF_CACHE_DIR ?? resolve('node_modules/.cache/sf-check/cache') },
    });
    if (run.status !== 0) {
      const output = run.stdout + run.stderr;
      const ours = /^(\S+?):(\d+)(?::(\d+))?  .*$/m.exec(output);
      const at = /((?:src|content)\/[^\s:()]+):(\d+):(\d+)/.exec(output);
      add(ours ? withColumn(ours[0]) : `${at ? `${at[1]}:${at[2]}:${at[3]}` : 'astro.config.mjs:1:1'}  the build failed: ${firstError(output)}  (expected the site to build)`);
      out = undefined;
    }
  }
  if (out) {
    const files = new Map();
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.set(relative(out, path).split(sep).join('/'), /\.html?$/.test(name) ? readFileSync(path, 'utf8') : '');
      }
    };
    walk(out);
    const sources = collections.flatMap(({ name }) => mdxFiles(join(content, name))).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    /** Where an editor wrote a link: `](target)` or `href="target"` in an .mdx file, if anywhere. */
    const written = (target) => {
      for (const { path, text } of sources) {
        for (const pattern of [`](${target})`, `](${target} `, `href="${target}"`]) {
          const i = text.indexOf(pattern);
          if (i === -1) continue;
          const at = i + pattern.indexOf(target);
          const before = text.slice(0, at);
          return `${shown(path)}:${before.split('\n').length}:${at - before.lastIndexOf('\n')}`;
        }
      }
      return undefined;
    };
    const links = checkLinks(files, { base: process.env.BASE_PATH ?? '/', origin: process.env.SITE ?? 'https://sealed-frontier.example.org' });
    for (const p of links) {
      const what = p.message.startsWith('duplicate id') ? p.message : `link to "${p.target}": ${p.message}`;
      add(`${(!p.message.startsWith('duplicate id') && written(p.target)) || `${shown(join(out, p.file))}:${p.line}:${p.column}`}  ${what}  (expected ${p.expected})`);
    }
    note(`${files.size} built files, ${links.length} link problems`);
  }
}

for (const line of problems) process.stdout.write(`${line}\n`);
note(problems.length === 0 ? 'no problems' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exitCode = problems.length > 0 ? 1 : 0;
