//! Client records and anonymous short contacts.
//!
//! Key layouts:
//! - `clients`:  client id (u64 big-endian) → `Client`
//! - `contacts`: contact id (u64 big-endian) → `AnonymousContact`

use super::counters::{self, Seq};
use super::{Result, Store, codec};
use crate::domain::{AnonymousContact, Client};
use sled::Transactional;
use sled::transaction::ConflictableTransactionError;

impl Store {
    /// Stores a new client under the next client number (K-0001, K-0002 …: its own counter,
    /// so that references stay short and consecutive), in one atomic step with the counter,
    /// and commits. Returns the number.
    pub fn create_client(&self, c: &Client) -> Result<u64> {
        let id = (&self.meta, &self.clients)
            .transaction(|(meta, clients)| {
                let id = counters::take(meta, Seq::Client)?;
                let mut c = c.clone();
                c.id = id;
                let bytes = codec::encode(&c).map_err(ConflictableTransactionError::Abort)?;
                clients.insert(&id.to_be_bytes(), bytes)?;
                Ok(id)
            })
            .map_err(|e| self.tx_err("clients", e))?;
        self.commit()?;
        Ok(id)
    }

    /// Stores a changed client durably.
    pub fn put_client(&self, c: &Client) -> Result<()> {
        let bytes = codec::encode(c).map_err(|e| self.corrupt(format!("clients/{}", c.id), e))?;
        self.clients.insert(c.id.to_be_bytes(), bytes).map_err(|e| self.sled_err(e))?;
        self.commit()
    }

    pub fn client(&self, id: u64) -> Result<Option<Client>> {
        let v = self.clients.get(id.to_be_bytes()).map_err(|e| self.sled_err(e))?;
        v.map(|v| codec::decode(&v).map_err(|e| self.corrupt(format!("clients/{id}"), e))).transpose()
    }

    pub fn all_clients(&self) -> Result<Vec<Client>> {
        let mut out = Vec::with_capacity(self.clients.len());
        for item in self.clients.iter() {
            let (k, v) = item.map_err(|e| self.sled_err(e))?;
            let id = k.as_ref().try_into().map(u64::from_be_bytes).unwrap_or_default();
            out.push(codec::decode(&v).map_err(|e| self.corrupt(format!("clients/{id}"), e))?);
        }
        Ok(out)
    }

    /// Stores a new anonymous short contact under the next contact id, in one atomic step
    /// with the counter, and commits. Returns the id.
    pub fn create_contact(&self, c: &AnonymousContact) -> Result<u64> {
        let id = (&self.meta, &self.contacts)
            .transaction(|(meta, contacts)| {
                let id = counters::take(meta, Seq::Contact)?;
                let mut c = c.clone();
                c.id = id;
                let bytes = codec::encode(&c).map_err(ConflictableTransactionError::Abort)?;
                contacts.insert(&id.to_be_bytes(), bytes)?;
                Ok(id)
            })
            .map_err(|e| self.tx_err("contacts", e))?;
        self.commit()?;
        Ok(id)
    }

    pub fn all_contacts(&self) -> Result<Vec<AnonymousContact>> {
        let mut out = Vec::new();
        for item in self.contacts.iter() {
            let (_, v) = item.map_err(|e| self.sled_err(e))?;
            out.push(codec::decode(&v).map_err(|e| self.corrupt("contacts".into(), e))?);
        }
        Ok(out)
    }
}
