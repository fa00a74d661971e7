/**
 * Seed file names become URLs (`/seeds/<name>`) and paths in a Git repository that is cloned
 * on every system and uploaded as a GitHub Pages artifact. A name that works on the publisher's
 * machine can still break `astro build` (`#`, `?`, `%` end or mangle a URL path), vanish from
 * the published site (the Pages artifact leaves out names that start with a dot) or fail to check
 * out on Windows (`<>:"|*\`, trailing dots and spaces, reserved device names).
 */

/** Characters a seed file name may not hold, with what each would do. */
const FORBIDDEN: ReadonlyArray<[RegExp, string]> = [
  [/[\u0000-\u001f\u007f-\u009f]/u, 'a control character (a newline or tab, for example)'],
  [/#/u, '“#”, which ends a URL path, so the page’s source link would point elsewhere'],
  [/\?/u, '“?”, which starts a URL query, so the page’s source link would point elsewhere'],
  [/%/u, '“%”, which starts an escape in a URL, so the source link would name another file'],
  [/[<>:"|*\\]/u, 'a character Windows does not allow in file names (< > : " | * \\)'],
  [/[\u2028\u2029\ufeff\ufffd]/u, 'an invisible or replacement character'],
];

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** Longest name most file systems take, in UTF-8 bytes. */
const MAX_NAME_BYTES = 255;

/** Why a seed file may not be named `name`, or undefined when the name is fine. */
export function unpublishableFileName(name: string): string | undefined {
  const problem = nameProblem(name);
  return problem ? `the file name cannot be published: it ${problem}; rename the file (and its entry in issues.json, if any)` : undefined;
}

function nameProblem(name: string): string | undefined {
  if (name.startsWith('.')) return 'starts with a dot, and GitHub Pages leaves such files out of the site';
  for (const [pattern, what] of FORBIDDEN) if (pattern.test(name)) return `holds ${what}`;
  if (/^\s|[\s.]$/u.test(name.replace(/\.txt$/, ''))) return 'starts or ends with a space or a dot';
  if (WINDOWS_DEVICE.test(name)) return 'is a device name on Windows';
  if (new TextEncoder().encode(name).length > MAX_NAME_BYTES) return `is longer than ${MAX_NAME_BYTES} bytes`;
  return undefined;
}
