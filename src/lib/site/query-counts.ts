/** The Astro edge of the query maps: this build's counts, or the periods' counts the hub adds up. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARTS_VARIABLE } from '../build/scope.ts';
import { printedText } from '../archive/article.ts';
import { countQueryPairs, queryMapsFromCounts, type QueryCounts, type QueryMaps } from '../search/query-map.ts';
import { changeableCharacters } from '../convert/index.ts';
import { buildScope } from './build-scope.ts';
import { loadArchive, loadScriptText } from './load.ts';

/** Counts over the text this build loaded in full. */
export async function periodQueryCounts(): Promise<QueryCounts> {
  const archive = await loadArchive();
  const hant = await loadScriptText('zh-hant');
  const texts = [...archive.articleById.values()].flatMap(printedText);
  const changeable = changeableCharacters('tw');
  return countQueryPairs(
    texts.map((text) => [text, hant.t(text)]),
    (char) => changeable.has(char),
  );
}

/** The file names of the periods' counts in the parts folder. */
export const QUERY_COUNTS_FILE = /^query-counts-.+\.json$/;

let maps: Promise<QueryMaps> | undefined;

/** Both maps: from this build's text, or in the hub from every period's counts. */
export function loadQueryMaps(): Promise<QueryMaps> {
  maps ??= (async () => {
    const archive = await loadArchive();
    const hant = await loadScriptText('zh-hant');
    let parts: QueryCounts[];
    if (buildScope.kind === 'hub') {
      const folder = process.env[PARTS_VARIABLE];
      if (!folder) throw new Error(`the hub build needs ${PARTS_VARIABLE}, the folder of the periods' parts (scripts/build.ts sets it)`);
      parts = readdirSync(folder)
        .filter((name) => QUERY_COUNTS_FILE.test(name))
        .sort()
        .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as QueryCounts);
    } else {
      parts = [await periodQueryCounts()];
    }
    return queryMapsFromCounts(parts, [...archive.personNames].map((name) => [name, hant.t(name)]));
  })();
  return maps;
}
