import { describe, expect, it } from 'vitest';
import { formatApa } from '../../src/lib/citation/apa.ts';
import { formatChicago } from '../../src/lib/citation/chicago.ts';
import { formatGbt7714 } from '../../src/lib/citation/gbt7714.ts';
import { formatMla } from '../../src/lib/citation/mla.ts';
import type { CitableArticle } from '../../src/lib/citation/record.ts';
import { BASE_URL, contentRecord, fixture } from './fixtures.ts';

/** 2024-10-13-003, 苏州丝波敦项目签约落地西太湖 by 朱梦琪, as content/ has it. */
const suzhou = contentRecord('2024-10-13-003');
const suzhouRead = contentRecord('2024-10-13-003', { accessed: '2026-11-23' });
const suzhouUrl = `${BASE_URL}/zh-hans/2024/10/13/3/`;
const suzhouTraditional = fixture('traditional-single-author');
const twoAuthors = contentRecord('2024-10-13-004');
const fourAuthors = fixture('four-authors');
const sevenAuthors = fixture('seven-authors');
const commentary = fixture('traditional-commentary-with-kicker-and-subtitle');
const photo = fixture('traditional-photo-devised-title');
const unsigned = fixture('unsigned-news');
const hostile = fixture('hostile-characters');

describe('GB/T 7714—2025', () => {
  it('cites the real article in print form', () => {
    expect(formatGbt7714(suzhou, { online: false }).text).toBe('朱梦琪. 苏州丝波敦项目签约落地西太湖[N]. 武进日报，2024-10-13（1）.');
  });

  it('cites it in online form: [N/OL] and the URL, no access date for a newspaper article (§8.5.3)', () => {
    const expected = `朱梦琪. 苏州丝波敦项目签约落地西太湖[N/OL]. 武进日报，2024-10-13（1）. ${suzhouUrl}.`;
    expect(formatGbt7714(suzhou).text).toBe(expected);
    expect(formatGbt7714(suzhouRead).text).toBe(expected);
  });

  it('writes the Traditional tree with its own strings and the same marks', () => {
    expect(formatGbt7714(suzhouTraditional).text).toBe(
      '朱夢琪. 蘇州絲波敦項目簽約落地西太湖[N/OL]. 武進日報，2024-10-13（1）. https://example.github.io/wujin-archive/zh-hant/2024/10/13/3/.',
    );
  });

  it('lists up to three authors and cuts four to three and 等', () => {
    expect(formatGbt7714(twoAuthors, { online: false }).text).toBe('蒋雯，黄鑫. 我区开展2024年第五个“学习日”活动[N]. 武进日报，2024-10-13（1）.');
    expect(formatGbt7714(fourAuthors, { online: false }).text).toBe('钱小芳，徐梦超，汤乃颖，等. 四位作者的稿件[N]. 武进日报，2024-08-28（2）.');
  });

  it('starts with the title when nobody is named, and joins the subtitle with a colon', () => {
    expect(formatGbt7714(unsigned, { online: false }).text).toBe('一则没有署名的消息：副题没有破折号[N]. 武进日报，2024-12-07（2）.');
  });

  it('credits an unsigned commentary to the paper’s commentator, without the subtitle’s dash', () => {
    expect(formatGbt7714(commentary, { online: false }).text).toBe(
      '本報評論員. 心懷山海眼有星辰 朝著未來闊步前行：熱烈祝賀區兩會閉幕[N]. 武進日報，2024-01-13（1）.',
    );
  });

  it('brackets a title the archive devised (§7.2.1)', () => {
    expect(formatGbt7714(photo, { online: false }).text).toBe(
      '吉宇，王子鵬. [圖片新聞：常州西太湖醫院集體檢、醫療、康復、療休養於一體][N]. 武進日報，2024-01-13（1）.',
    );
  });
});

describe('GB/T 7714—2015', () => {
  it('uses half-width marks in print form', () => {
    expect(formatGbt7714(suzhou, { edition: '2015', online: false }).text).toBe('朱梦琪. 苏州丝波敦项目签约落地西太湖[N]. 武进日报, 2024-10-13(1).');
  });

  it('adds the access date before the URL in online form', () => {
    expect(formatGbt7714(suzhouRead, { edition: '2015' }).text).toBe(`朱梦琪. 苏州丝波敦项目签约落地西太湖[N/OL]. 武进日报, 2024-10-13(1)[2026-11-23]. ${suzhouUrl}.`);
  });

  it('cuts authors after three and joins the subtitle with ": "', () => {
    expect(formatGbt7714(fourAuthors, { edition: '2015', online: false }).text).toBe('钱小芳, 徐梦超, 汤乃颖, 等. 四位作者的稿件[N]. 武进日报, 2024-08-28(2).');
    expect(formatGbt7714(commentary, { edition: '2015', online: false }).text).toBe(
      '本報評論員. 心懷山海眼有星辰 朝著未來闊步前行: 熱烈祝賀區兩會閉幕[N]. 武進日報, 2024-01-13(1).',
    );
  });
});

describe('APA 7 (Chinese adaptation)', () => {
  it('dates the Chinese way and italicises the newspaper in HTML', () => {
    const apa = formatApa(suzhou);
    expect(apa.text).toBe(`朱梦琪（2024年10月13日）。苏州丝波敦项目签约落地西太湖。武进日报，1版。${suzhouUrl}`);
    expect(apa.html).toBe(`朱梦琪（2024年10月13日）。苏州丝波敦项目签约落地西太湖。<cite>武进日报</cite>，1版。${suzhouUrl}`);
  });

  it('writes the Traditional tree', () => {
    expect(formatApa(suzhouTraditional).text).toBe('朱夢琪（2024年10月13日）。蘇州絲波敦項目簽約落地西太湖。武進日報，1版。https://example.github.io/wujin-archive/zh-hant/2024/10/13/3/');
  });

  it('names every author up to twenty, separated by 、', () => {
    expect(formatApa(sevenAuthors).text).toBe(
      `钱小芳、徐梦超、汤乃颖、何晓丹、史莲寅、吴梦婷、朱梦琪（2024年8月28日）。七位作者的稿件。武进日报，A3版。${BASE_URL}/zh-hans/2024/08/28/5/`,
    );
    const many: CitableArticle = { ...sevenAuthors, authors: Array.from({ length: 21 }, (_, index) => `作者${index + 1}`) };
    expect(formatApa(many).text).toMatch(/^作者1、.*、作者19……作者21（2024年8月28日）/);
    expect(formatApa(many).text).not.toContain('作者20');
  });

  it('gives a commentary the group author and moves the title forward when nobody is named', () => {
    expect(formatApa(commentary).text).toBe(
      '本報評論員（2024年1月13日）。心懷山海眼有星辰 朝著未來闊步前行：熱烈祝賀區兩會閉幕。武進日報，1版。https://example.github.io/wujin-archive/zh-hant/2024/01/13/2/',
    );
    expect(formatApa(unsigned).text).toBe(`一则没有署名的消息：副题没有破折号（2024年12月7日）。武进日报，2版。${BASE_URL}/zh-hans/2024/12/07/4/`);
  });

  it('brackets a devised title', () => {
    expect(formatApa(photo).text).toBe(
      '吉宇、王子鵬（2024年1月13日）。[圖片新聞：常州西太湖醫院集體檢、醫療、康復、療休養於一體]。武進日報，1版。https://example.github.io/wujin-archive/zh-hant/2024/01/13/3/',
    );
  });
});

describe('MLA 9 (Chinese adaptation)', () => {
  it('names the newspaper and the archive as two containers, with the access date when known', () => {
    expect(formatMla(suzhouRead).text).toBe(
      '朱梦琪。《苏州丝波敦项目签约落地西太湖》。《武进日报》，2024年10月13日，第1版。《武进日报数字档案》，example.github.io/wujin-archive/zh-hans/2024/10/13/3/。访问日期：2026年11月23日。',
    );
  });

  it('writes the Traditional tree with 〈〉 around the article title', () => {
    expect(formatMla(suzhouTraditional).text).toBe(
      '朱夢琪。〈蘇州絲波敦項目簽約落地西太湖〉。《武進日報》，2024年10月13日，第1版。《武進日報數字檔案》，example.github.io/wujin-archive/zh-hant/2024/10/13/3/。瀏覽日期：2026年11月23日。',
    );
  });

  it('joins two authors and gives the first of three or more with 等', () => {
    expect(formatMla(twoAuthors).text).toMatch(/^蒋雯、黄鑫。《我区开展2024年第五个“学习日”活动》。/);
    expect(formatMla(fourAuthors).text).toBe(`钱小芳等。《四位作者的稿件》。《武进日报》，2024年8月28日，第2版。example.github.io/wujin-archive/zh-hans/2024/08/28/2/。`);
  });

  it('starts a commentary and an unsigned piece with the title', () => {
    expect(formatMla(commentary).text).toBe(
      '〈心懷山海眼有星辰 朝著未來闊步前行：熱烈祝賀區兩會閉幕〉。《武進日報》，2024年1月13日，第1版。《武進日報數字檔案》，example.github.io/wujin-archive/zh-hant/2024/01/13/2/。',
    );
    expect(formatMla(unsigned).text).toBe(`《一则没有署名的消息：副题没有破折号》。《武进日报》，2024年12月7日，第2版。example.github.io/wujin-archive/zh-hans/2024/12/07/4/。`);
  });

  it('brackets a devised title instead of marking it as a title', () => {
    expect(formatMla(photo).text).toBe(
      '吉宇、王子鵬。[圖片新聞：常州西太湖醫院集體檢、醫療、康復、療休養於一體]。《武進日報》，2024年1月13日，第1版。example.github.io/wujin-archive/zh-hant/2024/01/13/3/。',
    );
  });
});

describe('Chicago notes-bibliography (Chinese adaptation)', () => {
  it('runs the date on after the newspaper and ends with the URL', () => {
    expect(formatChicago(suzhouRead).text).toBe(`朱梦琪：《苏州丝波敦项目签约落地西太湖》，《武进日报》2024年10月13日，第1版，${suzhouUrl}。`);
  });

  it('writes the Traditional tree with 〈〉 around the article title', () => {
    expect(formatChicago(suzhouTraditional).text).toBe(
      '朱夢琪：〈蘇州絲波敦項目簽約落地西太湖〉，《武進日報》2024年10月13日，第1版，https://example.github.io/wujin-archive/zh-hant/2024/10/13/3/。',
    );
  });

  it('lists up to six authors and cuts seven to three and 等 (CMOS 18th edition)', () => {
    expect(formatChicago(fourAuthors).text).toBe(`钱小芳、徐梦超、汤乃颖、何晓丹：《四位作者的稿件》，《武进日报》2024年8月28日，第2版，${BASE_URL}/zh-hans/2024/08/28/2/。`);
    expect(formatChicago(sevenAuthors).text).toBe(`钱小芳、徐梦超、汤乃颖等：《七位作者的稿件》，《武进日报》2024年8月28日，第A3版，${BASE_URL}/zh-hans/2024/08/28/5/。`);
  });

  it('credits a commentary to the commentator and starts an unsigned piece with its title', () => {
    expect(formatChicago(commentary).text).toBe(
      '本報評論員：〈心懷山海眼有星辰 朝著未來闊步前行：熱烈祝賀區兩會閉幕〉，《武進日報》2024年1月13日，第1版，https://example.github.io/wujin-archive/zh-hant/2024/01/13/2/。',
    );
    expect(formatChicago(unsigned).text).toBe(`《一则没有署名的消息：副题没有破折号》，《武进日报》2024年12月7日，第2版，${BASE_URL}/zh-hans/2024/12/07/4/。`);
  });

  it('brackets a devised title', () => {
    expect(formatChicago(photo).text).toBe(
      '吉宇、王子鵬：[圖片新聞：常州西太湖醫院集體檢、醫療、康復、療休養於一體]，《武進日報》2024年1月13日，第1版，https://example.github.io/wujin-archive/zh-hant/2024/01/13/3/。',
    );
  });
});

describe('hostile characters in titles and names', () => {
  const styles = [
    ['GB/T 7714', (record: CitableArticle) => formatGbt7714(record)],
    ['APA', formatApa],
    ['MLA', formatMla],
    ['Chicago', formatChicago],
  ] as const;

  it.each(styles)('%s keeps the text verbatim and escapes all of it in HTML', (_, format) => {
    const { text, html } = format(hostile);
    expect(text).toContain(`<script>alert("x")</script> {50%} & $5 #1 a_b \\ ~ ^ 'q'`);
    expect(text).toContain('</script><!-- {');
    expect(html).not.toMatch(/<(?!\/?cite>)/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; {50%} &amp; $5 #1 a_b \\ ~ ^ &#39;q&#39;');
    expect(html).toContain('王&amp;五');
  });

  it('gives the exact GB/T entry', () => {
    expect(formatGbt7714(hostile).text).toBe(
      `王&五，李{四}. <script>alert("x")</script> {50%} & $5 #1 a_b \\ ~ ^ 'q'：</script><!-- {[N/OL]. 武进日报，2024-12-07（3）. ${BASE_URL}/zh-hans/2024/12/07/9/?q={a}&b=%22.`,
    );
  });
});

describe('bad records', () => {
  it('refuse to be cited rather than print nonsense', () => {
    expect(() => formatGbt7714({ ...suzhou, date: '2024-13-01' })).toThrow(/YYYY-MM-DD/);
    expect(() => formatApa({ ...suzhou, url: '/zh-hans/2024/10/13/3/' })).toThrow(/absolute URL/);
    expect(() => formatMla({ ...suzhou, url: 'javascript:alert(1)' })).toThrow(/http\(s\)/);
    expect(() => formatChicago({ ...suzhou, title: ' ' })).toThrow(/no title/);
    expect(() => formatGbt7714({ ...suzhou, accessed: '23.11.2026' })).toThrow(/access date/);
  });
});
