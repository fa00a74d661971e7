import { describe, expect, it } from 'vitest';
import { correctionSettings, correctionUrl } from '../../src/lib/archive/corrections.ts';

describe('correctionSettings', () => {
  it('is none without a repository', () => {
    expect(correctionSettings({})).toBeUndefined();
  });

  it('takes REPOSITORY_URL and REPOSITORY_BRANCH, main by default', () => {
    expect(correctionSettings({ REPOSITORY_URL: 'https://github.com/wujin/archive/' })).toEqual({ repository: 'https://github.com/wujin/archive', branch: 'main' });
    expect(correctionSettings({ REPOSITORY_URL: 'https://github.com/wujin/archive', REPOSITORY_BRANCH: 'trunk' })).toEqual({ repository: 'https://github.com/wujin/archive', branch: 'trunk' });
  });

  it('takes GitHub Actions’ own variables, and the branch being built', () => {
    const actions = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'wujin/archive', GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main' };
    expect(correctionSettings(actions)).toEqual({ repository: 'https://github.com/wujin/archive', branch: 'main' });
    // A build of a tag edits the default branch.
    expect(correctionSettings({ ...actions, GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v1' })?.branch).toBe('main');
    // The settings win over the defaults.
    expect(correctionSettings({ ...actions, REPOSITORY_URL: 'https://github.com/other/fork' })).toEqual({ repository: 'https://github.com/other/fork', branch: 'main' });
  });

  it('refuses an address that is not a repository’s, naming the variable', () => {
    expect(() => correctionSettings({ REPOSITORY_URL: 'github.com/wujin/archive' })).toThrow(/^REPOSITORY_URL=github\.com\/wujin\/archive: give the repository's address/);
    expect(() => correctionSettings({ REPOSITORY_URL: 'https://github.com/wujin' })).toThrow(/REPOSITORY_URL/);
  });
});

describe('correctionUrl', () => {
  it('opens the web editor on the seed file at the article’s lines', () => {
    expect(correctionUrl({ repository: 'https://github.com/wujin/archive', branch: 'main' }, 'seeds/002_04e94acb881a18bc.txt', 33, 47)).toBe(
      'https://github.com/wujin/archive/edit/main/seeds/002_04e94acb881a18bc.txt#L33-L47',
    );
    expect(correctionUrl({ repository: 'https://github.com/wujin/archive', branch: 'fix/ocr' }, 'seeds/第1版 a.txt', 1, 2)).toBe(
      'https://github.com/wujin/archive/edit/fix/ocr/seeds/%E7%AC%AC1%E7%89%88%20a.txt#L1-L2',
    );
  });
});
