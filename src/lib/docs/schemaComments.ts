import ts from 'typescript';

/**
 * schemaComments(source) maps each property of the zod object literals in a schema file to its doc
 * comment: `/** Years drawn in the accent colour, e.g. \`[2019]\`. *\/ highlight: z.array(year)` gives
 * highlight -> "Years drawn in the accent colour, e.g. `[2019]`.". The gallery's state tables use it,
 * so a field's description is written once, beside the field.
 */
export function schemaComments(source: string): Map<string, string> {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const docs = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node)) {
      const doc = ts
        .getJSDocCommentsAndTags(node)
        .map((d) => (ts.isJSDoc(d) ? (ts.getTextOfJSDocComment(d.comment) ?? '') : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (doc && !docs.has(node.name.getText(file))) docs.set(node.name.getText(file), doc);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return docs;
}
