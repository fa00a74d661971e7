import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The plain baseline the benchmark compares against: the obvious Astro setup for the same
 * corpus, one MDX page per article through a glob() content collection, a bare layout, no
 * second script, no search, no caching or tuning. It is written as a throwaway project inside
 * the repository (so it resolves the same astro and @astrojs/mdx, a dev dependency for this
 * baseline alone: the site compiles no MDX) and built with the same CLI.
 */
export function writeBaselineProject(projectDir: string, contentDir: string): void {
  rmSync(projectDir, { recursive: true, force: true });
  mkdirSync(join(projectDir, 'src', 'pages'), { recursive: true });
  writeFileSync(
    join(projectDir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n`,
  );
  writeFileSync(
    join(projectDir, 'src', 'content.config.ts'),
    [
      `import { defineCollection } from 'astro:content';`,
      `import { glob } from 'astro/loaders';`,
      `import { z } from 'astro/zod';`,
      `const articles = defineCollection({`,
      `  loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(contentDir)} }),`,
      `  schema: z.object({ id: z.string(), date: z.string(), title: z.string().optional() }).passthrough(),`,
      `});`,
      `export const collections = { articles };`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(projectDir, 'src', 'pages', '[...slug].astro'),
    [
      '---',
      `import { getCollection, render } from 'astro:content';`,
      `export async function getStaticPaths() {`,
      `  const entries = await getCollection('articles');`,
      `  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));`,
      `}`,
      `const { entry } = Astro.props;`,
      `const { Content } = await render(entry);`,
      '---',
      `<html lang="zh-Hans"><head><meta charset="utf-8" /><title>{entry.data.title ?? entry.data.id}</title></head>`,
      `<body><main><h1>{entry.data.title}</h1><p>{entry.data.date}</p><Content /></main></body></html>`,
      '',
    ].join('\n'),
  );
}
