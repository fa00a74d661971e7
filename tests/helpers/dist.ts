import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** Site path of the page without the base: `/zh-hans/2024/10/13/`. */
  path: string;
  file: string;
  html: string;
}

/** Every HTML page of a built site. */
export function builtPages(dist: string): BuiltPage[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
  return walk(dist).map((file) => {
    const rel = `/${relative(dist, file).split(sep).join('/')}`;
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    return { path, file, html: readFileSync(file, 'utf8') };
  });
}

/** Values of href and src attributes. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
}

export function attribute(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1];
}

/** The visible text and attribute text a reader meets, without scripts, styles and parts marked zh-Hans. */
export function readableText(html: string): string {
  return decodeEntities(
    html
      .replace(/<script(?![^>]*application\/ld\+json)[\s\S]*?<\/script>/g, ' ')
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<(\w+)[^>]*\slang="zh-Hans"[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/\s(?:content|alt|title|aria-label|placeholder)="([^"]*)"/g, ' $1 ')
      .replace(/<[^>]+>/g, ' '),
  );
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}
