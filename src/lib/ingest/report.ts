import type { PageReport } from './archive.ts';
import type { SyncPlan } from './sync-plan.ts';

/** The per-file ingest report printed after every run. */
export function formatReport(reports: PageReport[]): string {
  return reports.map(formatPage).join('\n');
}

function formatPage(report: PageReport): string {
  if (report.error) return `✗ ${report.file}: not ingested: ${report.error}`;
  const d = report.dating!;
  const lines = [
    `✓ ${report.file} → ${report.date}, page ${report.page}: ${report.articles} articles, ${report.joined} paragraphs joined` +
      ` (${report.encoding}; date ${d.source === 'manifest' ? 'from issues.json' : `inferred, ${d.confidence} confidence`})`,
  ];
  if (d.note) lines.push(`    note: ${d.note}`);
  for (const evidence of d.evidence) lines.push(`    evidence: ${evidence}`);
  for (const conflict of d.conflicts) lines.push(`    conflict: ${conflict}`);
  for (const warning of report.warnings) lines.push(`    warning: ${warning}`);
  return lines.join('\n');
}

/** Every removal and every file kept back, one per line, so that nothing changes unseen. */
export function formatSyncPlan(plan: SyncPlan, outLabel: string): string {
  return [
    ...plan.remove.map(({ path, reason }) => `removed ${outLabel}/${path}: ${reason}`),
    ...plan.keep.map(({ path, reason }) => `kept ${outLabel}/${path} as it was: ${reason}`),
  ].join('\n');
}
