/**
 * Escaping for text that came from OCR'd seeds and may hold anything: `<script>`, `]]>`, `&`,
 * control characters, lone surrogates.
 */

/**
 * Everything outside XML 1.0's `Char` production. These cannot be written at all, not even as
 * character references, so they are dropped. With the `u` flag a lone surrogate is one code
 * point in D800–DFFF and is dropped too.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function withoutIllegalXmlCharacters(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/**
 * Text content of an element. `>` is escaped too so `]]>` can never appear, and `\r` is written as
 * a reference because a parser would otherwise turn `\r\n` into `\n`.
 */
export function escapeXmlText(text: string): string {
  return withoutIllegalXmlCharacters(text).replace(/[&<>\r]/g, (c) => XML_TEXT_ENTITIES[c]!);
}

/** An attribute value in double quotes. Tabs and newlines are references so attribute normalisation keeps them. */
export function escapeXmlAttribute(text: string): string {
  return withoutIllegalXmlCharacters(text).replace(/[&<>"'\t\n\r]/g, (c) => XML_ATTRIBUTE_ENTITIES[c]!);
}

/** An HTML attribute value in double quotes (the oEmbed iframe). */
export function escapeHtmlAttribute(text: string): string {
  return withoutIllegalXmlCharacters(text).replace(/[&<>"']/g, (c) => XML_ATTRIBUTE_ENTITIES[c]!);
}

const XML_TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const XML_ATTRIBUTE_ENTITIES: Record<string, string> = {
  ...XML_TEXT_ENTITIES,
  '"': '&quot;',
  "'": '&#39;',
  '\t': '&#9;',
  '\n': '&#10;',
};
