/**
 * Article files. The body is one `<p>{"…"}</p>` per paragraph: a JSON string inside a JSX
 * expression is always text, so braces, `<script>`, `import`/`export` lines, `<!--` and
 * Markdown syntax in a seed can neither execute nor break MDX compilation, and no Markdown
 * plugin rewrites the printed text. Front matter values are JSON, which is valid YAML.
 */

export interface ArticleFile {
  frontMatter: Record<string, unknown>;
  paragraphs: string[];
}

const PARAGRAPH_LINE = /^<p>\{(".*")\}<\/p>$/;

export function renderArticleMdx(article: ArticleFile): string {
  const front = Object.entries(article.frontMatter)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  const body = article.paragraphs.map((p) => `<p>{${jsonString(p)}}</p>`).join('\n\n');
  return `---\n${front}\n---\n\n${body}\n`;
}

/** JSON.stringify leaves U+2028/U+2029 raw; escaped, every paragraph stays on one line for every reader. */
function jsonString(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Reads a file written by `renderArticleMdx` back; refuses anything else, so a check on it is strict. */
export function parseArticleMdx(source: string): ArticleFile {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('not an article file: no front matter');
  const frontMatter: Record<string, unknown> = {};
  for (const line of match[1]!.split('\n')) {
    const separator = line.indexOf(': ');
    if (separator === -1) throw new Error(`front matter line is not "key: JSON": ${line}`);
    frontMatter[line.slice(0, separator)] = JSON.parse(line.slice(separator + 2));
  }
  return { frontMatter, paragraphs: parseArticleBody(match[2]!) };
}

/** The paragraphs of an article body (the MDX after its front matter). */
function parseArticleBody(body: string): string[] {
  return body
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const paragraph = PARAGRAPH_LINE.exec(line);
      if (!paragraph) throw new Error(`body line is not a paragraph: ${line.slice(0, 60)}`);
      return JSON.parse(paragraph[1]!) as string;
    });
}
