//! Threads that typeset documents side by side.
//!
//! `--jobs N` means N threads in all. Typst lays out, and typst-pdf's writer
//! (krilla) exports, with help from rayon: they hand parts of their work to
//! the rayon pool of the thread they run on. So each document runs inside a
//! rayon pool of N threads of our own, and that is the only pool it uses.
//!
//! The documents themselves are not rayon jobs, on purpose. A rayon worker
//! that waits for a part of an export runs other queued jobs meanwhile: if
//! those were whole documents, an export would start other documents inside
//! itself, nesting them without bound (their times added into each other,
//! memory and stack grew with the batch, and 500 documents overflowed the
//! stack). Instead each thread of the pool runs one loop that takes the next
//! document not yet taken, so the only jobs queued are small parts.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Stack of each thread: Typst's layout recurses deeply on long tables;
/// the main thread of the `typst` command has 8 MiB, and so do these, with
/// room to spare. Only the pages touched are really allocated.
pub const STACK: usize = 16 << 20;

/// Runs `f` on every item, on `threads` threads, and returns the results in
/// the order of `items`. Each thread takes the next item not yet taken, so a
/// long document does not hold up the others.
pub fn run<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    let work = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            let r = f(item);
            if let Ok(mut results) = results.lock() {
                results.push((i, r));
            }
        }
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.clamp(1, items.len().max(1)))
        .stack_size(STACK)
        .thread_name(|n| format!("ambito-{n}"))
        .build();
    match pool {
        // One loop per thread, run by that thread only (broadcast jobs are
        // not stolen).
        Ok(pool) => {
            pool.broadcast(|_| work());
        }
        // No threads to be had: work on this one.
        Err(_) => work(),
    }
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_once_in_order() {
        let items: Vec<u32> = (0..1000).collect();
        for threads in [1, 2, 7] {
            assert_eq!(
                run(&items, threads, |x| x * 2),
                items.iter().map(|x| x * 2).collect::<Vec<_>>()
            );
        }
        assert!(run(&Vec::<u32>::new(), 2, |x| *x).is_empty());
    }
}
