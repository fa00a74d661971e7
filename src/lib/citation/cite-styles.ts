/**
 * The styles an article's Cite section offers, in the order it shows them. Two are written into
 * the page, so a reader without JavaScript can cite it; the browser adds the others from the
 * page's record: each formatted style costs ~330 bytes on every article page of both trees.
 */
import { formatApa } from './apa.ts';
import { formatChicago } from './chicago.ts';
import type { FormattedCitation } from './formatted.ts';
import { formatGbt7714 } from './gbt7714.ts';
import { formatMla } from './mla.ts';
import type { CitableArticle } from './record.ts';

export interface CiteStyle {
  readonly key: string;
  /** The ui.json key of its label. */
  readonly label: 'citeGbt2025' | 'citeGbt2025Online' | 'citeGbt2015' | 'citeApa' | 'citeMla' | 'citeChicago';
  /** Written into the page; the others are added by the browser. */
  readonly inPage: boolean;
  format(record: CitableArticle): FormattedCitation;
}

export const CITE_STYLES: readonly CiteStyle[] = [
  { key: 'gbt2025', label: 'citeGbt2025', inPage: false, format: (record) => formatGbt7714(record, { online: false }) },
  // The national standard's form for a text read online: what a Chinese citer of this archive needs.
  { key: 'gbt2025-online', label: 'citeGbt2025Online', inPage: true, format: (record) => formatGbt7714(record, { online: true }) },
  { key: 'gbt2015', label: 'citeGbt2015', inPage: false, format: (record) => formatGbt7714(record, { edition: '2015', online: false }) },
  { key: 'apa', label: 'citeApa', inPage: true, format: formatApa },
  { key: 'mla', label: 'citeMla', inPage: false, format: formatMla },
  { key: 'chicago', label: 'citeChicago', inPage: false, format: formatChicago },
];
