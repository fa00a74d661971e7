/** The reader's choice of script tree, remembered for the root page's redirect (src/lib/site/root-choice.js). */
import { scriptOfLang } from '../archive/scripts.ts';

const KEY = 'archive-script';

function remember(lang: string | null | undefined): void {
  try {
    localStorage.setItem(KEY, scriptOfLang(lang));
  } catch {
    // Storage may be disabled; the links still work.
  }
}

/** The tree of this page, and the other tree when the header's toggle is followed. */
export function rememberScriptChoice(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-script-toggle]')) link.addEventListener('click', () => remember(link.hreflang));
  remember(document.documentElement.lang);
}
