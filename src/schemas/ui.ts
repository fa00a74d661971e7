import { z } from 'zod';

/** A `{name}` placeholder: a word in braces, nothing else between braces. */
const TEMPLATE = /^(?:[^{}]|\{\w+\})*$/u;

/**
 * `data/site/ui.json`: every string the interface shows, in Simplified Chinese. The zh-Hant
 * tree converts them like all other text (src/lib/convert); conversion fixes belong in
 * data/convert, never here. Placeholders are `{name}`, filled by `fillTemplate`.
 */
export const UiSchema = z
  .object({
    /** What the file is, for whoever opens it. */
    about: z.string(),
    /** 一 … 日, Monday first, as calendar column heads. */
    weekdays: z.array(z.string().min(1)).length(7),
  })
  .catchall(z.string().min(1).regex(TEMPLATE, 'placeholders are {name}; a lone brace is not allowed'));

export type UiFile = z.infer<typeof UiSchema>;
