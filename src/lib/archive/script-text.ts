import uiFile from '../../../data/site/ui.json' with { type: 'json' };
import { UiSchema } from '../../schemas/ui.ts';
import { fillTemplate } from './format.ts';
import { SCRIPT_TABLE, type LanguageTag, type ScriptSegment } from './scripts.ts';

type UiStrings = Omit<typeof uiFile, 'about'>;
export type UiKey = { [K in keyof UiStrings]: UiStrings[K] extends string ? K : never }[keyof UiStrings];
export type UiValues = Record<string, string | number>;

/** The interface strings, validated once when the module loads: a bad ui.json stops the build. */
export const UI = (() => {
  const parsed = UiSchema.safeParse(uiFile);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ');
    throw new Error(`data/site/ui.json: ${problems}`);
  }
  return uiFile as UiStrings;
})();

/** An interface string in Simplified (the source), placeholders filled. */
export function uiString(key: UiKey, values: UiValues = {}): string {
  return fillTemplate(UI[key], values);
}

/** All text a page of one script shows goes through `t`; interface strings through `ui`. */
export interface ScriptText {
  script: ScriptSegment;
  lang: LanguageTag;
  /** Archive text (headlines, names, body) in this page's script. */
  t(text: string): string;
  /** An interface string in this page's script, with `{name}` placeholders filled. */
  ui(key: UiKey, values?: UiValues): string;
  /** 一 … 日, Monday first. */
  weekdays: string[];
}

/** `convert` turns Simplified into this script; identity for the source script. Results are cached. */
export function createScriptText(script: ScriptSegment, convert: (text: string) => string): ScriptText {
  const cache = new Map<string, string>();
  const t = (text: string) => {
    let converted = cache.get(text);
    if (converted === undefined) {
      converted = convert(text);
      cache.set(text, converted);
    }
    return converted;
  };
  return {
    script,
    lang: SCRIPT_TABLE[script].lang,
    t,
    ui: (key, values = {}) => t(uiString(key, values)),
    weekdays: UI.weekdays.map(t),
  };
}
