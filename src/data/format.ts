/**
 * How the tools write a data file (the sheet import, data:add-source): the records as the schemas output
 * them, so every record lists its fields in the schema's order, indented by two spaces, with a final
 * newline. The committed files are kept in this form (a test says so), which is what lets a spreadsheet
 * export and import of unchanged data reproduce data/ byte for byte.
 */
export function dataFileText(records: readonly unknown[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
