import { describe, expect, it } from 'vitest';
import { fitsIssue, parseDatedText, renderDatedText, type IssueDates } from '../../src/lib/synth/dated-text.ts';
import { splitSentences } from '../../src/lib/synth/text.ts';
import { sampleCorpus } from './helpers.ts';

function issue(date: string): IssueDates {
  let age = 0;
  return { date, year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), nextEventOffset: () => ++age };
}

const render = (text: string, date: string, referenceYear = 2024) => renderDatedText(parseDatedText(text, referenceYear), issue(date));

describe('the corpus read from the sample seeds', () => {
  const corpus = sampleCorpus();

  it('finds the people in datelines, bylines and photo credits, and only people', () => {
    expect(corpus.reporters).toEqual(expect.arrayContaining(['朱梦琪', '徐梦超', '蒋雯', '吴梦婷', '史莲寅', '何晓丹', '李燕', '秦金宁']));
    expect(corpus.correspondents).toEqual(['钱小芳', '汤乃颖']);
    expect(corpus.photographers).toEqual(['陆新', '徐芊卉', '吉宇', '王子鹏']);
    // 蒋雯黄鑫 is two names OCR ran together: not a name to print again.
    expect([...corpus.reporters, ...corpus.correspondents].every((name) => /^\p{Script=Han}{2,3}$/u.test(name))).toBe(true);
  });

  it('takes headline phrases without sentence punctuation, and kickers with their dash', () => {
    expect(corpus.titlePhrases.length).toBeGreaterThan(25);
    expect(corpus.titlePhrases.every((t) => !/[，。！？；：\s]/u.test(t.source))).toBe(true);
    expect(corpus.dashKickers.map((t) => t.source)).toEqual([expect.stringMatching(/——$/u)]);
  });

  it('rejoins the paragraphs OCR broke before cutting sentences', () => {
    const sentences = [...corpus.leads, ...corpus.newsSentences, ...corpus.commentarySentences].map((t) => t.source);
    expect(sentences).toContain('作为智造强区，工业经济继续在我区经济社会中发挥着“压舱石”作用。');
    expect(sentences).toContain('新的一年，乘势而上、再接再厉，必然前景广阔、未来可期。');
    expect(sentences.every((s) => /[。！？…][”’」』）)]*$/u.test(s))).toBe(true);
  });

  it('keeps leads (the sentence after a dateline), commentary and captions apart', () => {
    expect(corpus.leads.some((t) => t.source.startsWith('昨天'))).toBe(true);
    expect(corpus.commentarySentences.some((t) => t.source.includes('改革'))).toBe(true);
    expect(corpus.captionSentences.map((t) => t.source)).toContain('图为项目航拍。');
  });
});

describe('sentences', () => {
  it('are cut at final punctuation, never inside quotes', () => {
    expect(splitSentences('“锐始者必图其终，成功者先计于始。”勇立潮头再出发。目前……投产……')).toEqual([
      '“锐始者必图其终，成功者先计于始。”', '勇立潮头再出发。', '目前……', '投产……',
    ]);
  });
});

describe('dates in recombined text', () => {
  it('moves event days to just before the issue, ranges included', () => {
    expect(render('10月12日，考察团来我区考察。', '2005-03-10')).toBe('3月9日，考察团来我区考察。');
    expect(render('12月4日—6日，调研。', '2005-03-10')).toBe('3月7日—9日，调研。');
    expect(render('12月4日—6日，调研。', '2005-03-02')).toBe('2月27日—3月1日，调研。');
  });

  it('keeps years at their distance from the publication year', () => {
    expect(render('回眸2023年，成绩显著。', '2005-03-10')).toBe('回眸2004年，成绩显著。');
    expect(render('工作计划（2024—2026年）。', '2005-03-10')).toBe('工作计划（2005—2007年）。');
    expect(render('区政协召开2025年度工作思路研讨会', '2010-12-01')).toBe('区政协召开2011年度工作思路研讨会');
    expect(render('今年是新中国成立75周年。', '2005-03-10')).toBe('今年是新中国成立56周年。');
  });

  it('counts statistics up to last month, and prints nothing before it can be true', () => {
    expect(render('1—7月，全区固定资产投资同比增长9.7%。', '2005-03-10')).toBe('1—2月，全区固定资产投资同比增长9.7%。');
    expect(fitsIssue(parseDatedText('1—7月，增长。', 2024), '2005-02-20')).toBe(false);
    expect(fitsIssue(parseDatedText('今年上半年，增长。', 2024), '2005-06-30')).toBe(false);
    expect(fitsIssue(parseDatedText('今年上半年，增长。', 2024), '2005-07-01')).toBe(true);
    expect(fitsIssue(parseDatedText('今年3月，总书记强调。', 2024), '2005-03-20')).toBe(false);
    const plenum = parseDatedText('学习贯彻党的二十届三中全会精神。', 2024, [{ phrase: '二十届三中全会精神', notBefore: '2024-07-18' }]);
    expect([fitsIssue(plenum, '2024-07-17'), fitsIssue(plenum, '2024-07-18')]).toEqual([false, true]);
  });
});
