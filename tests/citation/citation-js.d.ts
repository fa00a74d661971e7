/**
 * Types for the parts of citation.js 0.8 the citation tests use; the packages ship without
 * declarations. Records come back as CSL-JSON.
 */
declare module '@citation-js/core' {
  export interface CslName {
    family?: string;
    given?: string;
    literal?: string;
  }

  export interface CslDate {
    'date-parts'?: number[][];
    raw?: string;
  }

  export interface CslItem {
    id?: string;
    'citation-key'?: string;
    type?: string;
    genre?: string;
    title?: string;
    author?: Array<CslName | string>;
    /** Where citation.js's RIS reader puts the AU of a NEWS record: a string for one, a list for more. */
    reporter?: string | Array<CslName | string>;
    'container-title'?: string;
    issued?: CslDate;
    accessed?: CslDate;
    page?: string;
    URL?: string;
    language?: string;
    'publisher-place'?: string;
  }

  export class Cite {
    constructor(data: unknown);
    data: CslItem[];
  }

  export const plugins: {
    input: {
      /** One parsing step: a RIS file becomes its records as tag → value objects. */
      chainLink(data: unknown): unknown;
    };
  };
}

declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
