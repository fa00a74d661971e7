/** Where a problem was found, so a publisher can open the file at that spot. */
export interface SourceLocation {
  /** Path as the publisher knows it, e.g. `seeds/000_x.txt`. */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  /** 0-based byte offset, for problems found before the text could be decoded. */
  byteOffset?: number;
}

export interface Diagnostic extends SourceLocation {
  severity: 'error' | 'warning';
  message: string;
}

/** An error that stops one seed file (or the manifest) from being ingested, never the whole run. */
export class IngestError extends Error {
  readonly location: SourceLocation;
  constructor(location: SourceLocation, message: string) {
    super(message);
    this.name = 'IngestError';
    this.location = location;
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line !== undefined ? String(d.line) : undefined].filter(Boolean).join(':');
  const offset = d.byteOffset !== undefined ? ` (byte offset ${d.byteOffset})` : '';
  return `${where}${offset}: ${d.severity}: ${d.message}`;
}

export function errorDiagnostic(error: unknown, fallbackFile: string): Diagnostic {
  if (error instanceof IngestError) return { ...error.location, severity: 'error', message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { file: fallbackFile, severity: 'error', message };
}
