import type { PropDoc } from './propDoc.ts';

/** The parts of a JSON Schema (as zod's toJSONSchema writes it) that a props table needs. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  anyOf?: JsonSchema[];
}

const SAFE = 2 ** 53 - 1;

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.anyOf) return s.anyOf.map(typeOf).join(' | ');
  if (s.prefixItems) return `[${s.prefixItems.map(typeOf).join(', ')}]`;
  if (s.type === 'array') {
    const item = s.items ? typeOf(s.items) : 'unknown';
    return item.includes(' | ') ? `(${item})[]` : `${item}[]`;
  }
  if (s.type === 'integer') return 'number';
  if (s.type === 'object') return 'object';
  return Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'unknown');
}

function range(s: JsonSchema): string {
  const target = s.type === 'array' && s.items ? s.items : s;
  const parts: string[] = [];
  if (target.type === 'integer') parts.push('whole');
  const min = target.minimum ?? target.exclusiveMinimum;
  const max = target.maximum;
  if (min !== undefined && max !== undefined && Math.abs(min) < SAFE && Math.abs(max) < SAFE) parts.push(`${min} to ${max}`);
  else if (target.exclusiveMinimum !== undefined) parts.push(`above ${target.exclusiveMinimum}`);
  else if (min !== undefined && Math.abs(min) < SAFE) parts.push(`at least ${min}`);
  if (s.type === 'array' && !s.prefixItems && s.minItems) parts.push(`at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * stateProps(schema, docs) lists the fields of a step `state` from the JSON Schema of its zod schema
 * (`z.toJSONSchema(schema, { io: 'input' })`), with the doc comment of each field from `docs`
 * (schemaComments of the schema's file). Nested objects are flattened: `camera.center`, `camera.zoom`.
 * stateProps({ type: 'object', properties: { yMax: { type: 'number', exclusiveMinimum: 0 } } }, new Map())
 * is [{ name: 'yMax', type: 'number (above 0)', required: false, doc: '' }].
 */
export function stateProps(schema: JsonSchema, docs: ReadonlyMap<string, string>, prefix = ''): PropDoc[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([key, field]) => {
    const row: PropDoc = {
      name: `${prefix}${key}`,
      type: `${typeOf(field)}${field.type === 'object' ? '' : range(field)}`,
      required: required.has(key),
      doc: docs.get(key) ?? '',
      ...(field.default !== undefined ? { default: JSON.stringify(field.default) } : {}),
    };
    return field.type === 'object' ? [row, ...stateProps(field, docs, `${prefix}${key}.`)] : [row];
  });
}
