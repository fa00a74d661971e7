export { buildArchive, MANIFEST_NAME, type ArchiveInput, type ArchiveOutput, type PageReport } from './archive.ts';
export { parseChronology, todayWherePrinted } from './date.ts';
export { formatDiagnostic } from './diagnostics.ts';
export { applySyncPlan, generatedFiles } from './output.ts';
export { openMemoFile } from './memo-file.ts';
export { formatReport, formatSyncPlan } from './report.ts';
export { readSeedsFolder } from './seeds-folder.ts';
export { planSync } from './sync-plan.ts';
