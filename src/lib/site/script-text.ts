import ui from '../../../data/site/ui.json' with { type: 'json' };
import { fillTemplate } from './format.ts';
import { SCRIPTS, type LanguageTag, type ScriptSegment } from './urls.ts';

type UiStrings = Omit<typeof ui, 'about'>;
export type UiKey = { [K in keyof UiStrings]: UiStrings[K] extends string ? K : never }[keyof UiStrings];

/** All text a page of one script shows goes through `t`; interface strings through `ui`. */
export interface ScriptText {
  script: ScriptSegment;
  lang: LanguageTag;
  /** Archive text (headlines, names, body) in this page's script. */
  t(text: string): string;
  /** An interface string, with `{name}` placeholders filled. */
  ui(key: UiKey, values?: Record<string, string | number>): string;
  /** 一 … 日, Monday first. */
  weekdays: string[];
}

/** `convert` turns Simplified into this script; identity for zh-Hans. Results are cached. */
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
    lang: SCRIPTS[script],
    t,
    ui(key, values = {}) {
      const template = ui[key] as string;
      return t(fillTemplate(template, values));
    },
    weekdays: ui.weekdays.map(t),
  };
}
