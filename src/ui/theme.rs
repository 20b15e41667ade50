//! Styles. Meaning never rests on colour alone (old monitors, colour-blind counsellors): the
//! phone is bold, matches are bold and underlined, stale entries also say "veraltet".

use ratatui::style::{Color, Modifier, Style};

pub fn header() -> Style {
    Style::new().fg(Color::Black).bg(Color::Cyan)
}
pub fn footer_key() -> Style {
    Style::new().add_modifier(Modifier::BOLD).fg(Color::Cyan)
}
pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}
pub fn label() -> Style {
    Style::new().fg(Color::Cyan)
}
pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}
pub fn phone() -> Style {
    Style::new().add_modifier(Modifier::BOLD).fg(Color::Yellow)
}
pub fn matched() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED).fg(Color::Yellow)
}
pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}
/// A text field being edited (its value is not selected: typing inserts at the cursor).
pub fn editing() -> Style {
    Style::new().add_modifier(Modifier::UNDERLINED)
}
pub fn open_now() -> Style {
    Style::new().fg(Color::Green).add_modifier(Modifier::BOLD)
}
pub fn warning() -> Style {
    Style::new().fg(Color::Yellow)
}
pub fn error() -> Style {
    Style::new().fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD)
}
pub fn chip() -> Style {
    Style::new().fg(Color::Black).bg(Color::Yellow)
}
