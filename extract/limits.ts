// What a spreadsheet holds (Excel's limits, which others share): kept apart from the workbook writer
// so that the site can check a view against them without loading the writer.
export const XLSX_MAX_ROWS = 1_048_576;
export const XLSX_MAX_CELL = 32_767;
