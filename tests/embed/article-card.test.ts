import { describe, expect, it } from 'vitest';
import { issueDocument } from '../../src/lib/data-export/api-json.ts';
import { articleCard, cardRequest } from '../../src/lib/embed/article-card.ts';
import { fixtureIssue, fixturePublication, urls } from '../data-export/records.ts';

const document = JSON.parse(JSON.stringify(issueDocument(fixtureIssue, fixturePublication, urls))) as ReturnType<typeof issueDocument>;

describe('cardRequest', () => {
  it('reads the id and the script asked for, and fetches the issue the id names', () => {
    expect(cardRequest('?id=2024-10-13-003&script=hant', ['en'])).toEqual({ id: '2024-10-13-003', date: '2024-10-13', script: 'zh-hant', documentPath: '/api/issues/2024-10-13.json' });
    expect(cardRequest('?id=2024-10-13-003&script=hans', ['zh-TW'])!.script).toBe('zh-hans');
  });

  it('follows the reader\'s languages without a script, as the root page does', () => {
    expect(cardRequest('?id=2024-10-13-003', ['zh-TW', 'en'])!.script).toBe('zh-hant');
    expect(cardRequest('?id=2024-10-13-003', ['zh-HK'])!.script).toBe('zh-hant');
    expect(cardRequest('?id=2024-10-13-003', ['zh-Hant'])!.script).toBe('zh-hant');
    expect(cardRequest('?id=2024-10-13-003', ['en-GB', 'zh-CN'])!.script).toBe('zh-hans');
    expect(cardRequest('?id=2024-10-13-003', ['fr'])!.script).toBe('zh-hans');
  });

  it('refuses an id that names no issue', () => {
    for (const search of ['', '?id=', '?id=2024-10-13', '?id=../../etc/passwd', '?id=2024-10-13-3']) expect(cardRequest(search, []), search).toBeUndefined();
  });
});

describe('articleCard', () => {
  it('draws the card in the script asked for, linking to the article on the serving site', () => {
    expect(articleCard(document, cardRequest('?id=2024-10-13-001&script=hant', [])!)).toEqual({
      lang: 'zh-Hant',
      title: '區委常委會召開會議',
      meta: '武進日報 2024年10月13日 · 第1版',
      lead: '昨天上午，區委常委會召開會議。',
      path: '/zh-hant/2024/10/13/1/',
    });
  });

  it('has no card for an article the issue does not hold', () => {
    expect(articleCard(document, cardRequest('?id=2024-10-13-099', [])!)).toBeUndefined();
  });
});
