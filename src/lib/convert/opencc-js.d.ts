/**
 * Types for the parts of opencc-js 1.4.2 that ship without them.
 *
 * The package's main entry (`opencc-js`: Converter, ConverterFactory, Locale …) has its own
 * declarations (`types/full.d.ts`), which this module uses; they are not repeated here. The
 * dictionary subpaths (`opencc-js/dict/STCharacters` …) have none: each default-exports one
 * dictionary as a string, `source replacement|source replacement|…`.
 */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
