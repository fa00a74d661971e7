/**
 * The articles of a synthetic archive (src/lib/synth, the generator of `npm run synth`) as the
 * site models them, issue by issue, without writing page dumps or running the ingest: each
 * composed article becomes what the ingest recovers from its printed page (`cleanArticle`, which
 * the synth tests check the ingest against). The same seed gives the same articles as `npm run synth`.
 */
import { readFileSync } from 'node:fs';
import type { ArticleEntry } from '../archive/article.ts';
import { parseChronology } from '../ingest/index.ts';
import { composePage, hireStaff, materialForIssue, type Staff } from '../synth/compose.ts';
import { readCorpus, type Corpus } from '../synth/corpus.ts';
import { DEFAULT_OPTIONS, planArchive, type IssuePlan, type SynthOptions } from '../synth/generate.ts';
import { cleanArticle } from '../synth/ocr.ts';
import { readSeedPages } from '../synth/output.ts';
import { createRandom } from '../synth/random.ts';

export interface SyntheticIssue {
  date: string;
  articles: ArticleEntry[];
}

export interface SyntheticArchive {
  options: SynthOptions;
  plans: IssuePlan[];
  staff: Staff;
  /** Everyone the staff roster names: the converter keeps their surnames (as the site's person names). */
  personNames: string[];
  /** Issues by index in `plans`, [from, to): each is composed from its own random streams. */
  issues(from?: number, to?: number): Generator<SyntheticIssue>;
}

export function syntheticOptions(articles: number, seed = '1'): SynthOptions {
  return { ...DEFAULT_OPTIONS, seed, articles };
}

export function readSeedCorpus(seedsDir: string): Corpus {
  const chronology = parseChronology(readFileSync(new URL('../../../data/ingest/chronology.tsv', import.meta.url), 'utf8'));
  return readCorpus(readSeedPages(seedsDir), chronology);
}

/** A synthetic archive of about `options.articles` articles; issues are composed as they are read. */
export function syntheticArchive(options: SynthOptions, corpus: Corpus): SyntheticArchive {
  const plans = planArchive(options);
  // The same streams as generateArchive (src/lib/synth/generate.ts), so the articles are the ones
  // `npm run synth` prints; composing is the first use of each page's stream.
  const staff = hireStaff(corpus, createRandom(`${options.seed}/staff`));
  const personNames = [...new Set([...staff.reporters, ...staff.correspondents, ...staff.photographers].map(([name]) => name))];
  return {
    options,
    plans,
    staff,
    personNames,
    *issues(from = 0, to = plans.length) {
      for (const plan of plans.slice(from, to)) {
        const material = materialForIssue(corpus, plan.date);
        const articles: ArticleEntry[] = [];
        for (const [position, count] of plan.articlesPerPage.entries()) {
          const page = String(position + 1);
          const random = createRandom(`${options.seed}/page/${plan.date}/${page}`);
          for (const composed of composePage(material, staff, random, count)) {
            const order = articles.length + 1;
            articles.push({
              ...cleanArticle(composed),
              id: `${plan.date}-${String(order).padStart(3, '0')}`,
              date: plan.date,
              page,
              order,
              source: { file: 'synthetic', startLine: 1, endLine: 1 },
            });
          }
        }
        yield { date: plan.date, articles };
      }
    },
  };
}
