/** `1.4 MB`: sizes as a reader reads them, in powers of 1024 like the browser's own downloads. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * Fills `{name}` placeholders: the one template function of the project (interface strings,
 * citation terms, the browser's search strings). A placeholder without a value stays visible,
 * unless `missing` says otherwise (citation terms make it an error).
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
  missing: (name: string, template: string) => string = (name) => `{${name}}`,
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in values ? String(values[name]) : missing(name, template)));
}
