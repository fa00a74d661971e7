/**
 * A formatted citation comes as plain text (to copy) and as HTML (to show). They are built from
 * the same pieces so they cannot drift apart; the HTML escapes all archive text and marks only
 * what plain text cannot show, the italics of a title.
 */

export interface FormattedCitation {
  text: string;
  /** Escaped HTML; `<cite>` around the parts the style sets in italics. */
  html: string;
}

/** A run of text, or a title the style italicises. */
export type CitationPiece = string | { italic: string };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

export function fromPieces(pieces: readonly CitationPiece[]): FormattedCitation {
  return {
    text: pieces.map((piece) => (typeof piece === 'string' ? piece : piece.italic)).join(''),
    html: pieces.map((piece) => (typeof piece === 'string' ? escapeHtml(piece) : `<cite>${escapeHtml(piece.italic)}</cite>`)).join(''),
  };
}
