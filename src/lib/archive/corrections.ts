/**
 * Where a reader's correction of an article's text goes (issue 18): the repository's own web
 * editor on the seed file the article was read from, at its lines, so that the fix becomes a pull
 * request a maintainer reviews (CONTRIBUTING.md). The repository comes from the settings, or from
 * GitHub Actions' own variables when the archive is built there; without either, pages have no
 * link. Pure.
 */

export interface CorrectionSettings {
  /** `https://github.com/<owner>/<repo>`. */
  readonly repository: string;
  /** The branch the deploy workflow builds (`main`). */
  readonly branch: string;
}

/** The variables the settings are read from. */
export const CORRECTION_VARIABLES = { repository: 'REPOSITORY_URL', branch: 'REPOSITORY_BRANCH' } as const;

const REPOSITORY = /^https?:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+$/;

/**
 * The settings, or undefined when no repository is known. `REPOSITORY_URL` (and `REPOSITORY_BRANCH`,
 * `main` by default) name it; in GitHub Actions, `GITHUB_SERVER_URL`, `GITHUB_REPOSITORY` and the
 * branch being built do. Throws, naming the variable, for an address that is not a repository's.
 */
export function correctionSettings(env: Readonly<Record<string, string | undefined>>): CorrectionSettings | undefined {
  const given = env[CORRECTION_VARIABLES.repository]?.replace(/\/+$/, '') || undefined;
  const fromActions = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
  const repository = given ?? fromActions;
  if (repository === undefined) return undefined;
  if (!REPOSITORY.test(repository)) {
    throw new Error(`${CORRECTION_VARIABLES.repository}=${repository}: give the repository's address, https://github.com/<owner>/<repository>`);
  }
  const branchOfActions = given === undefined && env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : undefined;
  return { repository, branch: env[CORRECTION_VARIABLES.branch] || branchOfActions || 'main' };
}

/** The web editor on a seed file (its path in the repository: `seeds/002_x.txt`), at an article's lines. */
export function correctionUrl(settings: CorrectionSettings, file: string, startLine: number, endLine: number): string {
  // GitHub finds the branch in a path whose segments may belong to it (fix/ocr) or to the file.
  const segments = (value: string) => value.split('/').map(encodeURIComponent).join('/');
  return `${settings.repository}/edit/${segments(settings.branch)}/${segments(file)}#L${startLine}-L${endLine}`;
}
