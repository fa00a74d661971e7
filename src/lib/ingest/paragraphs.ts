import { normalizeLine } from './normalize.ts';

/** A run of non-blank lines in a seed, normalized, with where it stood. */
export interface Paragraph {
  startLine: number;
  endLine: number;
  /** Normalized, trimmed lines. */
  lines: string[];
  /** `#` / `##` heading marker the dump put before the first line, removed from `lines`. */
  headingMarker?: string;
}

const HEADING_MARKER = /^(#{1,6})\s+/;

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  text.split('\n').forEach((rawLine, index) => {
    const lineNumber = index + 1;
    const line = normalizeLine(rawLine.trim());
    if (line === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { startLine: lineNumber, endLine: lineNumber, lines: [] };
      const marker = HEADING_MARKER.exec(line);
      if (marker && line.length > marker[0].length) {
        current.headingMarker = marker[1];
        current.lines.push(line.slice(marker[0].length));
      } else {
        current.lines.push(line);
      }
      paragraphs.push(current);
      return;
    }
    current.endLine = lineNumber;
    current.lines.push(line);
  });
  return paragraphs;
}

/** Body text: OCR line breaks inside a paragraph carry no meaning in Chinese. */
export function bodyText(paragraph: Paragraph): string {
  return paragraph.lines.join('');
}

/** Headline text: a line break inside a headline reads as a space between its phrases. */
export function headlineText(paragraph: Paragraph): string {
  return paragraph.lines.join(' ');
}
