//! Every piece of UI text, in German and English: the catalogue of messages (`T`), the labels
//! of domain codes (`Label`), and the choice of language.

mod catalogue;
mod cli_text;
mod editor_text;
mod figures_text;
mod intake_text;
mod labels;
mod labels_client;
mod labels_referral;
mod log_text;
mod transfer_text;
mod upkeep_text;

pub use catalogue::{Msg, T};
pub use cli_text::Tc;
pub use editor_text::Te;
pub use figures_text::Tf;
pub use intake_text::Ti;
pub use labels::{Label, language_name};
pub use labels_client::*;
pub use labels_referral::*;
pub use log_text::Tl;
pub use transfer_text::Tx;
pub use upkeep_text::Tu;

/// The UI language. German is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    /// `de`/`en` (also `deutsch`, `english`), any case.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "de" | "deutsch" | "german" => Some(Lang::De),
            "en" | "english" | "englisch" => Some(Lang::En),
            _ => None,
        }
    }

    /// English when the `LANG` value starts with `en`, else German.
    pub fn from_env_value(lang_var: Option<&str>) -> Lang {
        match lang_var {
            Some(v) if v.to_ascii_lowercase().starts_with("en") => Lang::En,
            _ => Lang::De,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    pub fn is_en(self) -> bool {
        self == Lang::En
    }

    /// Picks the German or English variant.
    pub fn pick<'a>(self, de: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::De => de,
            Lang::En => en,
        }
    }

    pub fn t<M: Msg>(self, text: M) -> &'static str {
        text.get(self)
    }

    /// A message with `{0}`, `{1}` … filled in, in one pass: an argument that itself contains
    /// "{1}" (a cell of an imported file, say) is never filled in again.
    pub fn f<M: Msg>(self, text: M, args: &[&dyn std::fmt::Display]) -> String {
        let template = text.get(self);
        let mut out = String::with_capacity(template.len() + 16);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = after.find('}');
            let index = close.and_then(|c| after[..c].parse::<usize>().ok());
            match (close, index.and_then(|i| args.get(i))) {
                (Some(c), Some(arg)) => {
                    out.push_str(&arg.to_string());
                    rest = &after[c + 1..];
                }
                _ => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_from_env() {
        assert_eq!(Lang::from_env_value(Some("en_US.UTF-8")), Lang::En);
        assert_eq!(Lang::from_env_value(Some("de_DE.UTF-8")), Lang::De);
        assert_eq!(Lang::from_env_value(Some("C.UTF-8")), Lang::De);
        assert_eq!(Lang::from_env_value(None), Lang::De);
    }

    /// Every catalogue enum must be listed here to be checked.
    pub(crate) fn check_catalogue<M: Msg>() {
        for &t in M::all() {
            let (de, en) = (t.get(Lang::De), t.get(Lang::En));
            assert!(!de.is_empty() && !en.is_empty(), "{t:?} is empty");
            for i in 0..5 {
                let p = format!("{{{i}}}");
                assert_eq!(de.contains(&p), en.contains(&p), "{t:?}: placeholder {p} differs");
            }
        }
    }

    #[test]
    fn every_message_exists_in_both_languages_with_the_same_placeholders() {
        check_catalogue::<T>();
        check_catalogue::<Tc>();
        check_catalogue::<Ti>();
        check_catalogue::<Tl>();
        check_catalogue::<Tf>();
        check_catalogue::<Tu>();
    }

    #[test]
    fn editor_messages_exist_in_both_languages_with_the_same_placeholders() {
        check_catalogue::<Te>();
    }

    #[test]
    fn transfer_messages_exist_in_both_languages_with_the_same_placeholders() {
        check_catalogue::<Tx>();
    }

    #[test]
    fn formats_arguments() {
        assert!(Lang::De.f(T::ErrAlreadyOpen, &[&"/tmp/x"]).contains("/tmp/x"));
        // An argument that looks like a placeholder stays as it is.
        let m = Lang::En.f(T::ErrCorrupt, &[&"{1}", &"bad"]);
        assert!(m.contains("{1}") && m.contains("(bad)"), "{m}");
    }
}
