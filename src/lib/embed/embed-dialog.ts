/**
 * The "Embed this" button and dialog (src/components/EmbedDialog.astro), built in the browser:
 * the button works only with JavaScript, so the page carries its settings, not its markup.
 */
import { wireCopyButtons } from './copy.ts';
import { articleIframeSnippet } from './snippets.ts';

/** A way to embed: its code, or for an article card the card's URL and title, from which the code is written. */
export type EmbedSnippet = { label: string; code: string } | { label: string; articleCard: { src: string; title: string } };

export interface EmbedDialogSettings {
  labels: { open: string; intro: string; copy: string; copied: string; close: string };
  snippets: EmbedSnippet[];
}

export function snippetCode(snippet: EmbedSnippet): string {
  return 'code' in snippet ? snippet.code : articleIframeSnippet(snippet.articleCard.src, snippet.articleCard.title);
}

export function buildEmbedDialog(root: HTMLElement): void {
  const settings = JSON.parse(root.querySelector('script[data-embed-settings]')?.textContent ?? '{}') as EmbedDialogSettings;
  if (!settings.labels) return;
  const { labels } = settings;
  const element = (tag: string, text?: string) => {
    const created = document.createElement(tag);
    if (text !== undefined) created.textContent = text;
    return created;
  };
  const dialog = document.createElement('dialog');
  const heading = element('h2', labels.open);
  heading.id = 'embed-dialog-title';
  dialog.setAttribute('aria-labelledby', heading.id);
  dialog.append(heading, element('p', labels.intro));
  settings.snippets.forEach((snippet, index) => {
    const code = snippetCode(snippet);
    const id = `embed-snippet-${index}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = snippet.label;
    const area = document.createElement('textarea');
    area.id = id;
    area.readOnly = true;
    area.rows = Math.min(8, code.split('\n').length + 1);
    area.value = code;
    const copy = button(labels.copy, 'button');
    copy.dataset.copy = id;
    copy.dataset.copied = labels.copied;
    const wrapper = element('div');
    wrapper.className = 'snippet';
    wrapper.append(label, area, copy);
    dialog.append(wrapper);
  });
  const close = document.createElement('form');
  close.method = 'dialog';
  close.append(button(labels.close, 'button button-secondary', 'submit'));
  dialog.append(close);
  const open = button(labels.open, 'button button-secondary');
  open.dataset.openEmbed = '';
  open.addEventListener('click', () => dialog.showModal());
  root.append(open, dialog);
  wireCopyButtons(root);
}

function button(text: string, className: string, type: 'button' | 'submit' = 'button'): HTMLButtonElement {
  const created = document.createElement('button');
  created.type = type;
  created.className = className;
  created.textContent = text;
  return created;
}
