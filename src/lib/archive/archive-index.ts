/**
 * The archive as the site shows it: issues in date order with their pages and articles,
 * neighbours, calendars and people. Computed once per build from the content collections.
 */

import type { ArticleEntry } from './article.ts';
import { compareCodeUnits } from './order.ts';

export interface IssuePage {
  label: string;
  file: string;
  articles: ArticleEntry[];
  /** Printed text the ingest could not place in an article, shown as it is so that none is lost. */
  remainders: PageRemainder[];
}

export interface PageRemainder {
  text: string;
  startLine: number;
  endLine: number;
}

export interface IssueEntry {
  date: string;
  pages: IssuePage[];
  articles: ArticleEntry[];
  previous?: string;
  next?: string;
}

export interface PersonEntry {
  name: string;
  /** Newest first. */
  articles: ArticleEntry[];
  asPhotographer: number;
  asAuthor: number;
}

export interface ArchiveIndex {
  /** Oldest first. */
  issues: IssueEntry[];
  issueByDate: Map<string, IssueEntry>;
  articleById: Map<string, ArticleEntry>;
  /** Sorted by number of articles, then name. */
  people: PersonEntry[];
  /** Every credited person's name, for conversion that keeps surnames. */
  personNames: Set<string>;
}

export interface IssueInput {
  date: string;
  pages: Array<{ label: string; file: string; articles: string[]; remainders?: PageRemainder[] }>;
}

/** What the rest of the archive adds when these are one period's issues (src/lib/build/scope.ts). */
export interface ArchiveSurroundings {
  /** The issues just before and after these. */
  before?: string;
  after?: string;
  /** Every name the whole archive credits. */
  personNames?: Iterable<string>;
}

export function buildArchiveIndex(articles: ArticleEntry[], issues: IssueInput[], surroundings: ArchiveSurroundings = {}): ArchiveIndex {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const sortedIssues = [...issues].sort((a, b) => compareCodeUnits(a.date, b.date));
  const entries: IssueEntry[] = sortedIssues.map((issue, index) => {
    const pages = issue.pages.map((page) => ({
      label: page.label,
      file: page.file,
      remainders: (page.remainders ?? []).map(({ text, startLine, endLine }) => ({ text, startLine, endLine })),
      articles: page.articles.map((id) => {
        const article = articleById.get(id);
        if (!article) throw new Error(`issue ${issue.date} lists article ${id}, which has no file`);
        return article;
      }),
    }));
    return {
      date: issue.date,
      pages,
      articles: pages.flatMap((p) => p.articles),
      previous: index === 0 ? surroundings.before : sortedIssues[index - 1]!.date,
      next: index === sortedIssues.length - 1 ? surroundings.after : sortedIssues[index + 1]!.date,
    };
  });

  const people = new Map<string, PersonEntry>();
  for (const article of [...articles].sort(newestFirst)) {
    for (const name of new Set([...article.authors, ...article.photographers])) {
      const person = people.get(name) ?? { name, articles: [], asPhotographer: 0, asAuthor: 0 };
      person.articles.push(article);
      if (article.photographers.includes(name)) person.asPhotographer++;
      else person.asAuthor++;
      people.set(name, person);
    }
  }
  return {
    issues: entries,
    issueByDate: new Map(entries.map((e) => [e.date, e])),
    articleById,
    people: [...people.values()].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'zh-Hans-CN')),
    personNames: new Set([...people.keys(), ...(surroundings.personNames ?? [])]),
  };
}

function newestFirst(a: ArticleEntry, b: ArticleEntry): number {
  return compareCodeUnits(b.date, a.date) || a.order - b.order;
}

/** Issues, articles or dates grouped by the year of their date, in their order (the API's years, the corpus's, the calendars'). */
export function byYear<T extends { readonly date: string } | string>(items: Iterable<T>): Map<string, T[]> {
  return Map.groupBy(items, (item) => (typeof item === 'string' ? item : item.date).slice(0, 4));
}

/** The article before and after this one in its issue. */
export function articleNeighbours(issue: IssueEntry, article: ArticleEntry): { previous?: ArticleEntry; next?: ArticleEntry } {
  const index = issue.articles.findIndex((a) => a.id === article.id);
  return { previous: issue.articles[index - 1], next: issue.articles[index + 1] };
}
