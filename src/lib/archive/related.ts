/**
 * Related articles (issue 18): for each article, up to five earlier articles of other issues that
 * share its most specific terms (people, places, things named in the text) and its credited people.
 * Only earlier articles: adding a day's issue never changes the lists of the articles before it,
 * so their pages are not rendered again (the build's +1 stays the size of the day). The cost stays
 * linear in the archive: each term keeps only its latest occurrences, and a term in too many
 * articles says nothing about any of them. Pure.
 */

import { headline, people, type ArticleEntry } from './article.ts';
import { hashOf } from '../build/hash.ts';
import { compareCodeUnits } from './order.ts';

export interface RelatedInput {
  readonly id: string;
  /** `YYYY-MM-DD`: articles of the same issue are never each other's related. */
  readonly date: string;
  /** The article's terms, most specific first (terms.ts). */
  readonly terms: readonly string[];
  /** Its credited people. */
  readonly people: readonly string[];
}

export interface RelatedOptions {
  /** Articles listed at most. */
  readonly limit: number;
  /** Latest occurrences of a term that are looked at. */
  readonly postingsPerTerm: number;
  /** Telling terms (in fewer than about a third of the articles before) shared at least, besides people. */
  readonly minSharedTerms: number;
}

export const RELATED_OPTIONS: RelatedOptions = { limit: 5, postingsPerTerm: 64, minSharedTerms: 2 };

/** A credited person in common counts for less than a term: a reporter writes about many things. */
const PERSON_WEIGHT = 0.5;
/** A term counts among those shared only if it is in fewer than about a third (1/e) of the articles before. */
const TELLING_WEIGHT = 1;

/**
 * Each article's related articles (ids, best first); `articles` oldest first. `kept`: an article's
 * list made before, when it still holds (its own and every earlier article unchanged): it is not
 * ranked again, though its terms are still indexed for the articles after it.
 */
export function relatedArticles(articles: readonly RelatedInput[], options: RelatedOptions = RELATED_OPTIONS, kept: (index: number) => readonly string[] | undefined = () => undefined): Map<string, string[]> {
  const postings = new Map<string, number[]>();
  const documentFrequency = new Map<string, number>();
  const result = new Map<string, string[]>();
  const key = (kind: 't' | 'p', value: string) => `${kind}:${value}`;
  for (const [index, article] of articles.entries()) {
    const scores = new Map<number, { score: number; terms: number }>();
    const features = [...new Set(article.terms)].map((term) => key('t', term));
    const people = [...new Set(article.people)].map((person) => key('p', person));
    const known = kept(index);
    for (const feature of known ? [] : [...features, ...people]) {
      const list = postings.get(feature);
      if (!list) continue;
      const isTerm = feature.startsWith('t:');
      // Rarer is more telling; a term in most articles so far tells nothing.
      const weight = isTerm ? Math.log((index + 1) / (1 + (documentFrequency.get(feature) ?? 0))) : PERSON_WEIGHT;
      if (weight <= 0) continue;
      for (const other of list) {
        if (articles[other]!.date === article.date) continue;
        const entry = scores.get(other) ?? { score: 0, terms: 0 };
        entry.score += weight;
        if (isTerm && weight >= TELLING_WEIGHT) entry.terms += 1;
        scores.set(other, entry);
      }
    }
    const ranked =
      known ??
      [...scores]
        .filter(([, entry]) => entry.terms >= options.minSharedTerms)
        .sort(([a, x], [b, y]) => y.score - x.score || b - a)
        .slice(0, options.limit)
        .map(([other]) => articles[other]!.id);
    if (ranked.length > 0) result.set(article.id, [...ranked]);
    for (const feature of [...features, ...people]) {
      let list = postings.get(feature);
      if (!list) postings.set(feature, (list = []));
      list.push(index);
      if (list.length > options.postingsPerTerm) list.shift();
      documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
    }
  }
  return result;
}

/** A related article as its page lists it: its address's parts and its headline in Simplified (converted by the page). */
export interface RelatedEntry {
  readonly id: string;
  readonly date: string;
  readonly order: number;
  readonly title: string;
}

/** What related articles are made from, per article: its place, its headline, its people and its terms. */
export interface RelatedSource extends RelatedInput, RelatedEntry {}

/**
 * Lists made by an earlier build, by article and by the digest of it and everything before it
 * (relatedEntries): a build adding a day ranks only that day's articles.
 */
export interface RelatedMemo {
  get(key: string): readonly string[] | undefined;
  set(key: string, related: readonly string[]): void;
}

/** Each article's related entries, from the sources of the whole archive (any order). */
export function relatedEntries(sources: readonly RelatedSource[], options: RelatedOptions = RELATED_OPTIONS, memo?: RelatedMemo): Map<string, RelatedEntry[]> {
  const ordered = [...sources].sort((a, b) => compareCodeUnits(a.id, b.id));
  const byId = new Map(ordered.map((source) => [source.id, source]));
  const entry = ({ id, date, order, title }: RelatedSource): RelatedEntry => ({ id, date, order, title });
  // An article's list depends on it and every article before it: each key chains their digests.
  const keys: string[] = [];
  let chain = hashOf(options);
  for (const source of ordered) {
    chain = hashOf(chain, source.id, source.date, source.terms, source.people);
    keys.push(`${source.id} ${chain}`);
  }
  const lists = relatedArticles(ordered, options, (index) => memo?.get(keys[index]!));
  if (memo) for (const [index, source] of ordered.entries()) memo.set(keys[index]!, lists.get(source.id) ?? []);
  return new Map([...lists].map(([id, related]) => [id, related.map((other) => entry(byId.get(other)!))]));
}

/** An article's source for related articles, with its terms (terms.ts). */
export function relatedSource(article: ArticleEntry, terms: readonly string[]): RelatedSource {
  return { id: article.id, date: article.date, order: article.order, title: headline(article), people: people(article), terms };
}
