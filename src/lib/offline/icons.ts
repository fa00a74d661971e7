import sharp from 'sharp';

/** One PNG the web app manifest or the page head lists. */
export interface IconSpec {
  /** File name under `icons/`. */
  file: string;
  size: number;
  /** Android crops maskable icons to a circle or squircle: the artwork must sit in the inner 80 %. */
  purpose: 'any' | 'maskable';
}

export const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'any' },
  { file: 'favicon-32.png', size: 32, purpose: 'any' },
];

/** The ground colour of the icon, for padding the maskable variant and for `theme_color`. */
export const ICON_BACKGROUND = '#9b1c1c';

/** Renders one icon from the single SVG source. */
export async function renderIcon(svg: string | Buffer, spec: IconSpec): Promise<Buffer> {
  const source = Buffer.isBuffer(svg) ? svg : Buffer.from(svg);
  if (spec.purpose === 'any') return sharp(source, { density: 300 }).resize(spec.size, spec.size).png().toBuffer();
  const inner = Math.round(spec.size * 0.8);
  const artwork = await sharp(source, { density: 300 }).resize(inner, inner).png().toBuffer();
  const margin = Math.round((spec.size - inner) / 2);
  return sharp({ create: { width: spec.size, height: spec.size, channels: 4, background: ICON_BACKGROUND } })
    .composite([{ input: artwork, left: margin, top: margin }])
    .png()
    .toBuffer();
}
