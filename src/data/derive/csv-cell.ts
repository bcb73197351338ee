/** Quotes a CSV cell, and defuses text a spreadsheet would run as a formula. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as a CSV file: UTF-8 with a byte-order mark so Excel shows Chinese, CRLF line ends. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (string | number)[][],
): string {
  const lines = [header.join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
