/**
 * The words of the page format itself: what datelines, bylines and photo credits are built
 * from. They are the grammar of a page, not corpus text; every sentence, headline and name the
 * generator prints comes from the seeds at run time.
 */

/** Opens a news article's first paragraph: `本报讯 (记者 朱梦琪) …`. */
export const DATELINE_PREFIX = '本报讯';
/** Stands before staff reporters' names in a credit; names before it are correspondents (通讯员). */
export const REPORTER_ROLE = '记者';
/** The byline of an unsigned editorial (`□ 本报评论员`). */
export const COMMENTATOR = '本报评论员';
/** Starts a byline paragraph of a feature or commentary. */
export const BYLINE_MARK = '□';
/** Ends a photo caption, after the photographers' names. */
export const PHOTO_CREDIT = '摄';
/** A kicker may end with it, a subtitle start with it. */
export const HEADLINE_DASH = '——';
