//! The directory as an Excel workbook (.xlsx): one sheet "Angebote" with the CSV export's
//! German headers, columns and values, so it imports back exactly. Every cell is written as
//! text, and a cell a spreadsheet would run as a formula (`= + - @`, tab, CR at the start) is
//! marked with Excel's own quote prefix: it shows as typed and stays text when edited, without
//! the `'` the CSV export has to put into the cell itself (only text that itself starts with
//! `'` before such a character gets one more, so that the import reads it back exactly).

use super::csv_in::needs_protection;
use super::csv_out::{cell, columns};
use crate::domain::Offer;
use rust_xlsxwriter::{Format, Workbook, XlsxError};
use std::io;

/// The offers as .xlsx bytes, sorted by id; the internal note column only with `with_internal`.
pub fn to_xlsx(offers: &[Offer], with_internal: bool) -> io::Result<Vec<u8>> {
    build(offers, with_internal).map_err(|e| io::Error::other(e.to_string()))
}

fn build(offers: &[Offer], with_internal: bool) -> Result<Vec<u8>, XlsxError> {
    let fields = columns(with_internal);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Angebote")?;
    let bold = Format::new().set_bold();
    let quoted = Format::new().set_quote_prefix();
    for (c, f) in fields.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, f.csv_header().unwrap_or_default(), &bold)?;
        sheet.set_column_width(c as u16, 18)?;
    }
    let mut sorted: Vec<&Offer> = offers.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    for (r, o) in sorted.iter().enumerate() {
        let row = r as u32 + 1;
        for (c, f) in fields.iter().enumerate() {
            let mut text = cell(*f, o);
            if text.is_empty() {
                continue;
            }
            // The import removes one `'` before a formula-like cell (for sheets saved from the
            // CSV export); text that itself starts so keeps its own by getting one more.
            if text.starts_with('\'') && needs_protection(&text) {
                text.insert(0, '\'');
            }
            match needs_protection(&text) {
                true => sheet.write_string_with_format(row, c as u16, &text, &quoted)?,
                false => sheet.write_string(row, c as u16, &text)?,
            };
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    if !fields.is_empty() {
        sheet.autofilter(0, 0, sorted.len() as u32, fields.len() as u16 - 1)?;
    }
    book.save_to_buffer()
}
