/** What the build planner reads of the content and the code (src/lib/build/plan.ts), and what the hub reads of the content. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleMdx } from '../ingest/mdx.ts';
import { FileDigests } from './file-digests.ts';
import { filesUnder } from './file-tree.ts';
import type { IssueFolder } from './plan.ts';
import { sha256 } from './hash.ts';
import { summaryParagraphs, type ArticleEntry } from '../archive/article.ts';
import { relatedSource, type RelatedSource } from '../archive/related.ts';
import { articleTerms } from '../archive/terms.ts';
import type { IssueInput } from '../archive/archive-index.ts';
import { LoadedArticleSchema } from '../../schemas/article.ts';
import { IssueSchema } from '../../schemas/issue.ts';

const ISSUE_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The issue folders with a stamp of their files' contents: digests, read again only for files
 * whose inode, size or time changed (`digests`), so that a cache restored on another machine (a
 * fresh checkout has new file times) still matches.
 */
export function issueFolders(contentDir: string, digests: FileDigests = new FileDigests(undefined)): IssueFolder[] {
  return issueDates(contentDir)
    .sort()
    .map((date) => {
      const folder = join(contentDir, 'issues', date);
      const names = readdirSync(folder).sort();
      const stamp = names.map((name) => `${name} ${digests.digest(join(folder, name), sha256)}`).join('\n');
      return { date, articles: names.filter((name) => name.endsWith('.mdx')).length, stamp };
    });
}

/**
 * What the hub build knows of some issues (scope.ts): each article with only its summary
 * paragraphs, and each issue's pages, checked against the content's schemas. The hub renders
 * every archive-wide page from these, made once per version of a period's content, rather than
 * loading every article file of the archive on every build.
 */
export interface PeriodSummary {
  readonly articles: ArticleEntry[];
  readonly issues: IssueInput[];
  /** What each article's related articles are made from (src/lib/archive/related.ts), its terms read from its whole text. */
  readonly related: RelatedSource[];
}

export function periodSummary(contentDir: string, dates: readonly string[]): PeriodSummary {
  const articles: ArticleEntry[] = [];
  const issues: IssueInput[] = [];
  const related: RelatedSource[] = [];
  for (const date of dates) {
    const folder = join(contentDir, 'issues', date);
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (name === 'issue.json') {
        const issue = checked(IssueSchema, JSON.parse(readFileSync(path, 'utf8')), path);
        issues.push({ date: issue.date, pages: issue.pages.map(({ label, file, articles: ids, remainders }) => ({ label, file, articles: ids, remainders })) });
        continue;
      }
      if (!name.endsWith('.mdx')) continue;
      let file: ReturnType<typeof parseArticleMdx>;
      try {
        file = parseArticleMdx(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new Error(`${path}: ${(error as Error).message} (regenerate it with \`npm run ingest\`)`);
      }
      const { ocrJoins: _joins, warnings: _warnings, ...article } = checked(LoadedArticleSchema, { ...file.frontMatter, paragraphs: summaryParagraphs(file.paragraphs) }, path);
      articles.push(article);
      related.push(relatedSource(article, articleTerms(file.paragraphs)));
    }
  }
  return { articles, issues, related };
}

/** The names a summary credits (authors and photographers), sorted. */
export function creditedNames(summary: Pick<PeriodSummary, 'articles'>): string[] {
  return [...new Set(summary.articles.flatMap((a) => [...a.authors, ...a.photographers]))].sort();
}

function checked<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, value: unknown, path: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} (regenerate it with \`npm run ingest\`)`);
  return result.data;
}

/** What a build renders with: the code, the data, the config and the locked packages. */
const BUILD_INPUTS = { folders: ['src', 'data'], files: ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'] };

/**
 * A key of the code and data a step runs with (by default, all a build renders with): any change
 * to them is a change to every output of the step.
 */
export function codeKey(root: string, inputs: { folders: readonly string[]; files: readonly string[] } = BUILD_INPUTS): string {
  const hash = createHash('sha256');
  for (const folder of inputs.folders) {
    if (!existsSync(join(root, folder))) continue;
    for (const path of filesUnder(join(root, folder)).sort()) hash.update(`${folder}/${path}\n`).update(readFileSync(join(root, folder, path)));
  }
  for (const file of inputs.files) {
    if (existsSync(join(root, file))) hash.update(`${file}\n`).update(readFileSync(join(root, file)));
  }
  return hash.digest('hex').slice(0, 20);
}

/** Article files per issue folder, without reading them: enough to choose how to build. */
export function articleCounts(contentDir: string): Array<{ date: string; articles: number }> {
  return issueDates(contentDir).map((date) => ({ date, articles: readdirSync(join(contentDir, 'issues', date)).filter((name) => name.endsWith('.mdx')).length }));
}

/** The dates of the content's issue folders (`content/issues/<date>/`). */
function issueDates(contentDir: string): string[] {
  const issues = join(contentDir, 'issues');
  if (!existsSync(issues)) throw new Error(`${issues}: no issues (run \`npm run ingest\` first)`);
  return readdirSync(issues).filter((name) => ISSUE_FOLDER.test(name));
}
