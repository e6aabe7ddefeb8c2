//! Content is plain files inside `content/` (R047): a symbolic link or a
//! special file is refused before it is opened, so that a pull request
//! carrying a link cannot print the CI job's environment, and a FIFO cannot
//! hang `check`.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{stderr, workspace};

fn check_with_secret(dir: &std::path::Path) -> (String, Option<i32>) {
    let out = common::bin()
        .current_dir(dir)
        .args(["check"])
        .env("AMBITO_TEST_SECRET", "s3gr3to-da-non-stampare")
        .output()
        .unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    (text, out.status.code())
}

#[test]
fn a_link_to_the_environment_prints_no_byte_of_it() {
    let ws = workspace();
    for file in ["enti.yaml", "comuni.yaml", "atti/convenzione.yaml"] {
        let path = ws.path().join("content/carate-brianza").join(file);
        std::fs::remove_file(&path).unwrap();
        std::os::unix::fs::symlink("/proc/self/environ", &path).unwrap();
    }
    let (text, code) = check_with_secret(ws.path());
    assert_eq!(code, Some(1), "{text}");
    assert!(!text.contains("s3gr3to"), "the environment leaked:\n{text}");
    assert!(!text.contains("AMBITO_TEST_SECRET"), "{text}");
    assert_eq!(text.matches("R047").count(), 3, "{text}");
    assert!(text.contains("content/carate-brianza/enti.yaml"), "{text}");
}

#[test]
fn a_linked_folder_is_refused_not_followed_nor_skipped() {
    let ws = workspace();
    let content = ws.path().join("content");
    // An Ambito folder that is a link, and an `atti/` folder that is one.
    std::os::unix::fs::symlink(content.join("lecce"), content.join("copia-di-lecce")).unwrap();
    let atti = content.join("carpi/atti");
    std::fs::rename(&atti, ws.path().join("atti-fuori")).unwrap();
    std::os::unix::fs::symlink(ws.path().join("atti-fuori"), &atti).unwrap();
    let (text, code) = check_with_secret(ws.path());
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("content/copia-di-lecce"), "{text}");
    assert!(
        text.contains("content/carpi/atti/convenzione.yaml"),
        "{text}"
    );
    assert!(
        text.contains("the folder `carpi/atti` is a symbolic link"),
        "{text}"
    );
}

#[test]
fn a_fifo_does_not_hang_check() {
    let ws = workspace();
    let path = ws.path().join("content/carate-brianza/enti.yaml");
    std::fs::remove_file(&path).unwrap();
    let made = Command::new("mkfifo").arg(&path).status().unwrap();
    assert!(made.success());
    let started = Instant::now();
    let mut child = common::bin()
        .current_dir(ws.path())
        .arg("check")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(30) {
            child.kill().unwrap();
            panic!("check hangs on a FIFO");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("R047") && err.contains("not a regular file"),
        "{err}"
    );
}

#[test]
fn a_link_added_after_a_build_is_not_taken_as_up_to_date() {
    let ws = workspace();
    let first = common::ambito(ws.path(), &["build"]);
    assert!(first.status.success(), "{}", stderr(&first));
    std::os::unix::fs::symlink(
        "/proc/self/environ",
        ws.path().join("content/lecce/piano.yaml"),
    )
    .unwrap();
    let second = common::ambito(ws.path(), &["build"]);
    let err = stderr(&second);
    assert_eq!(second.status.code(), Some(1), "{err}");
    assert!(
        err.contains("R047") && err.contains("content/lecce/piano.yaml"),
        "{err}"
    );
    assert!(err.contains("skipped lecce"), "{err}");
}

#[test]
fn standard_output_that_closes_or_fails_is_handled() {
    // A reader that stops at once (`| true`): no panic, success.
    let mut child = common::bin()
        .args(["completions", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // A full disk behind `>`: an I/O error, said, exit 2.
    let full = std::fs::File::create("/dev/full").unwrap();
    let out = common::bin()
        .args(["completions", "bash"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("cannot write to standard output"));
}

#[test]
fn written_files_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    for (umask, mode) in [("022", 0o644), ("077", 0o600), ("002", 0o664)] {
        let ws = workspace();
        let out = Command::new("sh")
            .current_dir(ws.path())
            .arg("-c")
            .arg(format!("umask {umask} && exec \"$0\" build",))
            .arg(env!("CARGO_BIN_EXE_ambito"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        for file in ["out/manifest.json", "out/lecce/regolamento.pdf"] {
            let got = std::fs::metadata(ws.path().join(file))
                .unwrap()
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(got, mode, "{file} under umask {umask}: {got:o}");
        }
    }
}

/// Two builds into one `out/` at once: the first on one thread, the second,
/// on two, started a moment later after a change to the first Ambito's name
/// (printed in all its documents), so that it overtakes the first. Without
/// a lock the slower one writes the manifest last, naming its own PDFs where
/// the faster one's now are. Whatever the timing, the manifest left matches
/// the PDFs (`verify`), both exit 0, and the second build's inputs are what
/// the manifest records: the second waits for the first's lock on `out/`.
#[test]
fn two_concurrent_builds_leave_a_consistent_manifest() {
    let ws = workspace();
    let first = common::ambito(ws.path(), &["build"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let path = ws
        .path()
        .join("content/alta-val-di-cecina-valdera/ambito.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let name = text
        .lines()
        .find(|l| l.starts_with("nome: "))
        .unwrap()
        .to_string();
    for (round, delay) in [100, 250, 400].into_iter().enumerate() {
        let spawn = |jobs: &str| {
            common::bin()
                .current_dir(ws.path())
                .args(["build", "--force", "--jobs", jobs])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let a = spawn("1");
        std::thread::sleep(Duration::from_millis(delay));
        std::fs::write(&path, text.replace(&name, &format!("{name} {round}"))).unwrap();
        let b = spawn("2");
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        assert!(a.status.success(), "{}", stderr(&a));
        assert!(b.status.success(), "{}", stderr(&b));
        let verify = common::ambito(ws.path(), &["verify"]);
        assert_eq!(
            verify.status.code(),
            Some(0),
            "round {round}: {}{}",
            String::from_utf8_lossy(&verify.stdout),
            stderr(&verify)
        );
        let list = common::ambito(ws.path(), &["list"]);
        let list = String::from_utf8_lossy(&list.stdout);
        assert!(
            list.lines().all(|l| l.ends_with("aggiornato")),
            "round {round}: the manifest does not record the last build's inputs\n{list}"
        );
    }
}

/// An Ambito folder whose name cannot be its id in `out/` (`manifest.json`
/// would collide with the manifest, `lib` with the Typst library of
/// `--emit-typst`) is reported at the folder, and the other Ambiti build.
#[test]
fn ambito_folders_named_like_the_outputs_are_refused() {
    let ws = workspace();
    let content = ws.path().join("content");
    for name in ["manifest.json", "lib"] {
        common::copy_dir(&content.join("lecce"), &content.join(name));
    }
    let out = common::ambito(ws.path(), &["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for name in ["manifest.json", "lib"] {
        assert!(
            err.contains(&format!("`{name}` cannot name an Ambito's folder")),
            "{err}"
        );
    }
    assert!(ws.path().join("out/manifest.json").is_file());
    assert!(ws.path().join("out/lecce/regolamento.pdf").is_file());
    assert!(!ws.path().join("out/lib").exists());
}

/// Folders that cannot be used are a usage error (exit 2) before anything
/// is written: an output folder inside the content (its PDFs would be read
/// back as content), a templates folder that is a link, or holds one.
#[test]
fn overlapping_or_linked_folders_are_a_usage_error() {
    let ws = workspace();
    for out_dir in ["content/out", "content", "templates/out", "."] {
        let out = common::ambito(ws.path(), &["build", "--out", out_dir]);
        assert_eq!(out.status.code(), Some(2), "{out_dir}: {}", stderr(&out));
        assert!(stderr(&out).contains("overlap"), "{}", stderr(&out));
    }
    assert!(!ws.path().join("content/out").exists());

    // A templates folder that is a link to the real one.
    std::fs::rename(ws.path().join("templates"), ws.path().join("modelli")).unwrap();
    std::os::unix::fs::symlink(ws.path().join("modelli"), ws.path().join("templates")).unwrap();
    let out = common::ambito(ws.path(), &["build"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("symbolic link"), "{}", stderr(&out));

    // A real templates folder holding a link.
    std::fs::remove_file(ws.path().join("templates")).unwrap();
    std::fs::rename(ws.path().join("modelli"), ws.path().join("templates")).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", ws.path().join("templates/lib/x.typ")).unwrap();
    let out = common::ambito(ws.path(), &["build"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("templates/lib/x.typ"),
        "{}",
        stderr(&out)
    );
    assert!(!ws.path().join("out").exists());
}
