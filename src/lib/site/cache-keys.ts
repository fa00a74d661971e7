/**
 * Cache keys for Astro's incremental builds (experimental.incrementalBuild): a page is rendered
 * again only when its key or its code changes, so a key must cover every piece of data the page
 * shows. Code is covered by Astro's module-graph hash; data read from files (the conversion
 * dictionaries) and archive-wide facts (the list of names that conversion keeps whole) are not,
 * so they enter the keys of the pages whose text they change.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDataDirectory } from '../convert/data-files.ts';
import { SCRIPT_TABLE, type ScriptSegment } from '../archive/scripts.ts';
import { hashOf } from '../build/hash.ts';
import type { ArticleEntry } from '../archive/article.ts';

/** A page's key: the hash the build by period keys its periods with, over the page's data. */
export const cacheKey = hashOf;

const articleKeys = new WeakMap<ArticleEntry, string>();

/**
 * An article's key, made once per build: the keys of pages that list many articles (a person's,
 * a month's) are made of these, not of the articles again, since a person's articles are
 * listed on several pages in two scripts.
 */
export function articleKey(article: ArticleEntry): string {
  let key = articleKeys.get(article);
  if (key === undefined) {
    key = hashOf(article);
    articleKeys.set(article, key);
  }
  return key;
}

let conversionData: string | undefined;

/**
 * What the zh-Hant text depends on besides the source: the project's conversion data, the
 * converter's code, the versions of OpenCC's and jieba's dictionaries, and the names list. The
 * conversion memo (src/lib/convert/conversion-memo.ts) outlives a build, so its key must change
 * with any of them, which Astro's hash of the page's code does not see.
 */
export function conversionFingerprint(script: ScriptSegment, personNames: Iterable<string>): string {
  if (SCRIPT_TABLE[script].isSource) return '';
  conversionData ??= (() => {
    const dataFolder = findDataDirectory();
    const root = join(dataFolder, '..', '..');
    const hash = createHash('sha256');
    const codeFolder = join(root, 'src', 'lib', 'convert');
    for (const folder of [dataFolder, codeFolder]) {
      for (const name of readdirSync(folder).sort()) hash.update(name).update(readFileSync(join(folder, name)));
    }
    for (const dictionaryPackage of ['opencc-js', '@node-rs/jieba']) hash.update(readFileSync(join(root, 'node_modules', dictionaryPackage, 'package.json')));
    return hash.digest('hex').slice(0, 16);
  })();
  return cacheKey(conversionData, [...personNames].sort());
}
