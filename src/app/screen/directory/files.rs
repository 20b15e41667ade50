//! The upkeep menu's file work (Ctrl-A, then 4, 5 or 6): import offers, export them, back the
//! database up — inside the running program, so nobody has to close Lotse for it. Each opens a
//! small form (the file and the options `lotse import` / `lotse export` have), runs through the
//! write queue like any save (`Write::Import`, `Write::Export`, `Write::Backup`), and shows
//! what it did in a scrollable report; a file that cannot be read or written is one sentence
//! under the form's file field, with everything typed kept.

use super::{Directory, Then};
use crate::app::effect::{Done, ExportJob, ExportKind, ImportJob, Payload, SaveError, Ticket, Write};
use crate::app::form::field::{Check, Field, Kind, NOTE_MAX};
use crate::app::form::{Form, FormEvent, Opt};
use crate::app::input::TextInput;
use crate::app::menu::Choice;
use crate::app::modal::{Modal, ModalField as M, ModalKind};
use crate::app::out::Out;
use crate::app::overlay::Overlay;
use crate::app::report::Report;
use crate::app::state::Shared;
use crate::i18n::{Lang, Tu};
use std::path::{Path, PathBuf};

/// The menu's entries after the filters.
pub const ENTRIES: [(Tu, Choice); 3] =
    [(Tu::MenuImport, Choice::Import), (Tu::MenuExport, Choice::Export), (Tu::MenuBackup, Choice::Backup)];

/// What an answered file job does: the form as it was sent, to show it again with the error.
#[derive(Debug)]
pub struct Job(Box<Modal>);

fn opts(lang: Lang, labels: &[Tu]) -> Vec<Opt> {
    labels.iter().enumerate().map(|(i, t)| Opt { label: lang.t(*t).to_string(), value: i as u16 }).collect()
}

const MODES: [Tu; 3] = [Tu::ModeSave, Tu::ModeDryRun, Tu::ModeSkip];
const FORMATS: [Tu; 4] = [Tu::FormatCsv, Tu::FormatXlsx, Tu::FormatJson, Tu::FormatHsds];
const INTERNAL: [Tu; 2] = [Tu::InternalNo, Tu::InternalYes];

fn shown(p: &Path) -> String {
    crate::safe_text::visible(&p.display().to_string()).into_owned()
}

/// The form a menu entry opens; `None` for the filter entries.
pub fn open(choice: &Choice, sh: &Shared) -> Option<Modal> {
    let lang = sh.lang;
    let docs = crate::files::documents_dir();
    let owner = crate::app::effect::Owner::Screen(crate::app::screen::Screen::Directory);
    let (kind, title, form) = match choice {
        Choice::Import => {
            // The folder is filled in: the counsellor types the file's name after it.
            let start = format!("{}{}", shown(&docs), std::path::MAIN_SEPARATOR);
            let form = Form::builder()
                .field(Field::note(M::Path, lang.t(Tu::FieldFile), &start).required())
                .field(Field::text(M::Sheet, lang.t(Tu::FieldSheet), "", Check::None))
                .field(Field::choice(M::Mode, lang.t(Tu::FieldMode), opts(lang, &MODES), Some(0)))
                .build();
            (ModalKind::Import, Tu::ImportTitle, form)
        }
        Choice::Export => {
            let file = docs.join(format!("{}-{}.csv", lang.t(Tu::ExportStem), sh.today().iso()));
            let form = Form::builder()
                .field(Field::note(M::Path, lang.t(Tu::FieldTarget), &shown(&file)).required())
                .field(Field::choice(M::Format, lang.t(Tu::FieldFormat), opts(lang, &FORMATS), Some(0)))
                .field(Field::choice(M::Internal, lang.t(Tu::FieldInternal), opts(lang, &INTERNAL), Some(0)))
                .build();
            (ModalKind::Export, Tu::ExportTitle, form)
        }
        Choice::Backup => {
            let dir = sh.backup_dir.map_or(docs, Path::to_path_buf);
            let file = dir.join(crate::store::autobackup::file_name_at(sh.now));
            let form = Form::builder()
                .field(Field::note(M::Path, lang.t(Tu::FieldBackupFile), &shown(&file)).required())
                .build();
            (ModalKind::Backup, Tu::BackupTitle, form)
        }
        _ => return None,
    };
    Some(Modal { owner, kind, title: lang.t(title).to_string(), form })
}

pub fn is_files(kind: &ModalKind) -> bool {
    matches!(kind, ModalKind::Import | ModalKind::Export | ModalKind::Backup)
}

/// A change or a save in one of the three forms.
pub fn modal(d: &mut Directory, m: &mut Modal, ev: FormEvent, sh: &Shared, out: &mut Out) {
    match ev {
        FormEvent::Changed if m.kind == ModalKind::Export && m.form.focused_key() == Some(M::Format) => {
            follow_format(m)
        }
        FormEvent::Save => {
            if let Some(ticket) = save(m, sh, out) {
                d.waiting.push(ticket, Then::Files(Job(Box::new(m.clone()))));
            }
        }
        _ => {}
    }
}

fn set_path(form: &mut Form<M>, value: &str) {
    if let Kind::Text { input, .. } = &mut form.get_mut(M::Path).kind {
        *input = TextInput::with_value(NOTE_MAX, value);
    }
}

/// Choosing another format changes the file's ending (HSDS is a folder: no ending), as long
/// as the name has one of the formats' endings or none.
fn follow_format(m: &mut Modal) {
    let kind = export_kind(&m.form);
    let path = PathBuf::from(m.form.text(M::Path));
    let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
    let known = ext.as_deref().is_none_or(|e| ExportKind::ALL.iter().any(|k| k.extension() == e));
    if !known || path.file_name().is_none() {
        return;
    }
    let want = kind.extension();
    if ext.as_deref().unwrap_or("") != want {
        set_path(&mut m.form, &path.with_extension(want).display().to_string());
    }
}

fn export_kind(form: &Form<M>) -> ExportKind {
    form.choice(M::Format).and_then(|v| ExportKind::ALL.get(v as usize).copied()).unwrap_or(ExportKind::Csv)
}

/// Checks the form and asks for the job; `None` when something is to be corrected.
fn save(m: &mut Modal, sh: &Shared, out: &mut Out) -> Option<Ticket> {
    let lang = sh.lang;
    if m.form.validate(sh.today(), lang).is_some() {
        return None;
    }
    let raw = m.form.text(M::Path).trim().to_string();
    let file = PathBuf::from(&raw);
    // A name ending in a separator is a folder: only an HSDS export writes one.
    let folder_ok = m.kind == ModalKind::Export && export_kind(&m.form) == ExportKind::Hsds;
    let named =
        !raw.is_empty() && (folder_ok || !raw.ends_with(std::path::MAIN_SEPARATOR) && !raw.ends_with('/'));
    if !named {
        m.form.set_error(M::Path, lang.t(Tu::NeedFile).to_string());
        return None;
    }
    let write = match m.kind {
        ModalKind::Import => {
            let mode = m.form.choice(M::Mode).unwrap_or(0);
            let dry_run = mode == 1;
            // Saving is refused while writes cannot succeed; checking only still works.
            if !dry_run && let Some(reason) = sh.read_only {
                out.error(reason.to_string());
                return None;
            }
            let sheet = Some(m.form.text(M::Sheet).trim().to_string()).filter(|s| !s.is_empty());
            Write::Import(ImportJob { file, sheet, dry_run, skip_invalid: mode == 2 })
        }
        ModalKind::Export => {
            let kind = export_kind(&m.form);
            let with_internal = m.form.choice(M::Internal) == Some(1);
            if kind == ExportKind::Hsds && with_internal {
                m.form.set_error(M::Internal, lang.t(Tu::HsdsInternal).to_string());
                return None;
            }
            if kind != ExportKind::Hsds && file.is_dir() {
                m.form.set_error(M::Path, lang.f(Tu::NotAFolder, &[&shown(&file)]));
                return None;
            }
            Write::Export(ExportJob { file, kind, with_internal })
        }
        ModalKind::Backup => {
            if file.is_dir() {
                m.form.set_error(M::Path, lang.f(Tu::NotAFolder, &[&shown(&file)]));
                return None;
            }
            Write::Backup { file, created_unix: sh.now.and_utc().timestamp() }
        }
        _ => return None,
    };
    Some(out.write(write))
}

/// The job's answer: the report over the screen, or the form again with the one sentence
/// that says what went wrong under its file field.
pub fn saved(job: Job, result: Result<&Done, &SaveError>, sh: &Shared, out: &mut Out) {
    let lang = sh.lang;
    let Job(mut m) = job;
    let done = match result {
        Ok(done) => done,
        Err(e) => {
            m.form.set_error(M::Path, e.message.clone());
            out.open(Overlay::Modal(*m));
            return;
        }
    };
    let file = shown(Path::new(m.form.text(M::Path).trim()));
    let (title, text) = match &done.payload {
        Payload::Imported { report, saved, .. } => {
            out.info(if saved.is_empty() {
                lang.t(Tu::ImportNothing).to_string()
            } else {
                lang.f(Tu::ImportSaved, &[&saved.len()])
            });
            (lang.f(Tu::ReportImport, &[&file]), report.clone())
        }
        Payload::Written(said) => {
            out.info(lang.f(Tu::Written, &[&file]));
            (lang.t(Tu::ReportExport).to_string(), said.clone())
        }
        Payload::BackedUp { file: path, records } => {
            let mut text = format!(
                "{}\n\n{}",
                lang.f(Tu::BackupMade, &[&shown(path)]),
                lang.f(Tu::BackupRecords, &[records])
            );
            if sh.backup_dir.is_some_and(|dir| path.parent() == Some(dir)) {
                text = format!("{text}\n{}", lang.t(Tu::BackupInFolder));
            }
            out.info(lang.f(Tu::BackupMade, &[&shown(path)]));
            (lang.t(Tu::ReportBackup).to_string(), text)
        }
        _ => (m.title.clone(), String::new()),
    };
    out.open(Overlay::Report(Report::new(title, &text).sized(sh.size)));
}
