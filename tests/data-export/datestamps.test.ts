import { describe, expect, it } from 'vitest';
import { parseDatestampMemo, recordDatestamps } from '../../src/lib/data-export/datestamps.ts';
import { recordMetadata, staticRepositoryXml } from '../../src/lib/data-export/oai-pmh.ts';
import type { ExportArticle } from '../../src/lib/data-export/records.ts';
import { fixtureArticles, fixturePublication, GENERATED_AT, urls } from './records.ts';

const says = (article: ExportArticle) => recordMetadata(article, fixturePublication, urls);
const [first, second] = fixtureArticles as [ExportArticle, ExportArticle, ...ExportArticle[]];
const retitled = (article: ExportArticle, headline: string): ExportArticle => ({
  ...article,
  text: { ...article.text, 'zh-Hans': { ...article.text['zh-Hans'], headline } },
});

describe('OAI datestamps', () => {
  it('are the records\' own issue dates when nothing is remembered (a first build, a lost cache)', () => {
    const stamps = recordDatestamps([first, second], undefined, '2030-01-01', says);
    expect(stamps.of.get(first.id)).toBe(first.date);
    expect(parseDatestampMemo('{"broken": ')).toBeUndefined();
    expect(recordDatestamps([first], parseDatestampMemo('{"broken": '), '2030-01-01', says).of.get(first.id)).toBe(first.date);
  });

  it('stay as they were while a record says the same, however new the archive gets', () => {
    const before = recordDatestamps([first, second], undefined, '2024-10-13', says);
    const after = recordDatestamps([first, second], parseDatestampMemo(JSON.stringify(before.memo)), '2030-01-01', says);
    expect([...after.of]).toEqual([...before.of]);
  });

  it('are the newest issue\'s date for a record added or changed, so an incremental harvest gets it', () => {
    const before = recordDatestamps([first], undefined, '2024-10-13', says);
    const after = recordDatestamps([retitled(first, '更正后的标题'), second], before.memo, '2030-01-01', says);
    expect(after.of.get(first.id)).toBe('2030-01-01');
    expect(after.of.get(second.id)).toBe('2030-01-01');
    expect(Object.keys(after.memo).sort()).toEqual([first.id, second.id].sort());
  });

  it('change exactly when the record\'s metadata does: every value a record writes is in what it says', () => {
    const xml = (article: ExportArticle) => staticRepositoryXml('2024.xml', [article], { publication: fixturePublication, urls, generatedAt: GENERATED_AT, datestamp: () => '2024-10-13' });
    const variants: ExportArticle[] = [
      retitled(first, '另一个标题'),
      { ...first, date: '2024-10-14' },
      { ...first, text: { ...first.text, 'zh-Hant': { ...first.text['zh-Hant'], lead: '另一段導語' } } },
      { ...first, text: { ...first.text, 'zh-Hans': { ...first.text['zh-Hans'], authors: ['王芳'] } } },
      { ...first, urls: { ...first.urls, page: { ...first.urls.page, 'zh-Hant': 'https://example.org/zh-hant/elsewhere/' } } },
    ];
    for (const variant of variants) {
      expect(xml(variant)).not.toBe(xml(first));
      expect(JSON.stringify(says(variant))).not.toBe(JSON.stringify(says(first)));
    }
  });

  it('are not made again for a record whose input is the one remembered, and are when its input changes', () => {
    const input = (key: string) => () => key;
    const before = recordDatestamps([first], undefined, '2024-10-13', says, input('code-1'));
    let made = 0;
    const counting = (article: ExportArticle) => {
      made++;
      return says(article);
    };
    const same = recordDatestamps([first], parseDatestampMemo(JSON.stringify(before.memo)), '2030-01-01', counting, input('code-1'));
    expect(made).toBe(0);
    expect(same.of.get(first.id)).toBe(first.date);
    expect(same.memo).toEqual(before.memo);
    // New code that writes the same record: looked at again, and its datestamp kept.
    const newCode = recordDatestamps([first], same.memo, '2030-01-01', counting, input('code-2'));
    expect(made).toBe(1);
    expect(newCode.of.get(first.id)).toBe(first.date);
    // New input that changes what the record says: a new datestamp.
    const changed = recordDatestamps([retitled(first, '更正后的标题')], newCode.memo, '2030-01-01', counting, input('code-3'));
    expect(changed.of.get(first.id)).toBe('2030-01-01');
  });
});
