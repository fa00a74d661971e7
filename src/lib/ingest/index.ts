export { buildArchive, MANIFEST_NAME, type ArchiveInput, type ArchiveOutput, type PageReport } from './archive.ts';
export { parseChronology } from './date.ts';
export { formatDiagnostic } from './diagnostics.ts';
export { syncGeneratedFiles } from './output.ts';
export { formatReport } from './report.ts';
export { readSeedsFolder } from './seeds-folder.ts';
