import { globSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseArticleMdx, type ArticleFile } from '../ingest/mdx.ts';
import type { BuildScope } from '../build/scope.ts';

export interface ArticleLoaderOptions {
  /** The content folder, absolute or relative to the project root. */
  base: string;
  /** A period's build loads its issues (src/lib/build/scope.ts); the hub has no content loader (`noContent`). */
  scope?: BuildScope;
}

/** The issue folders a build reads: a period's dates, or all (the hub reads none: see `noContent`). */
export function issueFolders(scope: BuildScope | undefined): string {
  return scope?.kind === 'period' ? (scope.dates.length === 1 ? scope.dates[0]! : `{${scope.dates.join(',')}}`) : '*';
}
/**
 * The loader of a build that reads no content files (the hub): it empties the collection, so a
 * data store kept from an older build holds nothing either.
 */
export function noContent(name: string): Loader {
  return { name, load: async ({ store }) => store.clear() };
}

/** Part of every entry's digest: a change to what the loader stores invalidates entries cached by an older one. */
const STORED_SHAPE = 'front matter + paragraphs';

/**
 * Loads the generated article MDX files as data, the way glob() finds them (same ids:
 * `issues/2024-10-13/003`), but parses them with the ingest's own reader instead of compiling
 * each file into a Vite module. Their bodies are one JSON string per paragraph by construction
 * (src/lib/ingest/mdx.ts): the file is parsed once, its paragraphs go into the entry's data
 * with the front matter (`LoadedArticleSchema`), and pages render them; compiling tens of thousands
 * of MDX modules on every build is what made large archives slow to build and rebuild. A file
 * that is not in that form is an error naming it. Unchanged files (same digest) are skipped.
 */
export function articleLoader({ base, scope }: ArticleLoaderOptions): Loader {
  const pattern = `issues/${issueFolders(scope)}/*.mdx`;
  return {
    name: 'archive-article-loader',
    load: async ({ store, parseData, generateDigest, config, logger, watcher }) => {
      const folder = resolve(fileURLToPath(config.root), base);
      const loadFile = async (path: string) => {
        const id = relative(folder, path).split(sep).join('/').replace(/\.mdx$/, '');
        const source = readFileSync(path, 'utf8');
        const digest = generateDigest(`${STORED_SHAPE}\n${source}`);
        if (store.get(id)?.digest === digest) return id;
        let file: ArticleFile;
        try {
          file = parseArticleMdx(source);
        } catch (error) {
          throw new Error(`${relative(process.cwd(), path)}: ${(error as Error).message} (regenerate it with \`npm run ingest\`)`);
        }
        const filePath = relative(fileURLToPath(config.root), path).split(sep).join('/');
        // The paragraphs join the front matter, so the collection's schema checks the whole article once.
        const data = await parseData({ id, data: { ...file.frontMatter, paragraphs: file.paragraphs }, filePath });
        store.set({ id, data, digest, filePath });
        return id;
      };

      const seen = new Set<string>();
      for (const file of globSync(pattern, { cwd: folder })) seen.add(await loadFile(resolve(folder, file)));
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${seen.size} articles`);

      watcher?.add(folder);
      const matches = (path: string) => path.startsWith(folder) && /[\\/]issues[\\/][^\\/]+[\\/][^\\/]+\.mdx$/.test(path);
      watcher?.on('change', (path) => void (matches(path) && loadFile(path)));
      watcher?.on('add', (path) => void (matches(path) && loadFile(path)));
      watcher?.on('unlink', (path) => {
        if (matches(path)) store.delete(relative(folder, path).split(sep).join('/').replace(/\.mdx$/, ''));
      });
    },
  };
}
