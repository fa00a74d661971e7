/**
 * Checks JSON-LD against `data/citation/jsonld-required.json`: the required properties are
 * there, every property has the kind of value schema.org expects (ISO dates, absolute URLs,
 * BCP 47 tags, nested types), and nothing is emitted that the file does not list. Usable on
 * builder output in tests and on JSON-LD read back from built pages.
 */
import requirements from '../../../data/citation/jsonld-required.json' with { type: 'json' };

type ValueSpec = string | { shape: string } | { list: string } | { oneOrMore: string[] };

interface Shape {
  type: string;
  topLevel?: boolean;
  required: Record<string, ValueSpec>;
  optional?: Record<string, ValueSpec>;
}

const SHAPES = requirements.shapes as Record<string, Shape>;

export type JsonLdShape = keyof typeof requirements.shapes;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isRealDate(value: string): boolean {
  const day = value.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

function isAbsoluteUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const VALUE_KINDS: Record<string, (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string' && value.trim() !== '',
  isoDate: (value) => typeof value === 'string' && (ISO_DATE.test(value) || ISO_DATE_TIME.test(value)) && isRealDate(value),
  absoluteUrl: (value) => typeof value === 'string' && isAbsoluteUrl(value),
  languageTag: (value) => typeof value === 'string' && /^zh-Han[st]$/.test(value),
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkValue(value: unknown, spec: ValueSpec, path: string, problems: string[]): void {
  if (typeof spec === 'string') {
    const check = VALUE_KINDS[spec];
    if (!check) throw new Error(`jsonld-required.json: unknown value kind "${spec}" at ${path}`);
    if (!check(value)) problems.push(`${path}: expected ${spec}, got ${JSON.stringify(value)}`);
  } else if ('shape' in spec) {
    checkShape(value, spec.shape, path, problems);
  } else if ('list' in spec) {
    if (!Array.isArray(value) || value.length === 0) problems.push(`${path}: expected a non-empty list`);
    else value.forEach((item, index) => checkShape(item, spec.list, `${path}[${index}]`, problems));
  } else {
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0) problems.push(`${path}: expected at least one of ${spec.oneOrMore.join(', ')}`);
    items.forEach((item, index) => {
      const itemPath = Array.isArray(value) ? `${path}[${index}]` : path;
      const shape = spec.oneOrMore.find((name) => isObject(item) && item['@type'] === SHAPES[name]?.type);
      if (!shape) problems.push(`${itemPath}: expected one of ${spec.oneOrMore.join(', ')}, got ${JSON.stringify(item)}`);
      else checkShape(item, shape, itemPath, problems);
    });
  }
}

function checkShape(value: unknown, shapeName: string, path: string, problems: string[]): void {
  const shape = SHAPES[shapeName];
  if (!shape) throw new Error(`jsonld-required.json: no shape "${shapeName}"`);
  if (!isObject(value)) {
    problems.push(`${path}: expected a ${shape.type} object`);
    return;
  }
  if (value['@type'] !== shape.type) problems.push(`${path}: @type should be ${shape.type}, got ${JSON.stringify(value['@type'])}`);
  if (shape.topLevel && value['@context'] !== 'https://schema.org') problems.push(`${path}: @context should be https://schema.org`);
  for (const [property, spec] of Object.entries(shape.required)) {
    if (!(property in value)) problems.push(`${path}.${property}: missing`);
    else checkValue(value[property], spec, `${path}.${property}`, problems);
  }
  for (const [property, spec] of Object.entries(shape.optional ?? {})) {
    if (property in value) checkValue(value[property], spec, `${path}.${property}`, problems);
  }
  for (const property of Object.keys(value)) {
    const listed = property === '@type' || (property === '@context' && shape.topLevel) || property in shape.required || property in (shape.optional ?? {});
    if (!listed) problems.push(`${path}.${property}: not listed for ${shapeName} in jsonld-required.json`);
  }
}

/** Everything wrong with `data` as the given shape; empty when it conforms. */
export function jsonLdProblems(data: unknown, shape: JsonLdShape): string[] {
  const problems: string[] = [];
  checkShape(data, shape, shape, problems);
  return problems;
}
