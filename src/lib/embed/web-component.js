// @ts-check
/* <wujin-archive-search>: the archive's search on any page with one script tag,
     <script type="module" src="https://<archive>/embed.js"></script>
     <wujin-archive-search script="hant" q="签约"></wujin-archive-search>
   It frames /embed/search/ inside its Shadow DOM, so the host page's CSS cannot reach it and
   its own cannot leak out, and it grows with the results (the frame posts its height).
   Served from /embed.js (src/pages/embed.js.ts) with one line put in front of it,
     const EMBED = { heightMessage, sourceParameter, titles: { hans: …, hant: … } };
   (the message name of src/lib/embed/messages.ts, the script table's embed parameters and each
   script's frame title from data/site/ui.json); no framework, no build step. */

const HEIGHT_MESSAGE = EMBED.heightMessage;
// embed.js sits at the archive's base: the archive is wherever this module was loaded from.
const archive = new URL('./', import.meta.url);

const style = `
  :host { display: block; max-width: 100%; }
  :host([hidden]) { display: none; }
  iframe { display: block; width: 100%; height: var(--wujin-archive-initial-height, 9rem); border: var(--wujin-archive-border, 1px solid #d9d3c7); border-radius: var(--wujin-archive-radius, 6px); background: transparent; }
`;

class WujinArchiveSearch extends HTMLElement {
  static observedAttributes = ['script', 'q', 'label'];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const sheet = document.createElement('style');
    sheet.textContent = style;
    this.frame = document.createElement('iframe');
    this.frame.loading = 'lazy';
    this.frame.setAttribute('allow', '');
    root.append(sheet, this.frame);
    this.onMessage = (/** @type {MessageEvent} */ event) => {
      if (event.source !== this.frame.contentWindow || event.origin !== archive.origin) return;
      const height = event.data?.type === HEIGHT_MESSAGE ? Number(event.data.height) : NaN;
      if (Number.isFinite(height) && height >= 0) this.frame.style.height = `${Math.ceil(height)}px`;
    };
  }

  connectedCallback() {
    window.addEventListener('message', this.onMessage);
    this.update();
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
  }

  attributeChangedCallback() {
    if (this.isConnected) this.update();
  }

  update() {
    const src = new URL('embed/search/', archive);
    const script = this.getAttribute('script');
    const parameter = script !== null && script in EMBED.titles ? script : EMBED.sourceParameter;
    src.searchParams.set('script', parameter);
    const q = this.getAttribute('q');
    if (q) src.searchParams.set('q', q);
    this.frame.title = this.getAttribute('label') ?? EMBED.titles[parameter] ?? '';
    if (this.frame.src !== src.href) this.frame.src = src.href;
  }
}

if (!customElements.get('wujin-archive-search')) customElements.define('wujin-archive-search', WujinArchiveSearch);
