/** The copy-paste code the "Embed this" dialogs and the For libraries page hand out. */
import { embedSearchPath, relativeToBase, webComponentPath } from '../archive/routes.ts';
import { SCRIPT_TABLE, type ScriptSegment } from '../archive/scripts.ts';
import { escapeHtmlAttribute } from '../data-export/escape.ts';
import { HEIGHT_MESSAGE } from './messages.ts';

/** An iframe of /embed/search/ plus the few lines that let it take its content's height. */
export function searchIframeSnippet(archiveUrl: string, script: ScriptSegment, title: string, q = ''): string {
  const src = new URL(relativeToBase(embedSearchPath(script, q)), archiveUrl);
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
export function componentSnippet(archiveUrl: string, script: ScriptSegment, q = ''): string {
  const query = q ? ` q="${escapeHtmlAttribute(q)}"` : '';
  const src = new URL(relativeToBase(webComponentPath()), archiveUrl).href;
  return `<script type="module" src="${escapeHtmlAttribute(src)}"></script>\n<wujin-archive-search script="${SCRIPT_TABLE[script].embedParameter}"${query}></wujin-archive-search>`;
}

/** An article card in an iframe. */
export function articleIframeSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${escapeHtmlAttribute(embedUrl)}" title="${escapeHtmlAttribute(title)}" style="width:100%;max-width:40rem;height:16rem;border:1px solid #d9d3c7" loading="lazy"></iframe>`;
}
