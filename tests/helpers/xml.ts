/**
 * XML reading for the tests: fast-xml-parser for well-formedness and structure, plus the checks
 * it does not make (characters outside XML 1.0, `]]>` in text) and namespace resolution, so a
 * test can ask which namespace an element is really in rather than what its prefix looks like.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  /** The qualified name as written: `oai:record`. */
  name: string;
  local: string;
  /** Resolved from the `xmlns` declarations in scope; undefined for no namespace. */
  namespace: string | undefined;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entity references decoded. */
  text: string;
}

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Throws unless `xml` is a well-formed document with every prefix declared; returns its root element. */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const illegal = NOT_XML_CHAR.exec(xml);
  if (illegal) throw new Error(`character U+${illegal[0].codePointAt(0)!.toString(16)} is not allowed in XML 1.0`);
  // Outside a CDATA section (none are written) "]]>" may not appear in character data.
  if (xml.includes(']]>')) throw new Error('"]]>" appears in the document');
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
  });
  const nodes = parser.parse(xml) as OrderedNode[];
  const roots = nodes.filter((node) => !Object.keys(node).some((key) => key.startsWith('?') || key === '#text'));
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return toElement(roots[0]!, new Map([['xml', XML_NAMESPACE]]));
}

function toElement(node: OrderedNode, inScope: Map<string, string>): XmlElement {
  const name = Object.keys(node).find((key) => key !== ':@')!;
  const attributes = node[':@'] ?? {};
  const scope = new Map(inScope);
  for (const [attribute, value] of Object.entries(attributes)) {
    if (attribute === 'xmlns') scope.set('', value);
    else if (attribute.startsWith('xmlns:')) scope.set(attribute.slice(6), value);
  }
  for (const attribute of Object.keys(attributes)) {
    const prefix = attribute.includes(':') ? attribute.split(':')[0]! : undefined;
    if (prefix && prefix !== 'xmlns' && !scope.has(prefix)) throw new Error(`attribute ${attribute} on <${name}> uses an undeclared prefix`);
  }
  const [prefix, local] = name.includes(':') ? (name.split(':') as [string, string]) : ['', name];
  if (prefix && !scope.has(prefix)) throw new Error(`<${name}> uses an undeclared prefix`);
  const content = (node[name] as OrderedNode[]) ?? [];
  let text = '';
  const children: XmlElement[] = [];
  for (const child of content) {
    if ('#text' in child) {
      text += String(child['#text']);
    } else children.push(toElement(child, scope));
  }
  return { name, local, namespace: scope.get(prefix), attributes, children, text };
}

/** Every element below (and including) `root`, in document order. */
export function descendants(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(descendants)];
}

export function childrenNamed(element: XmlElement, namespace: string, local: string): XmlElement[] {
  return element.children.filter((child) => child.namespace === namespace && child.local === local);
}

export function onlyChild(element: XmlElement, namespace: string, local: string): XmlElement {
  const found = childrenNamed(element, namespace, local);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${local}> in ${namespace}, expected 1`);
  return found[0]!;
}
