/**
 * The files a reference manager imports for one article: RIS (Zotero, EndNote, Citavi) and
 * BibTeX (biblatex). Pure, so the page's script and the tests make the same files.
 */
import { toBibtex } from './bibtex.ts';
import type { CitableArticle } from './record.ts';
import { toRis } from './ris.ts';

export type CitationFormat = 'ris' | 'bibtex';

export interface CitationDownload {
  readonly fileName: string;
  readonly mediaType: string;
  readonly text: string;
}

export function citationDownload(record: CitableArticle, format: CitationFormat): CitationDownload {
  return format === 'ris'
    ? { fileName: `${record.id}.ris`, mediaType: 'application/x-research-info-systems', text: toRis(record) }
    : { fileName: `${record.id}.bib`, mediaType: 'application/x-bibtex', text: toBibtex(record) };
}
