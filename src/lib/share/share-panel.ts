/**
 * Draws each article page's QR code (qr.ts) into its share panel, which then shows: a page read
 * without JavaScript has the address as text instead (the citation's permanent link). The code
 * is in the DOM once drawn, so the page prints with it.
 */
import { qrModules, qrPath, QUIET_ZONE } from './qr.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** `panel` is an element with `data-share` holding the address to share (the page's canonical URL). */
export function drawSharePanel(panel: HTMLElement): void {
  const address = panel.dataset.share;
  if (!address) return;
  const modules = qrModules(address);
  const svg = document.createElementNS(SVG, 'svg');
  const extent = modules.length + 2 * QUIET_ZONE;
  svg.setAttribute('viewBox', `${-QUIET_ZONE} ${-QUIET_ZONE} ${extent} ${extent}`);
  // For a camera: the panel's text says what it is for.
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  for (const [name, value] of [['x', -QUIET_ZONE], ['y', -QUIET_ZONE], ['width', extent], ['height', extent], ['fill', '#fff']] as const) background.setAttribute(name, String(value));
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', qrPath(modules));
  path.setAttribute('stroke', '#000');
  path.setAttribute('transform', 'translate(0 .5)');
  svg.append(background, path);
  panel.prepend(svg);
  panel.hidden = false;
}
