//! `lotse report`: the figures of a period, anonymous, as text or Markdown (to paste into a
//! funder's report), CSV for German Excel or JSON (docs/figures.md).

use super::CliError;
use super::transfer::write_out;
use crate::domain::Date;
use crate::figures::render::{self, Format};
use crate::figures::{Period, PeriodKind, Records};
use crate::files;
use crate::i18n::{Lang, Tf, Tx};
use crate::safe_text::visible;
use crate::store::Store;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Text,
    Csv,
    Json,
    Md,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[arg(long, value_name = "DATUM")]
    pub from: Option<String>,
    #[arg(long, value_name = "DATUM")]
    pub to: Option<String>,
    #[arg(long, value_name = "ZEITRAUM")]
    pub period: Option<String>,
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    #[arg(short = 'o', long = "output", value_name = "DATEI")]
    pub output: Option<PathBuf>,
}

fn date(s: &str, lang: Lang) -> Result<Date, CliError> {
    Date::parse(s).map_err(|_| CliError::Usage(lang.f(Tf::ErrDate, &[&visible(s)])))
}

/// The period the arguments name: `--period`, or `--from`/`--to` (a missing end is today, a
/// missing start the first of January of the end's year), or else this quarter.
pub fn period(args: &ReportArgs, today: Date, lang: Lang) -> Result<Period, CliError> {
    if let Some(name) = &args.period {
        if args.from.is_some() || args.to.is_some() {
            return Err(CliError::Usage(lang.t(Tf::ErrPeriodAndDates).to_string()));
        }
        let kind = PeriodKind::from_code(name)
            .ok_or_else(|| CliError::Usage(lang.f(Tf::ErrPeriodName, &[&visible(name)])))?;
        return Ok(Period::named(kind, today));
    }
    let to = args.to.as_deref().map(|s| date(s, lang)).transpose()?;
    let from = args.from.as_deref().map(|s| date(s, lang)).transpose()?;
    match (from, to) {
        (None, None) => Ok(Period::named(PeriodKind::ThisQuarter, today)),
        (from, to) => {
            let to = to.unwrap_or(today);
            let from = from.unwrap_or_else(|| Date::from_ymd(to.year(), 1, 1).unwrap_or(to));
            Period::range(from, to).ok_or_else(|| CliError::Usage(lang.f(Tf::ErrPeriod, &[&from, &to])))
        }
    }
}

fn format_of(args: &ReportArgs) -> Format {
    let by_name =
        args.output.as_deref().and_then(|p: &Path| p.extension()).and_then(|e| e.to_str()).and_then(|e| {
            match e.to_ascii_lowercase().as_str() {
                "csv" => Some(ReportFormat::Csv),
                "json" => Some(ReportFormat::Json),
                "md" | "markdown" => Some(ReportFormat::Md),
                "txt" => Some(ReportFormat::Text),
                _ => None,
            }
        });
    match args.format.or(by_name).unwrap_or(ReportFormat::Text) {
        ReportFormat::Text => Format::Text,
        ReportFormat::Csv => Format::Csv,
        ReportFormat::Json => Format::Json,
        ReportFormat::Md => Format::Markdown,
    }
}

/// The report's bytes for the arguments, from the store's records.
pub fn build(
    store: &dyn Store,
    args: &ReportArgs,
    today: Date,
    lang: Lang,
) -> Result<(Period, Vec<u8>), CliError> {
    let period = period(args, today, lang)?;
    let records = Records::load(store)?;
    let figures = crate::figures::compute(&records.sources(), period, today);
    Ok((period, render::report(&figures, format_of(args), lang)))
}

pub fn run(
    store: &dyn Store,
    args: &ReportArgs,
    today: Date,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let (period, bytes) = build(store, args, today, lang)?;
    let Some(path) = &args.output else {
        if format_of(args) == Format::Csv && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
            return write_out(out, text.trim_start_matches('\u{feff}').as_bytes(), lang);
        }
        return write_out(out, &bytes, lang);
    };
    let shown = visible(&path.display().to_string()).into_owned();
    files::write_atomic(path, &bytes)
        .map_err(|e| CliError::Failed(lang.f(Tx::WriteFailed, &[&shown, &visible(&e.to_string())])))?;
    write_out(
        out,
        format!("{}\n", lang.f(Tf::ReportWritten, &[&period.from, &period.to, &shown])).as_bytes(),
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(from: Option<&str>, to: Option<&str>, period: Option<&str>) -> ReportArgs {
        ReportArgs {
            from: from.map(String::from),
            to: to.map(String::from),
            period: period.map(String::from),
            format: None,
            output: None,
        }
    }

    #[test]
    fn the_period_from_the_arguments() {
        let today = Date::from_ymd(2026, 5, 14).unwrap();
        let p = |a: ReportArgs| period(&a, today, Lang::De);
        let d = |s: &str| Date::parse(s).unwrap();
        assert_eq!(p(args(None, None, None)).unwrap(), Period::named(PeriodKind::ThisQuarter, today));
        assert_eq!(
            p(args(Some("01.02.2026"), None, None)).unwrap(),
            Period { from: d("01.02.2026"), to: today }
        );
        assert_eq!(
            p(args(None, Some("2025-06-30"), None)).unwrap(),
            Period { from: d("01.01.2025"), to: d("30.06.2025") }
        );
        assert_eq!(p(args(None, None, Some("last-quarter"))).unwrap().from, d("01.01.2026"));
        assert!(matches!(p(args(Some("31.03.2026"), Some("01.03.2026"), None)), Err(CliError::Usage(_))));
        assert!(matches!(p(args(Some("März"), None, None)), Err(CliError::Usage(m)) if m.contains("März")));
        assert!(matches!(p(args(Some("01.01.2026"), None, Some("this-year"))), Err(CliError::Usage(_))));
        assert!(matches!(p(args(None, None, Some("quartal"))), Err(CliError::Usage(_))));
    }
}
