//! A small element tree for the sidecars: written with quick-xml, read back
//! by `verify` and by the build that records a signature.

use std::borrow::Cow;

use quick_xml::Reader;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// An element: a name, and text or children (the metadata have no mixed
/// content and no attributes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nodo {
    pub nome: String,
    pub testo: String,
    pub figli: Vec<Nodo>,
}

/// How deep and how large a file `leggi` accepts: a sidecar is a few
/// kilobytes, nested six deep.
const PROFONDITA: usize = 32;
const NODI: usize = 100_000;

impl Nodo {
    /// An element with text.
    pub fn testo(nome: &str, testo: impl Into<String>) -> Nodo {
        Nodo {
            nome: nome.to_string(),
            testo: testo.into(),
            figli: Vec::new(),
        }
    }

    /// An element with children.
    pub fn con(nome: &str, figli: Vec<Nodo>) -> Nodo {
        Nodo {
            nome: nome.to_string(),
            testo: String::new(),
            figli,
        }
    }

    /// The first descendant at `path` (names separated by `/`, below this
    /// element).
    pub fn trova(&self, path: &str) -> Option<&Nodo> {
        path.split('/')
            .try_fold(self, |n, nome| n.figli.iter().find(|f| f.nome == nome))
    }

    /// Like [`Nodo::trova`], to change it.
    pub fn trova_mut(&mut self, path: &str) -> Option<&mut Nodo> {
        path.split('/')
            .try_fold(self, |n, nome| n.figli.iter_mut().find(|f| f.nome == nome))
    }

    /// Every descendant named `nome`, in document order.
    pub fn tutti<'a>(&'a self, nome: &str, out: &mut Vec<&'a Nodo>) {
        for f in &self.figli {
            if f.nome == nome {
                out.push(f);
            }
            f.tutti(nome, out);
        }
    }

    /// The document, UTF-8, indented by two spaces, with its declaration.
    pub fn scrivi(&self) -> Vec<u8> {
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
        // Writing to a Vec cannot fail.
        let _ = w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
        self.eventi(&mut w);
        let mut bytes = w.into_inner();
        bytes.push(b'\n');
        bytes
    }

    fn eventi(&self, w: &mut Writer<Vec<u8>>) {
        let _ = w.write_event(Event::Start(BytesStart::new(self.nome.as_str())));
        if self.figli.is_empty() {
            let _ = w.write_event(Event::Text(BytesText::new(&self.testo)));
        }
        for f in &self.figli {
            f.eventi(w);
        }
        let _ = w.write_event(Event::End(BytesEnd::new(self.nome.as_str())));
    }

    /// Reads a document written by [`Nodo::scrivi`] (or by hand, in the same
    /// shape): the root element.
    pub fn leggi(text: &str) -> Result<Nodo, String> {
        // Text is kept as written (a value may hold `&` between spaces); the
        // indentation between elements is dropped at their parent's end.
        let mut reader = Reader::from_str(text);
        let mut stack: Vec<Nodo> = Vec::new();
        let mut nodi = 0;
        loop {
            let event = reader
                .read_event()
                .map_err(|e| format!("{e} (byte {})", reader.buffer_position()))?;
            match event {
                Event::Start(e) => {
                    nodi += 1;
                    if stack.len() >= PROFONDITA || nodi > NODI {
                        return Err("too deep or too large".into());
                    }
                    let nome = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                    stack.push(Nodo::testo(&nome, ""));
                }
                Event::Empty(e) => {
                    let nome = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                    match stack.last_mut() {
                        Some(parent) => parent.figli.push(Nodo::testo(&nome, "")),
                        None => return Ok(Nodo::testo(&nome, "")),
                    }
                }
                Event::Text(t) => {
                    let text = t.decode().map_err(|e| e.to_string())?;
                    append(&mut stack, &text);
                }
                Event::CData(t) => {
                    let text = t.decode().map_err(|e| e.to_string())?;
                    append(&mut stack, &text);
                }
                Event::GeneralRef(r) => {
                    let resolved: Cow<str> =
                        match r.resolve_char_ref().map_err(|e| e.to_string())? {
                            Some(c) => Cow::Owned(c.to_string()),
                            None => {
                                let name = r.decode().map_err(|e| e.to_string())?;
                                let entity = quick_xml::escape::resolve_predefined_entity(&name)
                                    .ok_or_else(|| format!("unknown entity &{name};"))?;
                                Cow::Borrowed(entity)
                            }
                        };
                    append(&mut stack, &resolved);
                }
                Event::End(_) => {
                    let Some(mut done) = stack.pop() else {
                        return Err("unbalanced end tag".into());
                    };
                    if !done.figli.is_empty() {
                        done.testo.clear();
                    }
                    match stack.last_mut() {
                        Some(parent) => parent.figli.push(done),
                        None => return Ok(done),
                    }
                }
                Event::Eof => return Err("the document ends before its root element".into()),
                _ => {}
            }
        }
    }
}

fn append(stack: &mut [Nodo], text: &str) {
    if let Some(n) = stack.last_mut() {
        n.testo.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back_the_same() {
        let doc = Nodo::con(
            "A",
            vec![
                Nodo::testo("B", "Sant'Angelo & <Co> «x»"),
                Nodo::con("C", vec![Nodo::testo("D", "1")]),
            ],
        );
        let bytes = doc.scrivi();
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assert_eq!(Nodo::leggi(&text).unwrap(), doc);
        assert_eq!(Nodo::leggi(&text).unwrap().trova("C/D").unwrap().testo, "1");
    }

    #[test]
    fn broken_documents_are_errors() {
        assert!(Nodo::leggi("<A><B></A>").is_err());
        assert!(Nodo::leggi("<A>").is_err());
        assert!(Nodo::leggi(&"<A>".repeat(100)).is_err());
    }
}
