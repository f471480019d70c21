import ts from 'typescript';
import type { PropDoc } from './propDoc.ts';

/**
 * astroProps(source) reads the props of an Astro component from its own source: the members of its
 * `interface Props` (name, type, optional, doc comment) and the defaults of `const { a = 1 } =
 * Astro.props`. A prop whose doc starts "Added by the MDX check" is marked internal. So the gallery's
 * props tables are the component's code, not a copy of it.
 * astroProps('---\ninterface Props {\n  /** A heading. *\/\n  title?: string;\n}\nconst { title = "Note" } = Astro.props;\n---')
 * is [{ name: 'title', type: 'string', required: false, default: '"Note"', doc: 'A heading.' }].
 */
export function astroProps(source: string): PropDoc[] {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const file = ts.createSourceFile('props.ts', front, ts.ScriptTarget.Latest, true);
  const defaults = new Map<string, string>();
  const props: PropDoc[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && node.initializer?.getText(file) === 'Astro.props' && ts.isObjectBindingPattern(node.name)) {
      for (const el of node.name.elements) {
        const name = (el.propertyName ?? el.name).getText(file);
        if (el.initializer) defaults.set(name, el.initializer.getText(file));
      }
    }
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Props') {
      for (const member of node.members) {
        if (!ts.isPropertySignature(member)) continue;
        const doc = ts
          .getJSDocCommentsAndTags(member)
          .map((d) => (ts.isJSDoc(d) ? (ts.getTextOfJSDocComment(d.comment) ?? '') : ''))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        props.push({
          name: member.name.getText(file),
          type: member.type?.getText(file).replace(/\s+\|\s+undefined$/, '') ?? 'unknown',
          required: !member.questionToken,
          doc,
          ...(doc.startsWith('Added by the MDX check') ? { internal: true } : {}),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return props.map((p) => (defaults.has(p.name) ? { ...p, default: defaults.get(p.name)! } : p));
}
