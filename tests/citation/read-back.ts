/**
 * Reads RIS and BibTeX back with citation.js, as a reference manager would, into the fields
 * the tests compare with the record they were written from.
 */
import { Cite, plugins, type CslDate, type CslItem, type CslName } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { bibliographicTitle, creatorsOf, type CitableArticle } from '../../src/lib/citation/record.ts';
import { citationTerms } from '../../src/lib/citation/terms.ts';

export interface Metadata {
  title: string;
  authors: string[];
  date: string;
  newspaper: string;
  page: string;
  url: string;
}

/** What a faithful export must carry for `record`. */
export function expectedMetadata(record: CitableArticle): Metadata {
  const creators = creatorsOf(record);
  return {
    title: bibliographicTitle(record),
    authors: creators.kind === 'persons' ? [...creators.names] : creators.kind === 'commentator' ? [citationTerms(record.script).commentator] : [],
    date: record.date,
    newspaper: record.newspaper,
    page: record.page,
    // A URL compares by what it names: %7B and { are the same character.
    url: decodeURI(record.url),
  };
}

export function nameText(name: CslName | string): string {
  if (typeof name === 'string') return name;
  return name.literal ?? [name.family, name.given].filter(Boolean).join('');
}

export function isoDate(date: CslDate | undefined): string {
  const parts = date?.['date-parts']?.[0] ?? [];
  return parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

export function readOne(text: string): CslItem {
  const items = new Cite(text).data;
  if (items.length !== 1) throw new Error(`expected one record, citation.js read ${items.length}`);
  return items[0]!;
}

/** The RIS records as citation.js tokenises them, tag → value(s), before any mapping. */
export function risTags(text: string): Array<Record<string, string | string[]>> {
  return plugins.input.chainLink(text) as Array<Record<string, string | string[]>>;
}

export function readBibtex(text: string): Metadata & { item: CslItem } {
  const item = readOne(text);
  return {
    item,
    title: item.title ?? '',
    authors: (item.author ?? []).map(nameText),
    date: isoDate(item.issued),
    newspaper: item['container-title'] ?? '',
    page: item.page ?? '',
    url: decodeURI(item.URL ?? ''),
  };
}

/**
 * citation.js maps a NEWS record's `PY` to the date and ignores its `DA` (the full date), and
 * puts `AU` under `reporter`; the date is therefore read from its tokenised `DA` and checked
 * against the year it mapped.
 */
export function readRis(text: string): Metadata & { item: CslItem; year: string } {
  const item = readOne(text);
  const tags = risTags(text)[0] ?? {};
  const da = typeof tags['DA'] === 'string' ? tags['DA'] : '';
  return {
    item,
    year: isoDate(item.issued),
    title: item.title ?? '',
    // One AU comes back as a string, several as a list.
    authors: [item.reporter ?? item.author ?? []].flat().map(nameText),
    date: da.replaceAll('/', '-'),
    newspaper: item['container-title'] ?? '',
    page: item.page ?? '',
    url: decodeURI(item.URL ?? ''),
  };
}
