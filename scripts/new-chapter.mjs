#!/usr/bin/env node
// npm run new:chapter -- <slug> [--title="The headline"]
//
// Writes content/chapters/<slug>.mdx: a chapter that builds as it is, numbered after the last one,
// with every frontmatter field filled in with a placeholder to replace, one citation and one scrolly
// sequence to copy from. SF_CONTENT_DIR writes into another content folder (the tests use it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { contentDir, loadContent, shown } from '../src/loader/loadContent.ts';

const args = process.argv.slice(2);
const slug = args.find((a) => !a.startsWith('--'));
const title = args.find((a) => a.startsWith('--title='))?.slice('--title='.length) ?? 'A new chapter';
const fail = (message) => {
  process.stderr.write(`new:chapter: ${message}\n`);
  process.exit(1);
};

if (!slug) fail('no slug  (expected npm run new:chapter -- <slug>, e.g. npm run new:chapter -- food-and-harvests)');
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail(`"${slug}" is not a kebab-case slug  (expected lower-case words joined by hyphens, e.g. food-and-harvests)`);
const dir = join(contentDir(), 'chapters');
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) fail(`${shown(file)} already exists  (expected a slug no chapter uses yet)`);

// Numbered after the last chapter, since chapters are numbered 1, 2, 3 ... without gaps.
const orders = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => (yaml.load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '') ?? {}).order)
  .filter(Number.isInteger);
const order = Math.max(0, ...orders) + 1;

// Real ids, so the example citation, key term and graphic state pass the checks as they are.
const content = loadContent();
const source = content.sources.has('reuters-2023-border') ? 'reuters-2023-border' : [...content.sources.keys()][0];
const term = content.glossary.has('jangmadang') ? 'jangmadang' : [...content.glossary.keys()][0];
const years = content.data.defectors.map((r) => r.year);
const [first, last] = [Math.min(...years), Math.max(...years)];
const today = new Date().toISOString().slice(0, 10);
const q = (s) => JSON.stringify(s);

const text = `---
title: ${q(title)}
dek: "Replace this with one sentence that sums up the chapter for a reader deciding whether to read on."
order: ${order}
slug: ${slug}
updated: ${today}
summary: "Replace this with two or three sentences for teachers: what the chapter covers and what it asks of a class."
keyTerms: [${term}]
learningGoals:
  - "Students can explain the first thing this chapter teaches (replace this)."
discussionQuestions:
  - "Replace this with the first question for class discussion?"
  - "Replace this with the second question for class discussion?"
  - "Replace this with the third question for class discussion?"
---

{/* The title is the page's heading: start sections at ##. Every number, date and claim of fact
    carries a <Cite>; the editor's guide is docs/editing.md, every component is on /gallery/. */}

## A first section

Write the opening here, in your own words. Put a citation right after the sentence it supports.<Cite id="${source}" /> Mark the first use of a key term, such as <Term id="${term}">${content.glossary.get(term)?.term ?? term}</Term>, and add its id to keyTerms above.

<Scrolly graphic="defectors" title="Defectors arriving in South Korea, by year">
  <Step id="first-step" state={{ highlight: [${first}] }}>
    What the reader should see in the graphic at this step, in a few sentences.<Cite id="${source}" />
  </Step>
  <Step id="second-step" state={{ highlight: [${last}], annotate: [${last}] }}>
    The next step changes the state; the graphic moves to it as the reader scrolls.<Cite id="${source}" />
  </Step>
</Scrolly>
`;

writeFileSync(file, text);
process.stdout.write(`Wrote ${shown(file)} (chapter ${order}).
  Preview:  npm run dev, then http://127.0.0.1:4321/chapters/${slug}/
  Check:    npm run check
  Guide:    docs/editing.md; every component with its MDX: http://127.0.0.1:4321/gallery/
`);
