//! The schemas in a real editor: this test drives `yaml-language-server`,
//! the language server VS Code's YAML extension runs, over standard input
//! and output (LSP: JSON-RPC messages, each after a `Content-Length`
//! header), on a copy of an example content file that names its schema on
//! its first line, as every content file does. It checks what an office
//! sees while typing: each mistake flagged on its line, the editor's hint
//! for a date in Italian, the CAP that `check` refuses refused here too, and
//! a hover over a key that says, in Italian, what the key is.
//!
//! `scripts/test.sh` installs the server (npm, `yaml-language-server@2.0.0`)
//! under `target/editor/`; `AMBITO_YAML_LANGUAGE_SERVER` may name another
//! copy.

mod common;

use std::collections::HashMap;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use common::repo;
use serde_json::{Value, json};

/// How long the server may take to start, or to answer one request, on a
/// slow shared machine.
const PATIENCE: Duration = Duration::from_secs(120);

fn server_path() -> PathBuf {
    std::env::var_os("AMBITO_YAML_LANGUAGE_SERVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("target/editor/node_modules/.bin/yaml-language-server"))
}

/// A running language server and what it has published.
struct Server {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: u64,
    diagnostics: HashMap<String, Vec<Value>>,
}

impl Server {
    fn start(root: &Path) -> Server {
        let path = server_path();
        assert!(
            path.exists(),
            "{} is missing: the editor test needs the YAML language server. Run \
             scripts/test.sh, or `npm install --prefix target/editor yaml-language-server@2.0.0` \
             (Node.js and npm needed)",
            path.display()
        );
        let mut child = Command::new(&path)
            .arg("--stdio")
            .current_dir(root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", path.display()));
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (send, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if send.send(message).is_err() {
                    break;
                }
            }
        });
        Server {
            child,
            stdin,
            incoming,
            next_id: 0,
            diagnostics: HashMap::new(),
        }
    }

    fn send(&mut self, message: &Value) {
        let body = serde_json::to_vec(message).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        self.stdin.write_all(&body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and waits for its answer, handling what the server
    /// sends meanwhile.
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        let deadline = Instant::now() + PATIENCE;
        loop {
            let message = self
                .receive(deadline)
                .unwrap_or_else(|| panic!("no answer to `{method}` within {PATIENCE:?}"));
            if message.get("id") == Some(&json!(id)) && message.get("method").is_none() {
                assert!(
                    message.get("error").is_none(),
                    "`{method}` failed: {message}"
                );
                return message["result"].clone();
            }
        }
    }

    /// The next message before `deadline`, after handling it: diagnostics
    /// are kept, and the server's own requests answered.
    fn receive(&mut self, deadline: Instant) -> Option<Value> {
        let wait = deadline.saturating_duration_since(Instant::now());
        let message = match self.incoming.recv_timeout(wait) {
            Ok(message) => message,
            Err(RecvTimeoutError::Timeout) => return None,
            Err(RecvTimeoutError::Disconnected) => {
                panic!("the language server stopped: {:?}", self.child.try_wait())
            }
        };
        match message["method"].as_str() {
            Some("textDocument/publishDiagnostics") => {
                let uri = message["params"]["uri"].as_str().unwrap_or_default();
                let list = message["params"]["diagnostics"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                self.diagnostics.insert(uri.to_string(), list);
            }
            Some(method) if message.get("id").is_some() => {
                // workspace/configuration, client/registerCapability,
                // window/workDoneProgress/create…: the settings were sent
                // already; anything else needs no answer but null.
                let result = if method == "workspace/configuration" {
                    let items = message["params"]["items"].as_array().map_or(0, Vec::len);
                    Value::Array(vec![settings()["yaml"].clone(); items])
                } else {
                    Value::Null
                };
                let id = message["id"].clone();
                self.send(&json!({ "jsonrpc": "2.0", "id": id, "result": result }));
            }
            _ => {}
        }
        Some(message)
    }

    /// The diagnostics of `uri` (a file with mistakes) once the server has
    /// published some and nothing newer for a moment.
    fn diagnostics_of(&mut self, uri: &str) -> Vec<Value> {
        let deadline = Instant::now() + PATIENCE;
        while self.diagnostics.get(uri).is_none_or(Vec::is_empty) {
            if self.receive(deadline).is_none() {
                panic!("no diagnostics for {uri} within {PATIENCE:?}");
            }
        }
        let quiet = Duration::from_secs(2);
        let mut until = Instant::now() + quiet;
        while let Some(message) = self.receive(until.min(deadline)) {
            if message["method"] == "textDocument/publishDiagnostics" {
                until = Instant::now() + quiet;
            }
        }
        self.diagnostics.get(uri).cloned().unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

/// The editor's settings: check and describe, and never fetch schemas from
/// the network (the file names its own).
fn settings() -> Value {
    json!({
        "yaml": {
            "validate": true,
            "hover": true,
            "completion": true,
            "schemaStore": { "enable": false },
            "schemas": {}
        }
    })
}

fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The 1-based number of the first line of `text` that contains `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with `{needle}`"))
        + 1
}

/// Markdown's escapes taken away: `\`F\`` is `` `F` ``.
fn unescape(markdown: &str) -> String {
    let mut out = String::new();
    let mut chars = markdown.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

#[test]
fn the_editor_flags_mistakes_on_their_lines_and_explains_keys_in_italian() {
    // A project as `ambito init` lays it out: the file's first line names
    // `../../schemas/comuni.schema.json`.
    let project = tempfile::tempdir().unwrap();
    let root = project.path().canonicalize().unwrap();
    fs::create_dir_all(root.join("schemas")).unwrap();
    fs::copy(
        repo().join("schemas/comuni.schema.json"),
        root.join("schemas/comuni.schema.json"),
    )
    .unwrap();
    let original = fs::read_to_string(repo().join("content/carate-brianza/comuni.yaml")).unwrap();
    assert!(
        original.starts_with("# yaml-language-server: $schema=../../schemas/comuni.schema.json")
    );
    // Three mistakes, and a CAP written as YAML reads a number.
    let text = original
        .replacen("  sede: via Roma 1\n", "  sedee: via Roma 1\n", 1)
        .replacen("residenti: 12094", "residenti: dodicimila", 1)
        .replacen("dal: 2013-06-10", "dal: 10/06/2013", 1)
        .replacen("  nome: Briosco\n", "  nome: Briosco\n  cap: 00184\n", 1);
    let wrong_key = line_of(&text, "sedee:");
    let wrong_type = line_of(&text, "dodicimila");
    let bad_date = line_of(&text, "10/06/2013");
    let unquoted_cap = line_of(&text, "cap: 00184");
    let dir = root.join("content/carate-brianza");
    fs::create_dir_all(&dir).unwrap();
    let path = dir.join("comuni.yaml");
    fs::write(&path, &text).unwrap();
    let uri = file_uri(&path);

    let mut server = Server::start(&root);
    server.request(
        "initialize",
        json!({
            "processId": std::process::id(),
            "rootUri": file_uri(&root),
            "capabilities": {
                "workspace": { "configuration": true },
                "textDocument": { "hover": { "contentFormat": ["markdown", "plaintext"] } }
            }
        }),
    );
    server.notify("initialized", json!({}));
    server.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": settings() }),
    );
    server.notify(
        "textDocument/didOpen",
        json!({
            "textDocument": { "uri": uri, "languageId": "yaml", "version": 1, "text": text }
        }),
    );

    let diagnostics = server.diagnostics_of(&uri);
    let shown: Vec<(usize, String)> = diagnostics
        .iter()
        .map(|d| {
            let line = d["range"]["start"]["line"].as_u64().unwrap_or(0) as usize + 1;
            (line, d["message"].as_str().unwrap_or_default().to_string())
        })
        .collect();
    let on = |line: usize| -> Vec<&String> {
        shown
            .iter()
            .filter(|(l, _)| *l == line)
            .map(|(_, m)| m)
            .collect()
    };
    assert!(
        on(wrong_key).iter().any(|m| m.contains("sedee")),
        "the unknown key, line {wrong_key}: {shown:?}"
    );
    assert!(
        on(wrong_type).iter().any(|m| m.contains("integer")),
        "the text where a number goes, line {wrong_type}: {shown:?}"
    );
    assert!(
        on(bad_date)
            .iter()
            .any(|m| m.contains("aaaa-mm-gg") && m.contains("scrivere")),
        "the date, with the schema's Italian hint, line {bad_date}: {shown:?}"
    );
    assert!(
        on(unquoted_cap)
            .iter()
            .any(|m| m.contains("CAP") && m.contains("virgolette")),
        "the CAP YAML reads as 184, line {unquoted_cap}: {shown:?}"
    );
    let expected = [wrong_key, wrong_type, bad_date, unquoted_cap];
    let others: Vec<_> = shown
        .iter()
        .filter(|(l, _)| !expected.contains(l))
        .collect();
    assert!(
        others.is_empty(),
        "the rest of the file is right: {others:?}"
    );

    // A hover over a key shows the Italian description of the schema, under
    // the Italian title of what holds the key; no Rust name.
    let schema: Value =
        serde_json::from_slice(&fs::read(repo().join("schemas/comuni.schema.json")).unwrap())
            .unwrap();
    let comune = &schema["$defs"]["ComuneEntry"];
    let described = comune["properties"]["sindaco"]["description"]
        .as_str()
        .unwrap();
    assert!(described.contains("Sindaco in carica"), "{described}");
    let line = line_of(&text, "  sindaco: vanessa-gallo") - 1;
    let hover = server.request(
        "textDocument/hover",
        json!({
            "textDocument": { "uri": uri },
            "position": { "line": line, "character": 4 }
        }),
    );
    let markdown = unescape(hover["contents"]["value"].as_str().unwrap_or_default());
    assert!(markdown.contains(described), "{markdown}");
    let title = comune["title"].as_str().unwrap();
    assert!(
        markdown.starts_with(&format!("#### {title}\n")),
        "{markdown}"
    );
    assert!(!markdown.contains("ComuneEntry"), "{markdown}");

    server.request("shutdown", Value::Null);
    server.notify("exit", Value::Null);
}
