/** The browser half of the article card embed (src/pages/embed/article/index.astro). */
import { SCRIPT_TABLE, type ScriptSegment } from '../archive/scripts.ts';
import type { IssueDocument } from '../data-export/api-json.ts';
import { articleCard, cardRequest } from './article-card.ts';
import { reportHeight } from './messages.ts';

type Labels = Record<ScriptSegment, { readOn: string; missing: string; failed: string }>;

export async function drawArticleCard(root: HTMLElement): Promise<void> {
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Labels;
  const status = root.querySelector<HTMLElement>('[data-card-status]')!;
  const request = cardRequest(location.search, navigator.languages ?? [navigator.language]);
  reportHeight();
  if (!request) {
    status.textContent = Object.values(labels)[0]?.missing ?? '';
    return;
  }
  const label = labels[request.script];
  document.documentElement.lang = SCRIPT_TABLE[request.script].lang;
  document.documentElement.dataset.script = request.script;
  const base = (root.dataset.base ?? '/').replace(/\/$/, '');
  let document_: IssueDocument;
  try {
    const response = await fetch(`${base}${request.documentPath}`);
    if (response.status === 404) {
      status.textContent = label.missing;
      return;
    }
    if (!response.ok) throw new Error(String(response.status));
    document_ = (await response.json()) as IssueDocument;
  } catch {
    status.textContent = label.failed;
    return;
  }
  const card = articleCard(document_, request);
  if (!card) {
    status.textContent = label.missing;
    return;
  }
  const element = root.querySelector<HTMLElement>('[data-card]')!;
  const kicker = element.querySelector<HTMLElement>('[data-card-kicker]')!;
  kicker.textContent = card.kicker ?? '';
  kicker.hidden = !card.kicker;
  for (const link of element.querySelectorAll<HTMLAnchorElement>('a[data-card-link]')) link.href = `${base}${card.path}`;
  element.querySelector('h1 a')!.textContent = card.title;
  element.querySelector('[data-card-read-on]')!.textContent = `${label.readOn} →`;
  element.querySelector('[data-card-meta]')!.textContent = card.meta;
  element.querySelector('[data-card-lead]')!.textContent = card.lead;
  element.lang = card.lang;
  document.title = card.title;
  element.hidden = false;
  status.hidden = true;
}
