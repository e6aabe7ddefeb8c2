//! `ambito watch`: build, then rebuild what each saved file affects.
//!
//! The operating system tells of changes (inotify, FSEvents, …, through the
//! `notify` crate); a change is acted on once no other has come for the
//! debounce interval, so that an editor's save (often a write and a rename)
//! gives one rebuild. Only the Ambiti whose folder changed are read again
//! (all of them after a change to shared data or templates), and of those
//! only the documents whose Typst source changed are typeset, each in the
//! world it had last time, so that Typst's memoization carries over.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher as _};

use super::{Error, Project};
use crate::build::{self, Checked, Digests, Entry, Paths, Report, Selection, Tools};
use crate::typeset::Typesetter;

/// The longest a burst of changes may hold a rebuild back.
const STARVE: Duration = Duration::from_millis(500);

/// What `watch` has to say, as it happens.
pub enum Event<'a> {
    /// The content read for this round, with its diagnostics.
    Checked(&'a Checked),
    /// A PDF landed.
    Written(&'a Entry),
    /// A round ended; `since_save` is the time from the first change the
    /// round answers to (none for the first build).
    Built {
        report: &'a Report,
        since_save: Option<Duration>,
    },
    /// Files changed: a new round begins.
    Changed(&'a [PathBuf]),
    /// A round could not run (an unreadable folder): watching goes on.
    Failed(&'a Error),
}

impl Project {
    /// Builds into `out`, then waits for changes under the content and
    /// templates folders and rebuilds what they affect, until the process
    /// is stopped. Returns only if the folders cannot be watched.
    pub fn watch(
        &self,
        out: &Path,
        debounce: Duration,
        on: &(dyn Fn(Event) + Sync),
    ) -> Result<(), Error> {
        let paths = self.paths(out)?;
        let (tx, rx) = std::sync::mpsc::channel();
        // Events name files under the folders as they were given to the
        // watcher: absolute, to compare them whatever the notifier does.
        let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let (content, templates) = (absolute(&paths.content), absolute(&paths.templates));
        let mut watcher = notify::recommended_watcher(tx)?;
        watcher.watch(&content, RecursiveMode::Recursive)?;
        // Without a templates folder, the built-in templates cannot change.
        if templates.is_dir() {
            watcher.watch(&templates, RecursiveMode::Recursive)?;
        }
        let typesetter = Typesetter::for_watch(&paths.templates);
        let mut tools = Tools::new(&paths, &typesetter, &Digests::default())?.keeping_worlds();
        let mine = |only: Option<Vec<String>>| match &self.ambito {
            None => only,
            Some(id) => Some(only.map_or_else(
                || vec![id.clone()],
                |ids| ids.into_iter().filter(|a| a == id).collect(),
            )),
        };
        let mut only = mine(None);
        let mut saved = None;
        loop {
            if let Err(e) = round(&paths, &tools, only.as_deref(), saved, on) {
                on(Event::Failed(&e));
            }
            typesetter.end_round();
            let (changed, at) = wait(&rx, debounce)?;
            on(Event::Changed(&changed));
            if changed.iter().any(|p| p.starts_with(&templates)) {
                tools.reload_templates(&paths, &Digests::default())?;
            }
            only = mine(affected(&content, &changed));
            saved = Some(at);
        }
    }
}

/// One round: read the Ambiti `only` names (all with `None`), then build
/// what changed of them.
fn round(
    paths: &Paths,
    tools: &Tools,
    only: Option<&[String]>,
    saved: Option<Instant>,
    on: &(dyn Fn(Event) + Sync),
) -> Result<(), Error> {
    let unread: Vec<String> = match only {
        None => Vec::new(),
        Some(ids) => crate::load::ambito_ids(&paths.content)?
            .into_iter()
            .filter(|id| !ids.contains(id))
            .collect(),
    };
    let checked = build::check_except(&paths.content, unread)?;
    on(Event::Checked(&checked));
    let select = Selection::default();
    let report = build::build(&checked, paths, &select, &Digests::default(), tools, |e| {
        on(Event::Written(e))
    })?;
    on(Event::Built {
        report: &report,
        since_save: saved.map(|t| t.elapsed()),
    });
    Ok(())
}

/// Waits for a change, then for `debounce` without one (at most
/// [`STARVE`]); returns the files changed and when the first change came.
fn wait(
    rx: &Receiver<notify::Result<notify::Event>>,
    debounce: Duration,
) -> Result<(Vec<PathBuf>, Instant), Error> {
    loop {
        let first = rx.recv().map_err(|_| {
            Error::Watch(notify::Error::generic(&crate::t!("progetto-watch-fermo")))
        })?;
        let at = Instant::now();
        let mut changed = BTreeSet::new();
        let mut add = |event: notify::Result<notify::Event>| -> Result<(), Error> {
            let event = event?;
            if relevant(&event.kind) {
                changed.extend(event.paths);
            }
            Ok(())
        };
        add(first)?;
        while at.elapsed() < STARVE {
            match rx.recv_timeout(debounce) {
                Ok(event) => add(event)?,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return Err(stopped()),
            }
        }
        if !changed.is_empty() {
            return Ok((changed.into_iter().collect(), at));
        }
    }
}

/// The operating system's watcher is gone (its channel closed).
fn stopped() -> Error {
    Error::Watch(notify::Error::generic(&crate::t!("progetto-watch-fermo")))
}

/// Whether an event can change what a build reads: not a read, nor a change
/// of permissions or times only.
fn relevant(kind: &EventKind) -> bool {
    use notify::event::ModifyKind;
    match kind {
        EventKind::Access(_) | EventKind::Other => false,
        EventKind::Modify(ModifyKind::Metadata(_) | ModifyKind::Other) => false,
        EventKind::Any | EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) => true,
    }
}

/// Which Ambiti a change affects: the ones whose folder holds a changed
/// file; all of them (`None`) when shared data or templates changed.
pub fn affected(content: &Path, changed: &[PathBuf]) -> Option<Vec<String>> {
    let mut ambiti = Vec::new();
    for path in changed {
        let first = path
            .strip_prefix(content)
            .ok()
            .and_then(|rel| rel.components().next())
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        match first {
            Some(a) if !a.starts_with('_') => ambiti.push(a),
            _ => return None,
        }
    }
    ambiti.sort();
    ambiti.dedup();
    Some(ambiti)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_map_to_ambiti() {
        let content = Path::new("content");
        let one = vec![PathBuf::from("content/lecce/comuni.yaml")];
        assert_eq!(affected(content, &one), Some(vec!["lecce".to_string()]));
        let shared = vec![PathBuf::from("content/_riferimenti/norme.yaml")];
        assert_eq!(affected(content, &shared), None);
        let template = vec![PathBuf::from("templates/lib/atto.typ")];
        assert_eq!(affected(content, &template), None);
    }
}
