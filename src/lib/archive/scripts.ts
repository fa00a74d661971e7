/**
 * The two script trees of the archive, in one table: everything that differs between the
 * Simplified and the Traditional tree, other than the converted text itself, is read from here.
 * The zh-Hans text from the seeds is the source; zh-Hant is derived from it by src/lib/convert.
 */
export const SCRIPT_TABLE = {
  'zh-hans': {
    /** First segment of every URL of the tree. */
    segment: 'zh-hans',
    /** BCP 47 tag: `<html lang>`, hreflang, Pagefind's index, the data exports' keys. */
    lang: 'zh-Hans',
    /** The script's name in its own script, for the 简/繁 toggle and the offline page. */
    label: '简体',
    /** Open Graph locale. */
    ogLocale: 'zh_CN',
    /** `?script=` of the embeds (search box, article card, web component). */
    embedParameter: 'hans',
    /** Whether the tree shows the seeds' own text (no conversion). */
    isSource: true,
    /**
     * Browser language tags (lowercased) that pick this tree on the root page; the derived trees'
     * patterns are tried first, so any other Chinese tag falls to the source tree.
     */
    browserLanguages: '^zh\\b',
  },
  'zh-hant': {
    segment: 'zh-hant',
    lang: 'zh-Hant',
    label: '繁體',
    ogLocale: 'zh_TW',
    embedParameter: 'hant',
    isSource: false,
    // Taiwan, Hong Kong and Macau, and any tag that names the script.
    browserLanguages: '^zh-(tw|hk|mo)\\b|^zh-hant\\b',
  },
} as const;

export type ScriptSegment = keyof typeof SCRIPT_TABLE;
export type ScriptInfo = (typeof SCRIPT_TABLE)[ScriptSegment];
export type LanguageTag = ScriptInfo['lang'];

export const SCRIPT_SEGMENTS = Object.keys(SCRIPT_TABLE) as ScriptSegment[];
/** The tree whose text is the seeds' own. */
export const SOURCE_SCRIPT = SCRIPT_SEGMENTS.find((script) => SCRIPT_TABLE[script].isSource)!;

/** URL segment → BCP 47 tag. */
export const SCRIPTS = Object.fromEntries(SCRIPT_SEGMENTS.map((script) => [script, SCRIPT_TABLE[script].lang])) as {
  readonly [S in ScriptSegment]: (typeof SCRIPT_TABLE)[S]['lang'];
};

export function otherScript(script: ScriptSegment): ScriptSegment {
  return SCRIPT_SEGMENTS.find((candidate) => candidate !== script)!;
}

/** The tree of a BCP 47 tag (`zh-Hant` → `zh-hant`); anything else is the source tree. */
export function scriptOfLang(lang: string | null | undefined): ScriptSegment {
  return SCRIPT_SEGMENTS.find((script) => SCRIPT_TABLE[script].lang === lang) ?? SOURCE_SCRIPT;
}

/**
 * The tree an embed asks for with `?script=` or the web component's `script` attribute: `hans` /
 * `hant`, or the full segment names that earlier embed URLs carried; anything else is the source tree.
 */
export function scriptOfEmbedParameter(value: string | null | undefined): ScriptSegment {
  return SCRIPT_SEGMENTS.find((script) => SCRIPT_TABLE[script].embedParameter === value || script === value) ?? SOURCE_SCRIPT;
}

/**
 * The root page's rules for a reader's browser languages, in the order they are tried: derived
 * trees first, their patterns being the narrower ones, so any other Chinese tag falls to the source.
 */
export function browserLanguageChoices(): Array<{ script: ScriptSegment; pattern: string }> {
  return [...SCRIPT_SEGMENTS]
    .sort((a, b) => Number(SCRIPT_TABLE[a].isSource) - Number(SCRIPT_TABLE[b].isSource))
    .map((script) => ({ script, pattern: SCRIPT_TABLE[script].browserLanguages }));
}

/** The tree for a browser's languages (`navigator.languages`), by the same rules as the root page. */
export function scriptOfBrowserLanguages(languages: readonly string[]): ScriptSegment {
  const choices = browserLanguageChoices();
  for (const language of languages) {
    const tag = language.toLowerCase();
    const choice = choices.find(({ pattern }) => new RegExp(pattern).test(tag));
    if (choice) return choice.script;
  }
  return SOURCE_SCRIPT;
}

/** One value per script, keyed by BCP 47 tag: what a reader of the data knows, not our route folders. */
export type ScriptPair<T> = { readonly [Tag in LanguageTag]: T };

/** `make` runs for each script; the result is keyed by language tag, as the data exports are. */
export function bothScripts<T>(make: (script: ScriptSegment) => T): ScriptPair<T> {
  return Object.fromEntries(SCRIPT_SEGMENTS.map((script) => [SCRIPT_TABLE[script].lang, make(script)])) as ScriptPair<T>;
}

/** Archive text in a script: the source text itself, or its conversion. */
export function inScript(script: ScriptSegment, convert: (simplified: string) => string): (simplified: string) => string {
  return SCRIPT_TABLE[script].isSource ? (text) => text : convert;
}
