/** What src/pages/embed.js.ts puts in front of web-component.js. */
declare const EMBED: {
  heightMessage: string;
  /** The embed parameter of the source script, for a missing or unknown `script` attribute. */
  sourceParameter: string;
  /** Each embed parameter's default frame title, in its own script. */
  titles: Record<string, string>;
};
