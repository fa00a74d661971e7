/**
 * The browser half of an article's Cite section (src/components/CiteSection.astro): the styles
 * not written into the page, a copy button per style, and the RIS and BibTeX links, all made
 * from the record the section carries.
 */
import { wireCopyButtons } from '../embed/copy.ts';
import { CITE_STYLES } from './cite-styles.ts';
import { citationDownload, type CitationFormat } from './downloads.ts';
import type { CitableArticle } from './record.ts';
import { scriptOfLang } from '../archive/scripts.ts';

/**
 * What the page gives its Cite section's script: the record without what the page already says
 * (its URL is the canonical link, its language the document's).
 */
export interface CiteSettings {
  record: Omit<CitableArticle, 'url' | 'lang' | 'script'>;
  /** Labels of the styles the browser adds, by key, in the page's script. */
  addedStyles: Record<string, string>;
  copy: string;
  copied: string;
}

/** The article's record from what its page says: the section's settings, its canonical URL and its language. */
export function citableOfPage(settings: CiteSettings, canonical: string, lang: CitableArticle['lang']): CitableArticle {
  return { ...settings.record, url: canonical, lang, script: scriptOfLang(lang) };
}

export function wireCiteSection(section: HTMLElement): void {
  const source = section.querySelector('script[data-cite-settings]');
  const settings = source?.textContent ? (JSON.parse(source.textContent) as CiteSettings) : undefined;
  if (!settings) return;
  const record = citableOfPage(settings, document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href, document.documentElement.lang as CitableArticle['lang']);
  addStyles(section, record, settings.addedStyles);
  for (const style of section.querySelectorAll<HTMLElement>('.cite-style dd > span[id]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-small';
    button.dataset.copy = style.id;
    button.dataset.copied = settings.copied;
    button.textContent = settings.copy;
    style.after(button);
  }
  wireCopyButtons(section);
  for (const link of section.querySelectorAll<HTMLAnchorElement>('a[data-cite-download]')) {
    const file = citationDownload(record, link.dataset.citeDownload as CitationFormat);
    link.href = URL.createObjectURL(new Blob([file.text], { type: `${file.mediaType};charset=utf-8` }));
    link.download = file.fileName;
    link.type = file.mediaType;
  }
  section.querySelector<HTMLElement>('.cite-downloads')!.hidden = false;
}

/** Each style the page lacks, in CITE_STYLES order among those it has. */
function addStyles(section: HTMLElement, record: CitableArticle, labels: Record<string, string>): void {
  const list = section.querySelector('.cite-styles')!;
  let previous: Element | null = null;
  for (const style of CITE_STYLES) {
    const present = list.querySelector(`[data-cite-style="${style.key}"]`);
    if (present) {
      previous = present;
      continue;
    }
    const label = labels[style.key];
    if (label === undefined) continue;
    const item = document.createElement('div');
    item.className = 'cite-style';
    item.dataset.citeStyle = style.key;
    const term = document.createElement('dt');
    term.textContent = label;
    const value = document.createElement('dd');
    const text = document.createElement('span');
    text.id = `cite-${style.key}`;
    // The formatter's HTML escapes all archive text; it adds only <cite>.
    text.innerHTML = style.format(record).html;
    value.append(text);
    item.append(term, value);
    if (previous) previous.after(item);
    else list.prepend(item);
    previous = item;
  }
}
