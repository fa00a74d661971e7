import { describe, expect, it } from 'vitest';
import { oembedDiscoveryLink, oembedDocument, type OembedRich } from '../../src/lib/data-export/oembed.ts';
import { fixtureArticles, fixturePublication, HOSTILE_TITLE, hostileText, photoWithoutTitle, realExport, urls } from './records.ts';
import { parseXml } from '../helpers/xml.ts';

const viaJson = (value: OembedRich) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

/** The `html` of a rich response must be one iframe and nothing else. */
function iframeOf(html: string) {
  const element = parseXml(html);
  expect(element.name).toBe('iframe');
  expect(element.children).toHaveLength(0);
  expect(element.text).toBe('');
  return element.attributes;
}

describe('oEmbed response', () => {
  const response = viaJson(oembedDocument(fixtureArticles[0]!, { publication: fixturePublication, urls }));

  it('has the fields type rich requires: version, type, html, width, height', () => {
    expect(response).toMatchObject({ version: '1.0', type: 'rich' });
    expect(typeof response['html']).toBe('string');
    expect(Number.isInteger(response['width'])).toBe(true);
    expect(Number.isInteger(response['height'])).toBe(true);
    expect(response['width']).toBeGreaterThan(0);
    expect(response['height']).toBeGreaterThan(0);
  });

  it('embeds the article embed page in an iframe of the declared size, titled for screen readers', () => {
    const attributes = iframeOf(response['html'] as string);
    expect(attributes['src']).toBe('https://archive.example.org/wujin/embed/article/?id=2024-10-13-001');
    expect(attributes['width']).toBe(String(response['width']));
    expect(attributes['height']).toBe(String(response['height']));
    expect(attributes['title']).toBe('区委常委会召开会议');
  });

  it('names the title, the author with their page, the provider and a cache age', () => {
    expect(response).toMatchObject({
      title: '区委常委会召开会议',
      author_name: '朱梦琪',
      author_url: 'https://archive.example.org/wujin/zh-hans/people/%E6%9C%B1%E6%A2%A6%E7%90%AA/',
      provider_name: '武进日报数字档案',
      provider_url: 'https://archive.example.org/wujin/zh-hans/',
      cache_age: 604800,
    });
  });

  it('is one response for both trees: the article as printed, and a card that follows the reader\'s languages', () => {
    // A static host cannot answer per tree without a second file per article.
    expect(iframeOf(response['html'] as string)['src']).not.toContain('script=');
    expect(oembedDiscoveryLink(fixtureArticles[0]!, 'zh-hant').href).toBe(oembedDiscoveryLink(fixtureArticles[0]!, 'zh-hans').href);
  });

  it('lists several authors without pointing at one of them', () => {
    const photo = oembedDocument(fixtureArticles.find((a) => a.id === photoWithoutTitle.id)!, { publication: fixturePublication, urls });
    expect(photo.author_name).toBe('陆新、徐芊卉');
    expect(photo).not.toHaveProperty('author_url');
  });

  it('keeps a hostile headline inside the title attribute', () => {
    const hostile = oembedDocument(fixtureArticles.find((a) => a.id === hostileText.id)!, { publication: fixturePublication, urls, width: 480, height: 300 });
    expect(hostile.html).not.toContain('<script');
    const attributes = iframeOf(hostile.html);
    expect(attributes['title']).toBe(HOSTILE_TITLE);
    expect(Object.keys(attributes).sort()).toEqual(['height', 'loading', 'src', 'style', 'title', 'width']);
    expect([hostile.width, hostile.height]).toEqual([480, 300]);
  });

  it('works for every article of content/', () => {
    const { articles, publication } = realExport();
    for (const article of articles) {
      const document = oembedDocument(article, { publication, urls });
      expect(iframeOf(document.html)['src']).toBe(urls.embed(undefined, article.id));
      expect(document.title).toBe(article.headline['zh-Hans']);
    }
  });
});

describe('oEmbed discovery link', () => {
  it('points both script trees at the article\'s response, titled in the page\'s script', () => {
    expect(oembedDiscoveryLink(fixtureArticles[0]!, 'zh-hant')).toEqual({
      rel: 'alternate',
      type: 'application/json+oembed',
      href: 'https://archive.example.org/wujin/api/oembed/2024-10-13-001.json',
      title: '區委常委會召開會議',
    });
  });

  it('leaves escaping to the renderer but drops characters no HTML document may carry', () => {
    const link = oembedDiscoveryLink({ ...fixtureArticles[0]!, headline: { 'zh-Hans': 'a\u0001<b>"&', 'zh-Hant': '' } }, 'zh-hans');
    expect(link.title).toBe('a<b>"&');
  });
});
