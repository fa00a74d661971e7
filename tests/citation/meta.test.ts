import { describe, expect, it } from 'vitest';
import { citationMetaTags, renderMetaTags } from '../../src/lib/citation/meta.ts';
import { BASE_URL, contentRecord, fixture, FIXTURE_NAMES } from './fixtures.ts';

const suzhou = contentRecord('2024-10-13-003');
const suzhouUrl = `${BASE_URL}/zh-hans/2024/10/13/3/`;

describe('citationMetaTags', () => {
  it('gives Highwire, Dublin Core, PRISM and Open Graph tags in that order, each fact once', () => {
    expect(citationMetaTags(suzhou)).toEqual([
      { name: 'citation_title', content: '苏州丝波敦项目签约落地西太湖' },
      { name: 'citation_author', content: '朱梦琪' },
      { name: 'citation_publication_date', content: '2024/10/13' },
      { name: 'citation_language', content: 'zh-Hans' },
      { name: 'citation_firstpage', content: '1' },
      { name: 'citation_public_url', content: suzhouUrl },
      { name: 'DC.type', content: 'newspaperArticle' },
      { name: 'prism.publicationName', content: '武进日报' },
      { property: 'og:type', content: 'article' },
      { property: 'og:title', content: '苏州丝波敦项目签约落地西太湖' },
      { property: 'og:url', content: suzhouUrl },
      { property: 'og:site_name', content: '武进日报数字档案' },
      { property: 'og:locale', content: 'zh_CN' },
    ]);
  });

  it('never names a journal, which would make Zotero save a journal article, nor a URL as an identifier, which its RDF reader may take for a DOI', () => {
    for (const name of FIXTURE_NAMES) {
      const tags = citationMetaTags(fixture(name));
      expect(tags.some((tag) => tag.name === 'citation_journal_title')).toBe(false);
      expect(tags.find((tag) => tag.property === 'og:type')?.content).toBe('article');
      expect(tags.find((tag) => tag.name === 'DC.type')?.content).toBe('newspaperArticle');
      expect(tags.some((tag) => tag.name === 'DC.identifier')).toBe(false);
    }
  });

  it('repeats the author tags per author and credits a commentary to the commentator', () => {
    const two = citationMetaTags(contentRecord('2024-10-13-004'));
    expect(two.filter((tag) => tag.name === 'citation_author').map((tag) => tag.content)).toEqual(['蒋雯', '黄鑫']);
    const commentary = citationMetaTags(fixture('traditional-commentary-with-kicker-and-subtitle'));
    expect(commentary.filter((tag) => tag.name === 'citation_author').map((tag) => tag.content)).toEqual(['本報評論員']);
    expect(commentary.find((tag) => tag.name === 'citation_title')?.content).toBe('心懷山海眼有星辰 朝著未來闊步前行：熱烈祝賀區兩會閉幕');
    expect(citationMetaTags(fixture('unsigned-news')).some((tag) => tag.name === 'citation_author')).toBe(false);
  });

  it('gives the Traditional tree its locale and language', () => {
    const tags = citationMetaTags(fixture('traditional-single-author'));
    expect(tags.find((tag) => tag.property === 'og:locale')?.content).toBe('zh_TW');
    expect(tags.find((tag) => tag.name === 'citation_language')?.content).toBe('zh-Hant');
    expect(tags.find((tag) => tag.name === 'prism.publicationName')?.content).toBe('武進日報');
  });

  it('names a photo item’s photographers as contributors, not authors, and the place of publication, in the EPrints terms Zotero reads', () => {
    const photo = { ...fixture('traditional-photo-devised-title'), authors: ['吉宇', '王子鵬'], photographers: ['吉宇', '王子鵬'], place: '常州' };
    const tags = citationMetaTags(photo);
    expect(tags.some((tag) => tag.name === 'citation_author')).toBe(false);
    expect(tags.filter((tag) => tag.name === 'eprints.contributors_name').map((tag) => tag.content)).toEqual(['吉宇', '王子鵬']);
    expect(tags.find((tag) => tag.name === 'eprints.place_of_pub')?.content).toBe('常州');
    // The reporter of the text stays an author; the one credited for the photographs is a contributor.
    const both = citationMetaTags({ ...photo, authors: ['朱梦琪', '吉宇'], photographers: ['吉宇'] });
    expect(both.filter((tag) => tag.name === 'citation_author').map((tag) => tag.content)).toEqual(['朱梦琪']);
  });

  it('brackets a devised title for reference managers but not in link previews', () => {
    const tags = citationMetaTags(fixture('traditional-photo-devised-title'));
    expect(tags.find((tag) => tag.name === 'citation_title')?.content).toBe('[圖片新聞：常州西太湖醫院集體檢、醫療、康復、療休養於一體]');
    expect(tags.find((tag) => tag.property === 'og:title')?.content).toBe('圖片新聞：常州西太湖醫院集體檢、醫療、康復、療休養於一體');
  });
});

describe('renderMetaTags', () => {
  it('escapes every value into its attribute', () => {
    const html = renderMetaTags(citationMetaTags(fixture('hostile-characters')));
    expect(html).toContain(
      '<meta name="citation_title" content="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; {50%} &amp; $5 #1 a_b \\ ~ ^ &#39;q&#39;：&lt;/script&gt;&lt;!-- {">',
    );
    expect(html).not.toMatch(/<(?!meta )/);
    expect(html.split('\n')).toHaveLength(citationMetaTags(fixture('hostile-characters')).length);
  });
});
