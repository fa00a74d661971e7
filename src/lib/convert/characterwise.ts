/**
 * Where the conversion of a stretch of text cannot depend on how it is cut into words.
 *
 * A phrase of the tables matters only where it converts some character otherwise than OpenCC
 * converts that character alone (头发 → 頭髮, where 发 alone is 發); of OpenCC's 49,792 phrases,
 * 9,824 do. A stretch in which no such phrase occurs, and no character that a name writes
 * otherwise (the surname 于 → 于, not 於; 里 in 基里延科), converts character by character whatever
 * its words are: the converter does not cut it (word-boundaries.ts), which spares jieba about
 * three quarters of news text. Pure.
 */
import type { ConversionTables } from './engine.ts';

/** A trie of the phrases that convert some character otherwise than alone, by UTF-16 code unit. */
interface PhraseNode {
  isPhrase: boolean;
  readonly next: Map<number, PhraseNode>;
}

/** Whether `text` from `start` to `end` may convert otherwise than character by character. */
export type NeedsWords = (text: string, start: number, end: number) => boolean;

/** Whether a phrase converts each of its characters as OpenCC converts the character alone. */
export function convertsAsCharacters(tables: Pick<ConversionTables, 'characters'>, simplified: string, traditional: string): boolean {
  const from = [...simplified];
  const to = [...traditional];
  return from.length === to.length && from.every((character, i) => to[i] === (tables.characters.get(character) ?? character));
}

/**
 * The guards among the phrases MediaWiki's table supplies (word-boundaries.ts, GUARD_FREQUENCY):
 * those that convert as their characters do.
 */
export function guardPhrases(tables: Pick<ConversionTables, 'characters' | 'phrases' | 'supplementedPhrases'>): string[] {
  return [...tables.supplementedPhrases].filter((phrase) => convertsAsCharacters(tables, phrase, tables.phrases.get(phrase) ?? ''));
}

/**
 * The test for these tables and names' forms: true where some phrase that converts a character
 * otherwise than alone occurs within the stretch, or a character that a name writes otherwise
 * (`nameForms`: surnames' forms, 于 → 于, and characters' readings in names, 里 → 里).
 */
export function needsWordsTest(tables: Pick<ConversionTables, 'phrases' | 'characters'>, nameForms: ReadonlyMap<string, string>): NeedsWords {
  const alone = (character: string) => tables.characters.get(character) ?? character;
  const root = new Map<number, PhraseNode>();
  const startsPhrase = new Uint8Array(0x10000);
  for (const [simplified, traditional] of tables.phrases) {
    if (convertsAsCharacters(tables, simplified, traditional)) continue;
    startsPhrase[simplified.charCodeAt(0)] = 1;
    let level = root;
    let node: PhraseNode | undefined;
    for (let i = 0; i < simplified.length; i += 1) {
      const code = simplified.charCodeAt(i);
      node = level.get(code);
      if (!node) level.set(code, (node = { isPhrase: false, next: new Map() }));
      level = node.next;
    }
    node!.isPhrase = true;
  }
  const nameFormDiffers = new Uint8Array(0x10000);
  for (const [written, form] of nameForms) {
    const to = [...form];
    [...written].forEach((character, i) => {
      if (to[i] !== alone(character)) nameFormDiffers[character.charCodeAt(0)] = 1;
    });
  }
  return (text, start, end) => {
    for (let position = start; position < end; position += 1) {
      const code = text.charCodeAt(position);
      if (nameFormDiffers[code] === 1) return true;
      if (startsPhrase[code] !== 1) continue;
      let node = root.get(code);
      for (let next = position + 1; node; next += 1) {
        if (node.isPhrase) return true;
        if (next >= end) break;
        node = node.next.get(text.charCodeAt(next));
      }
    }
    return false;
  };
}
