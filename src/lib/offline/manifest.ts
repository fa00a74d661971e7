import { homePath, iconPath, withBase } from '../archive/routes.ts';
import { SCRIPTS, type ScriptSegment } from '../archive/scripts.ts';
import { ICON_BACKGROUND, ICONS } from './icons.ts';

export interface WebAppManifestInput {
  script: ScriptSegment;
  base: string;
  /** Site name and tagline, already in the script's characters. */
  name: string;
  shortName: string;
  description: string;
}

/**
 * The web app manifest of one script tree. Its `id` and `start_url` are the tree's home, so a
 * reader who installs the Traditional archive gets an app that opens in Traditional; `scope` is
 * the whole base, so links to the other script stay inside the app.
 */
export function webAppManifest({ script, base, name, shortName, description }: WebAppManifestInput) {
  const start = withBase(base, homePath(script));
  return {
    id: start,
    name,
    short_name: shortName,
    description,
    lang: SCRIPTS[script],
    dir: 'ltr',
    start_url: start,
    scope: withBase(base, '/'),
    display: 'standalone',
    background_color: '#fdfcf8',
    theme_color: ICON_BACKGROUND,
    icons: ICONS.filter((icon) => icon.file.startsWith('icon-') || icon.purpose === 'maskable').map((icon) => ({
      src: withBase(base, iconPath(icon.file)),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
