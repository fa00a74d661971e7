import type { PageReport } from './archive.ts';

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
