/** The Astro edge of the query maps: counts over the text a build loaded in full, with the names the maps keep whole. */
import { printedText } from '../archive/article.ts';
import { countQueryPairs, queryMapsFromParts, type QueryCountsPart, type QueryMaps } from '../search/query-map.ts';
import { changeableCharacters } from '../convert/index.ts';
import { loadArchive, loadScriptText } from './load.ts';

/** This build's part: a period's, handed to the build by period (src/lib/build/by-period.ts), or the whole archive's. */
export async function queryCountsPart(): Promise<QueryCountsPart> {
  const archive = await loadArchive();
  const hant = await loadScriptText('zh-hant');
  const texts = [...archive.articleById.values()].flatMap(printedText);
  const changeable = changeableCharacters('tw');
  const counts = countQueryPairs(
    texts.map((text) => [text, hant.t(text)]),
    (char) => changeable.has(char),
  );
  return { counts, names: [...archive.personNames].sort().map((name) => [name, hant.t(name)]) };
}

let maps: Promise<QueryMaps> | undefined;

/** Both maps of a build of the whole archive; a build by period makes them from its periods' parts. */
export function loadQueryMaps(): Promise<QueryMaps> {
  maps ??= queryCountsPart().then((part) => queryMapsFromParts([part]));
  return maps;
}
