export { addDays, addYears, isIsoDate, noIssueReason, publicationDays, springFestival } from './calendar.ts';
export { readCorpus, type Corpus, type SeedPage } from './corpus.ts';
export { DEFAULT_OPTIONS, generateArchive, planArchive, type CountRange, type GeneratedPage, type IssuePlan, type SynthOptions } from './generate.ts';
export {
  EXPECTED_NAME, MANIFEST_NAME, prepareOutputFolder, readSeedPages, writeSyntheticArchive,
  type ArchiveTotals, type ExpectedIssue, type ExpectedPage,
} from './output.ts';
export { cleanArticle, type CleanArticle } from './ocr.ts';
export { encodeGb18030, encodePage, type LineEnding, type PageEncoding } from './encode.ts';
