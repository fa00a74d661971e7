/**
 * What of a built page Pagefind is sent to index. Pagefind reads, of an archive page, only the
 * `<html>` element's `lang` (the index's language) and the one element marked
 * `data-pagefind-body`; everything else (the head's metadata and JSON-LD, the site's header
 * and footer) it parses and drops. Its Node API sends each page to its service as text, so the
 * rest is only cost: a third of an article page's characters, about 7 % of the indexing time.
 * The index made of the trimmed page is the same, byte for byte (tests/search/pagefind-input.test.ts).
 * Pure.
 */

const BODY_MARK = 'data-pagefind-body';

/**
 * The page as Pagefind needs it: `<html …>` and its body element, or the whole page unchanged
 * when trimming could change what Pagefind reads (no body element, more than one, or any other
 * `data-pagefind-…` attribute outside it).
 */
export function pagefindInput(html: string): string {
  const marks = html.split(BODY_MARK).length - 1;
  if (marks !== 1) return html;
  const bodyAt = html.indexOf(BODY_MARK);
  const start = html.lastIndexOf('<', bodyAt);
  const tag = /^<([a-zA-Z][a-zA-Z0-9-]*)[\s>]/.exec(html.slice(start))?.[1];
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0];
  if (!tag || !htmlTag) return html;
  const end = closingEnd(html, tag, start);
  if (end === undefined) return html;
  if (html.slice(0, start).includes('data-pagefind-') || html.slice(end).includes('data-pagefind-')) return html;
  return `<!DOCTYPE html>${htmlTag}<body>${html.slice(start, end)}</body></html>`;
}

/** Where the element opened at `start` ends (after its closing tag), counting nested elements of the same name. */
function closingEnd(html: string, tag: string, start: number): number | undefined {
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])`, 'gi');
  pattern.lastIndex = start + 1;
  let depth = 1;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) {
      const close = html.indexOf('>', match.index);
      return close < 0 ? undefined : close + 1;
    }
  }
  return undefined;
}
