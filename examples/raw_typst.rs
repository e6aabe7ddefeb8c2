//! Raw in-process Typst time, for `scripts/bench.sh`: typesets the sources
//! that `ambito build --emit-typst` wrote, with the library and fonts loaded
//! once, on N threads, and nothing else (no YAML, no validation, no
//! templates, no hashing, no files written). What ambito costs on top of
//! Typst is a build's time minus this one.
//!
//! ```sh
//! cargo run --release -- build --emit-typst --out /tmp/typst
//! cargo run --release --example raw_typst -- --sources /tmp/typst --jobs 2
//! ```
//!
//! Prints one JSON line: documents, pages, seconds, and the seconds of
//! layout and export summed over documents (as `ambito build --timings`).

use std::path::PathBuf;
use std::time::Instant;

use ambito::build::schedule;
use ambito::typeset::{Meta, Typesetter};

/// Typst allocates a great deal, from several threads at once: mimalloc
/// is faster at it than the system allocator and scales better across them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Doc {
    name: String,
    source: String,
    meta: Meta,
}

fn main() {
    let mut sources = None;
    let mut jobs = 1;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--sources" => sources = args.next().map(PathBuf::from),
            "--jobs" => jobs = args.next().and_then(|n| n.parse().ok()).unwrap_or(1),
            _ => {
                eprintln!("usage: raw_typst --sources DIR [--jobs N]");
                std::process::exit(2);
            }
        }
    }
    let Some(dir) = sources else {
        eprintln!("usage: raw_typst --sources DIR [--jobs N]");
        std::process::exit(2);
    };
    // Read everything first: only typesetting is timed.
    let mut docs = Vec::new();
    for entry in walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .min_depth(2)
        .max_depth(2)
    {
        let entry = entry.unwrap_or_else(|e| fail(&e));
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "typ") || path.starts_with(dir.join("lib")) {
            continue;
        }
        let source = std::fs::read_to_string(path).unwrap_or_else(|e| fail(&e));
        let json = std::fs::read(path.with_extension("json")).unwrap_or_else(|e| fail(&e));
        let emitted: serde_json::Value = serde_json::from_slice(&json).unwrap_or_else(|e| fail(&e));
        let date = emitted["data"]
            .as_str()
            .and_then(|d| d.parse().ok())
            .unwrap_or_default();
        let name = path
            .strip_prefix(&dir)
            .unwrap_or(path)
            .display()
            .to_string();
        docs.push(Doc {
            meta: Meta {
                ident: name.trim_end_matches(".typ").to_string(),
                date,
            },
            name,
            source,
        });
    }
    let started = Instant::now();
    let typesetter = Typesetter::new(&dir);
    // The same worker threads as `ambito build`.
    let done = schedule::run(&docs, jobs, |d| {
        match typesetter.pdf(&d.name, d.source.clone(), &d.meta) {
            Ok(pdf) => (pdf.pages, pdf.compile + pdf.export),
            Err(e) => fail(&e),
        }
    });
    let pages: usize = done.iter().map(|(p, _)| p).sum();
    let typst: f64 = done.iter().map(|(_, t)| t.as_secs_f64()).sum();
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{{\"documents\": {}, \"pages\": {pages}, \"jobs\": {jobs}, \"seconds\": {seconds:.3}, \"typst_seconds_summed\": {typst:.3}}}",
        docs.len()
    );
}

fn fail(e: &dyn std::fmt::Display) -> ! {
    eprintln!("raw_typst: {e}");
    std::process::exit(2);
}
