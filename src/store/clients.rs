//! Client records and anonymous short contacts.
//!
//! Key layouts:
//! - `clients`:  client id (u64 big-endian) → `Client`
//! - `contacts`: contact id (u64 big-endian) → `AnonymousContact`

use super::{Result, Store, codec};
use crate::domain::{AnonymousContact, Client};

impl Store {
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
