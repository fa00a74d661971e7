import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { exportIssues, FEED_NAMESPACES, feedItems, latestIssues } from '../../lib/data-export/index.ts';
import { loadExports } from '../../lib/site/exports.ts';
import { siteHosting } from '../../lib/site/site-hosting.ts';
import { loadArchive, loadScriptText, onePagePerScript } from '../../lib/site/load.ts';
import { homePath, siteUrls } from '../../lib/archive/routes.ts';
import { SCRIPTS, type ScriptSegment } from '../../lib/archive/scripts.ts';

/** How many of the newest issues a feed carries. */
const FEED_ISSUES = 10;

export const getStaticPaths = () => onePagePerScript('hub');

export const GET: APIRoute = async ({ params }) => {
  const script = params.script as ScriptSegment;
  const [text, { record }, archive] = await Promise.all([loadScriptText(script), loadExports(), loadArchive()]);
  const issues = exportIssues(latestIssues(archive.issues, FEED_ISSUES), record);
  return rss({
    title: text.ui('siteName'),
    description: text.ui('tagline'),
    site: siteUrls(siteHosting).home(script),
    items: feedItems(issues, { script, issueCount: FEED_ISSUES }),
    xmlns: FEED_NAMESPACES,
    customData: `<language>${SCRIPTS[script]}</language>`,
  });
};
