//! What a screen's `update` returns besides "redraw": where to go, writes to run (each with
//! the ticket its answer comes back with), a message for the footer, an overlay to open or
//! close, a question to ask. The router applies them in order once the screen returns; the
//! screen never touches another screen's state or the shared data itself.

use super::effect::{Effect, Owner, Queue, Ticket, Write};
use super::nav::Go;
use super::overlay::Overlay;
use super::state::{Flash, FlashKind};

/// The replies of one component while it handles one message.
pub struct Out<'q> {
    owner: Owner,
    queue: &'q mut Queue,
    pub(super) cmds: Vec<Cmd>,
}

#[derive(Debug)]
pub(super) enum Cmd {
    Go(Go),
    Flash(Flash),
    Open(Overlay),
    Close,
    /// A yes/no question; "yes" goes to `owner`'s `confirmed`.
    Ask {
        question: String,
        owner: Owner,
    },
    /// Makes a client the current one (or none): shown in the header, referred from the
    /// directory.
    Counsel(Option<u64>),
}

impl<'q> Out<'q> {
    pub(super) fn new(owner: Owner, queue: &'q mut Queue) -> Out<'q> {
        Out { owner, queue, cmds: Vec::new() }
    }

    /// Who is replying (the owner of modals it opens and of the writes it asks for).
    pub fn owner(&self) -> Owner {
        self.owner
    }

    pub fn go(&mut self, go: Go) {
        self.cmds.push(Cmd::Go(go));
    }

    /// Asks for a write; its answer comes back to this component's `saved` with the ticket
    /// returned here.
    pub fn write(&mut self, write: Write) -> Ticket {
        let ticket = self.queue.ticket(self.owner);
        self.queue.push(Effect { ticket, write });
        ticket
    }

    pub fn info(&mut self, text: String) {
        self.cmds.push(Cmd::Flash(Flash { kind: FlashKind::Info, text }));
    }

    pub fn error(&mut self, text: String) {
        self.cmds.push(Cmd::Flash(Flash { kind: FlashKind::Error, text }));
    }

    /// Opens an overlay in place of whatever is open.
    pub fn open(&mut self, overlay: Overlay) {
        self.cmds.push(Cmd::Open(overlay));
    }

    pub fn close(&mut self) {
        self.cmds.push(Cmd::Close);
    }

    /// Asks a yes/no question over whatever is open (it returns on "no").
    pub fn ask(&mut self, question: String) {
        self.cmds.push(Cmd::Ask { question, owner: self.owner });
    }

    pub fn counsel(&mut self, client: Option<u64>) {
        self.cmds.push(Cmd::Counsel(client));
    }
}
