/** The copy-paste code the "Embed this" dialogs and the For libraries page hand out. */
import { escapeHtmlAttribute } from '../data-export/escape.ts';
import { HEIGHT_MESSAGE } from './messages.ts';

const short = (script: 'zh-hans' | 'zh-hant') => (script === 'zh-hant' ? 'hant' : 'hans');

/** An iframe of /embed/search/ plus the few lines that let it take its content's height. */
export function searchIframeSnippet(archiveUrl: string, script: 'zh-hans' | 'zh-hant', title: string, q = ''): string {
  const src = new URL('embed/search/', archiveUrl);
  src.searchParams.set('script', short(script));
  if (q) src.searchParams.set('q', q);
  return [
    `<iframe src="${escapeHtmlAttribute(src.href)}" title="${escapeHtmlAttribute(title)}" style="width:100%;height:9rem;border:1px solid #d9d3c7" loading="lazy"></iframe>`,
    '<script>',
    `  addEventListener('message', (e) => {`,
    `    if (e.origin !== ${JSON.stringify(src.origin)} || e.data?.type !== '${HEIGHT_MESSAGE}') return;`,
    `    for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';`,
    '  });',
    '</script>',
  ].join('\n');
}

/** The one-line web component. */
export function componentSnippet(archiveUrl: string, script: 'zh-hans' | 'zh-hant', q = ''): string {
  const query = q ? ` q="${escapeHtmlAttribute(q)}"` : '';
  return `<script type="module" src="${escapeHtmlAttribute(new URL('embed.js', archiveUrl).href)}"></script>\n<wujin-archive-search script="${short(script)}"${query}></wujin-archive-search>`;
}

/** An article card in an iframe. */
export function articleIframeSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${escapeHtmlAttribute(embedUrl)}" title="${escapeHtmlAttribute(title)}" style="width:100%;max-width:40rem;height:16rem;border:1px solid #d9d3c7" loading="lazy"></iframe>`;
}
