//! Snapshots of the Typst source of every example document: a change of
//! wording, of a clause or of a template shows as a diff to review
//! (`cargo insta review`, or compare `tests/snapshots/*.snap.new`), never
//! silently. The snapshots are the committed `tests/snapshots/*.snap`.

mod common;

#[test]
fn the_typst_of_every_example_document_is_as_reviewed() {
    let (_dir, out) = common::emitted_typst();
    let mut sources: Vec<_> = common::walk(&out)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "typ"))
        .filter(|p| !p.starts_with(out.join("lib")))
        .collect();
    sources.sort();
    assert_eq!(sources.len(), 14, "one source per example document");
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for path in &sources {
            let rel = path.strip_prefix(&out).unwrap();
            let name = rel.with_extension("").to_string_lossy().replace('/', "__");
            let text = std::fs::read_to_string(path).unwrap();
            insta::assert_snapshot!(name, text);
        }
    });
}
