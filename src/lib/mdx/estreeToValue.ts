import type { Expression, Program, SpreadElement, Pattern, PrivateIdentifier } from 'estree';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

type Node = Expression | SpreadElement | Pattern | PrivateIdentifier;

/**
 * estreeToValue(program) turns the JavaScript of an MDX attribute such as `state={{ highlight: [2019] }}`
 * into the plain value it denotes, without running it. Only literals, arrays, objects and negative
 * numbers are allowed, because a step's state is data; anything else throws with what it met.
 */
export function estreeToValue(program: Program): Plain {
  const statement = program.body[0];
  if (program.body.length !== 1 || statement?.type !== 'ExpressionStatement') {
    throw new Error('expected a single value such as {{ highlight: [2019] }}');
  }
  return toValue(statement.expression);
}

function toValue(node: Node): Plain {
  switch (node.type) {
    case 'Literal':
      if (node.value === null || ['string', 'number', 'boolean'].includes(typeof node.value)) {
        return node.value as Plain;
      }
      throw new Error(`a ${typeof node.value} literal is not allowed (expected a number, string or boolean)`);
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') {
        return -node.argument.value;
      }
      break;
    case 'TemplateLiteral':
      if (node.expressions.length === 0) return node.quasis.map((q) => q.value.cooked ?? '').join('');
      break;
    case 'ArrayExpression':
      return node.elements.map((el) => {
        if (!el) throw new Error('an empty array slot is not allowed');
        return toValue(el);
      });
    case 'ObjectExpression': {
      const out: { [key: string]: Plain } = {};
      for (const prop of node.properties) {
        if (prop.type !== 'Property' || prop.computed || prop.kind !== 'init') {
          throw new Error('only plain "key: value" properties are allowed');
        }
        const key = prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : undefined;
        if (key === undefined) throw new Error('a property key must be a name or a string');
        out[key] = toValue(prop.value);
      }
      return out;
    }
  }
  throw new Error(`${node.type} is not allowed here (expected plain data: numbers, strings, true/false, [lists] and {objects})`);
}
