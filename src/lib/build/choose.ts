/** When a build goes by period: `auto` does from this many articles, where one build's time and memory start to tell. */
import type { IssueFolder } from './plan.ts';

export const BY_PERIOD_CHOICES = ['auto', 'always', 'never'] as const;
export type ByPeriodChoice = (typeof BY_PERIOD_CHOICES)[number];

/** Measured on this project's benchmark (bench/README.md): below it, one `astro build` is the faster. */
export const BY_PERIOD_FROM_ARTICLES = 5000;

export function chooseBuildByPeriod(choice: ByPeriodChoice, folders: readonly Pick<IssueFolder, 'articles'>[]): boolean {
  if (choice !== 'auto') return choice === 'always';
  return folders.reduce((sum, folder) => sum + folder.articles, 0) >= BY_PERIOD_FROM_ARTICLES;
}
