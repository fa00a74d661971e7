import type { APIRoute } from 'astro';
import { CALENDAR_DAYS, issuesByCalendarDay, nearestDays, onThisDayDocument } from '../../../lib/archive/on-this-day.ts';
import { issuePath, withBase } from '../../../lib/archive/routes.ts';
import { SCRIPT_SEGMENTS } from '../../../lib/archive/scripts.ts';
import type { IssueEntry } from '../../../lib/archive/archive-index.ts';
import { articleKey, cacheKey, conversionFingerprint } from '../../../lib/site/cache-keys.ts';
import { loadArchive, loadArticleTexts } from '../../../lib/site/load.ts';
import { ownedPaths } from '../../../lib/site/build-scope.ts';
import { siteHosting } from '../../../lib/site/site-hosting.ts';

/**
 * One calendar day's issues in every year (`/api/on-this-day/10-13.json`), for "this day in past
 * years" on the home and month pages (src/lib/site/on-this-day-client.ts): each issue's date,
 * address and front-page lead in both scripts, and the nearest days that have issues, for a day
 * that has none.
 */
async function paths() {
  const archive = await loadArchive();
  const byDay = issuesByCalendarDay(archive.issues);
  const conversion = conversionFingerprint('zh-hant', archive.personNames);
  return CALENDAR_DAYS.map((day) => {
    const issues = byDay.get(day) ?? [];
    const nearest = issues.length > 0 ? [] : nearestDays(day, (other) => byDay.has(other)).slice(0, NEAREST_DAYS);
    return {
      params: { day },
      props: { issues, nearest },
      cacheKey: cacheKey(issues.map((issue) => [issue.date, issue.articles.length, issue.articles[0] && articleKey(issue.articles[0])]), nearest, conversion),
    };
  });
}
/** Days listed for a day without issues: the reader's browser takes the first with issues of earlier years. */
const NEAREST_DAYS = 3;

export const getStaticPaths = () => ownedPaths('hub', paths);

/** An issue's address as the pages that read the file link to it: under the base, or at its year's site when the archive is split. */
const hrefOf = (path: string) => (siteHosting.split ? siteHosting.absolute(path) : withBase(import.meta.env.BASE_URL, path));

export const GET: APIRoute = async ({ props, params }) => {
  const { issues, nearest } = props as { issues: IssueEntry[]; nearest: string[] };
  const texts = await Promise.all(SCRIPT_SEGMENTS.map((script) => loadArticleTexts(script)));
  return Response.json(
    onThisDayDocument(
      params.day!,
      issues.map((issue) => ({
        date: issue.date,
        articles: issue.articles.length,
        href: SCRIPT_SEGMENTS.map((script) => hrefOf(issuePath(script, issue.date))),
        lead: issue.articles[0] ? texts.map((textOf) => textOf(issue.articles[0]!).headline) : [],
      })),
      nearest,
    ),
  );
};
