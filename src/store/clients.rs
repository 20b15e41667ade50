//! Client records and anonymous short contacts.
//!
//! Key layouts:
//! - `clients`:  client id (u64 big-endian) → `Client`
//! - `contacts`: contact id (u64 big-endian) → `AnonymousContact`

use super::{Result, Store, codec};
use crate::domain::{AnonymousContact, Client};

impl Store {
    /// The next client number: its own counter, so that references stay short and
    /// consecutive (K-0001, K-0002 …) however many other records exist.
    pub fn next_client_id(&self) -> Result<u64> {
        let next = self
            .meta
            .update_and_fetch("client_seq", |old| {
                let n = old.and_then(|o| o.try_into().ok()).map(u64::from_be_bytes).unwrap_or(0);
                Some((n + 1).to_be_bytes().to_vec())
            })
            .map_err(|e| self.sled_err(e))?;
        Ok(next.and_then(|v| v.as_ref().try_into().ok()).map(u64::from_be_bytes).unwrap_or(1))
    }

    /// Stores a client (new or changed) durably.
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

    /// Stores an anonymous short contact durably.
    pub fn put_contact(&self, c: &AnonymousContact) -> Result<()> {
        let bytes = codec::encode(c).map_err(|e| self.corrupt(format!("contacts/{}", c.id), e))?;
        self.contacts.insert(c.id.to_be_bytes(), bytes).map_err(|e| self.sled_err(e))?;
        self.commit()
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
