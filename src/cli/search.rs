//! `lotse search`: the directory's ranking, printed. Text output goes through the same
//! control-character escaping as the screen; JSON escapes them by itself.

use super::{CliError, Format};
use crate::domain::{Need, Offer};
use crate::i18n::{Lang, T};
use crate::safe_text::visible;
use crate::search::{Filters, SearchIndex};
use serde::Serialize;

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// Only offers for this need (code such as SPR, ARB, WOH, ANE); may be repeated
    #[arg(long = "need", value_name = "CODE")]
    pub needs: Vec<String>,
    /// At most this many offers
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Search words (all must match)
    pub words: Vec<String>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct JsonHit<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub provider: &'a str,
    pub phone: &'a str,
    pub town: &'a str,
    pub needs: Vec<&'static str>,
    pub score: u32,
}

/// Runs the search and returns the text to print.
pub fn run(args: &SearchArgs, offers: &[Offer], lang: Lang) -> Result<String, CliError> {
    let mut filters = Filters::default();
    for code in &args.needs {
        let need = Need::from_code(code).ok_or_else(|| {
            let valid: Vec<&str> = Need::ALL.iter().map(|n| n.code()).collect();
            CliError::Usage(lang.f(T::ErrUnknownNeed, &[&visible(code), &valid.join(", ")]))
        })?;
        if !filters.needs.contains(&need) {
            filters.needs.push(need);
        }
    }
    let mut index = SearchIndex::build(offers);
    let results = index.search(&args.words.join(" "), &filters, args.limit);
    let hits = results.hits.iter().filter_map(|h| offers.get(h.offer).map(|o| (o, h.score)));
    Ok(match args.format {
        Format::Json => {
            let rows: Vec<JsonHit> = hits
                .map(|(o, score)| JsonHit {
                    id: o.id.as_str(),
                    title: &o.title,
                    provider: &o.provider,
                    phone: &o.phone,
                    town: &o.town,
                    needs: o.needs.iter().map(|n| n.code()).collect(),
                    score,
                })
                .collect();
            let mut s = serde_json::to_string_pretty(&rows).map_err(|e| CliError::Io(e.to_string()))?;
            s.push('\n');
            s
        }
        Format::Text => {
            let mut out = String::new();
            for (i, (o, _)) in hits.enumerate() {
                out.push_str(&format!(
                    "{:>3}. {} — {} · {} {}\n",
                    i + 1,
                    visible(&o.title),
                    visible(&o.provider),
                    lang.t(T::CardPhone),
                    visible(&o.phone)
                ));
            }
            out.push_str(&lang.f(T::CliHitsShown, &[&results.hits.len(), &results.total]));
            out.push('\n');
            if offers.is_empty() {
                out.push_str(lang.t(T::EmptyDirectory));
                out.push('\n');
            }
            out
        }
    })
}
