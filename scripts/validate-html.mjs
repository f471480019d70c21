// The W3C Nu HTML Checker (vnu, from the vnu-jar package; it runs on Java) over every page of the
// given builds, then html-validate's recommended rules over the pages of the first (it also flags
// what vnu allows, such as a duplicate id or an empty heading): each error on one line,
// `page:line:column  message`, and exit 1 if there is any.
//   node scripts/validate-html.mjs [dir ...]   (default: dist)
// Only errors count: vnu's warnings here are about the Content Security Policy of a page opened as a
// file, which has no origin for 'self' to match.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vnu from 'vnu-jar';
import { HtmlValidate } from 'html-validate';

const root = resolve(import.meta.dirname, '..');
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['dist'];
for (const dir of dirs) {
  if (!existsSync(resolve(root, dir, 'index.html'))) {
    console.error(`validate-html: no build in ${dir}  (expected a page at ${dir}/index.html: build first)`);
    process.exit(1);
  }
}

// Each page's stylesheet is inline (docs/performance.md), which vnu would check with a CSS checker
// that knows no paint-order or animation-timeline; the markup is what this checks, as before.
// Java's quick compiler only (TieredStopAtLevel=1): the optimising one kept a second core busy for a
// run this short (40 s of CPU against 21 s, the same wall time); the checker then needs a deeper
// stack than the default. Language detection only ever warns, and only errors are reported here.
const java = ['-Xss8m', '-XX:TieredStopAtLevel=1'];
const run = spawnSync('java', [...java, '-jar', String(vnu), '--errors-only', '--no-langdetect', '--skip-non-html', '--filterpattern', 'CSS: .*', '--format', 'gnu', ...dirs.map((d) => resolve(root, d))], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.error) {
  console.error(`validate-html: could not run java (${run.error.message})  (expected a Java runtime on the PATH: Debian's default-jre-headless)`);
  process.exit(1);
}
// gnu format: "file:/abs/page.html":line.column-line.column: error: message
const errors = [];
for (const line of `${run.stdout}\n${run.stderr}`.split('\n').filter(Boolean)) {
  const m = /^"(file:[^"]+)":(\d+)\.(\d+)(?:-\d+\.\d+)?: (?:error fatal|error|info warning|warning): (.*)$/.exec(line);
  errors.push(m ? `${relative(root, fileURLToPath(m[1]))}:${m[2]}:${m[3]}  ${m[4]}` : line);
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean attributes and void elements its own way; neither affects readers.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'long-title': 'off',
    // HTML5 allows ids that begin with a digit (source ids such as 38north-sinuiju).
    'valid-id': ['error', { relaxed: true }],
  },
});
const pagesOf = (dir) => readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f));
for (const file of pagesOf(resolve(root, dirs[0]))) {
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  for (const m of report.results.flatMap((r) => r.messages)) errors.push(`${relative(root, file)}:${m.line}:${m.column}  ${m.message} (html-validate ${m.ruleId})`);
}

for (const e of errors) console.log(e);
if (errors.length || run.status !== 0) {
  console.error(`validate-html: ${errors.length} error(s) from the Nu HTML Checker in ${dirs.join(', ')} and html-validate in ${dirs[0]}`);
  process.exit(1);
}
console.error(`validate-html: the Nu HTML Checker finds no error in ${dirs.join(', ')}, nor html-validate in ${dirs[0]}`);
