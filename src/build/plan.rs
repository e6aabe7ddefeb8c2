//! The plan of a build: which documents, in which order, for which shard,
//! and where each one goes (or that it is up to date).

use std::path::Path;

use super::Checked;
use super::firmati;
use super::manifest::Entry;
use crate::model::{Ambito, Documento};

/// A deterministic share of the work: shard `k` of `n` (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub k: usize,
    pub n: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    /// `K/N` with 1 ≤ K ≤ N, e.g. `2/4`.
    fn from_str(s: &str) -> Result<Shard, String> {
        let bad = || crate::t!("costruzione-shard-non-valido", valore = s);
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (k, n) = (
            k.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if k == 0 || n == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard { k, n })
    }
}

impl Shard {
    pub const ALL: Shard = Shard { k: 1, n: 1 };

    /// Whether the `index`-th document of the sorted list of every document
    /// the content describes belongs to this shard (round robin: the N
    /// shards together hold each document exactly once).
    pub fn holds(self, index: usize) -> bool {
        index % self.n + 1 == self.k
    }
}

/// Every document the content describes, in a fixed order (by Ambito, then
/// kind): the list that shards divide.
pub fn jobs(checked: &Checked) -> Vec<(&Ambito, Documento)> {
    checked
        .model
        .ambiti
        .iter()
        .flat_map(|a| a.documenti().into_iter().map(move |d| (a, d)))
        .collect()
}

/// Which documents to build, and how.
#[derive(Debug, Clone)]
pub struct Selection {
    /// A share of the documents.
    pub shard: Shard,
    /// Only these Ambiti (`None`: all).
    pub ambiti: Option<Vec<String>>,
    /// Rebuild even what is up to date.
    pub force: bool,
    /// For signature: a draft (a document that prints a value still to fill
    /// in) fails instead of being written.
    pub definitivo: bool,
    /// Threads to typeset on.
    pub jobs: usize,
}

impl Default for Selection {
    fn default() -> Selection {
        Selection {
            shard: Shard::ALL,
            ambiti: None,
            force: false,
            definitivo: false,
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }
}

/// The documents `select` picks among those of Ambiti without errors
/// (before skipping the up-to-date ones), in job order.
pub fn chosen<'a>(checked: &'a Checked, select: &Selection) -> Vec<(&'a Ambito, Documento)> {
    jobs(checked)
        .into_iter()
        .enumerate()
        .filter(|(i, (a, _))| {
            select.shard.holds(*i)
                && select
                    .ambiti
                    .as_ref()
                    .is_none_or(|only| only.contains(&a.id))
                && !checked.is_blocked(a)
        })
        .map(|(_, job)| job)
        .collect()
}

/// Where a document whose first version is `base` is to be written, or
/// `None` when it is up to date. `latest` is the manifest's entry of its
/// latest version. A signed act is up to date while its inputs are
/// unchanged (`force` or not); when they change, the new version goes to the
/// next version's path. A file that holds signatures is never the target,
/// even one the manifest does not know.
pub(crate) fn target(
    out: &Path,
    base: &str,
    latest: Option<&Entry>,
    input: &str,
    force: bool,
) -> Option<String> {
    let mut path = latest.map_or_else(|| base.to_string(), |e| e.path.clone());
    let mut ours = false;
    if let Some(e) = latest {
        match firmati::stato(out, e) {
            firmati::StatoFile::Firmato(_) if e.input == input => return None,
            firmati::StatoFile::Firmato(_) => {
                path = firmati::di_versione(base, firmati::versione(&path) + 1);
            }
            firmati::StatoFile::Costruito if e.input == input && !force => return None,
            firmati::StatoFile::Costruito => ours = true,
            firmati::StatoFile::Altro => {}
        }
    }
    while !ours && firmati::ha_firme(&out.join(&path)) {
        path = firmati::di_versione(base, firmati::versione(&path) + 1);
    }
    Some(path)
}

/// The manifest's `periodo`: a relazione's semester, an act's date.
pub(crate) fn periodo(ambito: &Ambito, documento: Documento) -> String {
    match documento {
        Documento::Relazione { anno, semestre } => format!("{anno}-{semestre}"),
        other => ambito
            .data(other)
            .map(|d| d.to_string())
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_and_partition_exactly() {
        assert_eq!("2/4".parse::<Shard>(), Ok(Shard { k: 2, n: 4 }));
        for bad in ["0/4", "5/4", "2", "a/b", "1/0"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
        let n = 3;
        for index in 0..100 {
            let holders = (1..=n).filter(|&k| Shard { k, n }.holds(index)).count();
            assert_eq!(holders, 1, "document {index}");
        }
        assert!((0..10).all(|i| Shard::ALL.holds(i)));
    }
}
