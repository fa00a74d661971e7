import { z } from 'astro/zod';

/** Front matter of one generated article (`content/issues/<date>/<nnn>.mdx`). */
export const ArticleSchema = z.object({
  /** Stable identifier, `<date>-<nnn>`: the issue date and the article's order in it. */
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}-\d{3}$/),
  /** Publication date of the issue, `YYYY-MM-DD`. */
  date: z.iso.date(),
  /** Page label as printed (版次). */
  page: z.string().min(1),
  /** Position of the article in the whole issue, from 1; the last segment of its URL. */
  order: z.number().int().positive(),
  /** news (has a dateline or a reporter's byline), commentary (□ 本报评论员), photo (a caption). */
  kind: z.enum(['news', 'commentary', 'photo']),
  /** 引题: the line above the main title. */
  kicker: z.string().optional(),
  /** 主题: the main title; a photo has none. Line breaks in print are single spaces. */
  title: z.string().optional(),
  /** 副题: the line below the main title. */
  subtitle: z.string().optional(),
  /** `本报讯（记者 …）` as printed, taken off the first paragraph. */
  dateline: z.string().optional(),
  /** `□ 记者 …` as printed. */
  byline: z.string().optional(),
  /** A photo's credit as printed, `陆新 徐芊卉 摄`. */
  credit: z.string().optional(),
  /** People credited in the dateline, byline or photo credit (a photo's photographers too). */
  authors: z.array(z.string()),
  /** Photographers named in a photo credit. */
  photographers: z.array(z.string()),
  /** Where the article stands in its seed file. */
  source: z.object({
    file: z.string(),
    startLine: z.number().int().positive(),
    endLine: z.number().int().positive(),
  }),
  /** First lines of paragraphs that OCR broke off and ingest joined to the one before. */
  ocrJoins: z.array(z.number().int().positive()),
  /** What ingest was unsure of for this article. */
  warnings: z.array(z.string()),
});

export type Article = z.infer<typeof ArticleSchema>;

/**
 * An article as the site's content collection holds it: the front matter and the body's
 * paragraphs, read from the file once (src/lib/site/article-loader.ts).
 */
export const LoadedArticleSchema = ArticleSchema.extend({
  /** Body paragraphs in reading order; for a photo, its caption. */
  paragraphs: z.array(z.string()),
});

export type LoadedArticle = z.infer<typeof LoadedArticleSchema>;
