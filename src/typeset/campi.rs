//! Signature fields: one empty field per signatory, on the signatory's block.
//!
//! Typst writes no form fields (krilla, its PDF writer, has no widget
//! annotations), so they are added afterwards, as an incremental update of
//! the PDF Typst wrote: its bytes stay as they are, and the update appends
//! the fields. `templates/lib/atto.typ` marks each signatory's block with a
//! `<campo-firma>` metadata giving who signs and the block's size; its
//! position on the page is where the field goes.
//!
//! What keeps the file PDF/A-2a and PDF/UA-1:
//! - each field is a signature field merged with its widget, printable (`/F 4`),
//!   with an empty appearance stream (PDF/A-2 6.3.3: every annotation that is
//!   seen has one) and no actions;
//! - its `/TU` says in words whose signature it is (PDF/UA-1 7.18.4), and it
//!   is tagged: a `Form` structure element holds it by an object reference,
//!   and the page's entry in the structure's parent tree points back
//!   (PDF/UA-1 7.18.1; the pages already list annotations in structure
//!   order, `/Tabs /S`);
//! - the AcroForm has no `NeedAppearances` (PDF/A-2 6.4.1).

use lopdf::{Dictionary, Document, IncrementalDocument, Object, Stream};
use typst::foundations::{Label, Selector, Value};
use typst::introspection::Introspector as _;
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

/// One signature field to add.
#[derive(Debug, Clone, PartialEq)]
pub struct Campo {
    /// The field's name: the person who signs (unique in the document).
    pub nome: String,
    /// What a screen reader says: "Firma di … (ruolo, ente)".
    pub descrizione: String,
    /// Page, from 1.
    pub pagina: usize,
    /// Lower left and upper right corner, in PDF points from the page's
    /// lower left.
    pub rect: [f32; 4],
}

/// The signature fields the document's `<campo-firma>` marks ask for, in
/// the order of the document.
pub fn campi(document: &PagedDocument) -> Vec<Campo> {
    let Some(label) = Label::new(PicoStr::intern("campo-firma")) else {
        return Vec::new();
    };
    let introspector = document.introspector();
    let mut campi: Vec<Campo> = Vec::new();
    for elem in introspector.query(&Selector::Label(label)) {
        let Some(meta) = elem.to_packed::<typst::introspection::MetadataElem>() else {
            continue;
        };
        let Value::Dict(dict) = &meta.value else {
            continue;
        };
        let Some(position) = elem.location().and_then(|l| introspector.position(l)) else {
            continue;
        };
        let testo = |key: &str| match dict.get(key) {
            Ok(Value::Content(c)) => c.plain_text().trim().to_string(),
            Ok(Value::Str(s)) => s.as_str().trim().to_string(),
            _ => String::new(),
        };
        let misura = |key: &str| match dict.get(key) {
            Ok(Value::Length(l)) => l.abs.to_pt() as f32,
            _ => 0.0,
        };
        let Some(page) = document.pages().get(position.page.get() - 1) else {
            continue;
        };
        let alto = page.frame.height().to_pt() as f32;
        let (x, y) = (
            position.point.x.to_pt() as f32,
            position.point.y.to_pt() as f32,
        );
        let (nome, ruolo, ente) = (testo("nome"), testo("ruolo"), testo("ente"));
        let chi = if nome.is_empty() {
            format!("Firmatario {}", campi.len() + 1)
        } else {
            nome.clone()
        };
        let dettagli: Vec<&str> = [ruolo.as_str(), ente.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        let descrizione = if dettagli.is_empty() {
            format!("Firma di {chi}")
        } else {
            format!("Firma di {chi} ({})", dettagli.join(", "))
        };
        campi.push(Campo {
            nome: unico(&campi, &chi),
            descrizione,
            pagina: position.page.get(),
            // A little room around the block, for the stamp a signing tool draws.
            rect: [
                x - 2.0,
                alto - y - misura("altezza") - 3.0,
                x + misura("larghezza") + 2.0,
                alto - y + 3.0,
            ],
        });
    }
    campi
}

/// A field name no other field has: a full stop separates the parts of a
/// field's name in PDF, so it becomes a space; a second field for the same
/// person is "Nome Cognome (2)".
fn unico(campi: &[Campo], nome: &str) -> String {
    let base = nome.replace('.', " ");
    let mut candidate = base.clone();
    let mut n = 1;
    while campi.iter().any(|c| c.nome == candidate) {
        n += 1;
        candidate = format!("{base} ({n})");
    }
    candidate
}

/// `pdf` with the fields appended as an incremental update (unchanged when
/// there are none). The original bytes are an exact prefix of the result.
pub fn aggiungi(pdf: Vec<u8>, campi: &[Campo]) -> Result<Vec<u8>, String> {
    if campi.is_empty() {
        return Ok(pdf);
    }
    let previous = Document::load_mem(&pdf)
        .map_err(|e| crate::t!("tipografia-lettura-pdf", errore = e.to_string()))?;
    let mut doc = IncrementalDocument::create_from(pdf, previous);
    aggiorna(&mut doc, campi)
        .map_err(|e| crate::t!("tipografia-aggiunta-campi", errore = e.to_string()))?;
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .map_err(|e| crate::t!("tipografia-scrittura-campi", errore = e.to_string()))?;
    Ok(out)
}

/// Adds the fields' widgets, pages, structure elements and AcroForm to `doc`.
fn aggiorna(doc: &mut IncrementalDocument, campi: &[Campo]) -> lopdf::Result<()> {
    let prev = doc.get_prev_documents();
    let pages = prev.get_pages();
    let catalog_id = prev.trailer.get(b"Root")?.as_reference()?;
    let struct_root_id = prev.catalog()?.get(b"StructTreeRoot")?.as_reference()?;
    let struct_root = prev.get_dictionary(struct_root_id)?;
    // The structure's top element (`Document`): the fields join its children.
    let top = match struct_root.get(b"K")? {
        Object::Array(kids) => kids
            .first()
            .ok_or(lopdf::Error::MissingXrefEntry)?
            .as_reference()?,
        other => other.as_reference()?,
    };
    let mut next_key = struct_root.get(b"ParentTreeNextKey")?.as_i64()?;

    for id in [catalog_id, struct_root_id, top] {
        doc.opt_clone_object_to_new_document(id)?;
    }
    let mut fields = Vec::new();
    let mut parents = Vec::new();
    let mut forms = Vec::new();
    for campo in campi {
        let Some(&page_id) = pages.get(&(campo.pagina as u32)) else {
            continue;
        };
        let (widget, form) = widget(&mut doc.new_document, campo, page_id, top, next_key);
        parents.push(Object::Integer(next_key));
        parents.push(Object::Reference(form));
        next_key += 1;
        fields.push(Object::Reference(widget));
        forms.push(Object::Reference(form));
        add_annotation(doc, page_id, widget)?;
    }
    // The fields join the top element's children, at the end.
    append_kids(&mut doc.new_document, top, forms)?;
    extend_parent_tree(doc, struct_root_id, parents)?;
    let new = &mut doc.new_document;
    new.get_dictionary_mut(struct_root_id)?
        .set("ParentTreeNextKey", Object::Integer(next_key));
    new.get_dictionary_mut(catalog_id)?.set(
        "AcroForm",
        Object::Dictionary(Dictionary::from_iter([("Fields", Object::Array(fields))])),
    );
    Ok(())
}

/// Lists `widget` among the annotations of the page `page_id`.
fn add_annotation(
    doc: &mut IncrementalDocument,
    page_id: lopdf::ObjectId,
    widget: lopdf::ObjectId,
) -> lopdf::Result<()> {
    doc.opt_clone_object_to_new_document(page_id)?;
    let page = doc.new_document.get_dictionary_mut(page_id)?;
    match page.get_mut(b"Annots") {
        Ok(Object::Array(annots)) => annots.push(Object::Reference(widget)),
        _ => page.set("Annots", Object::Array(vec![Object::Reference(widget)])),
    }
    Ok(())
}

/// Appends `forms` to the children (`/K`) of the structure element `top`.
fn append_kids(
    new: &mut lopdf::Document,
    top: lopdf::ObjectId,
    forms: Vec<Object>,
) -> lopdf::Result<()> {
    let top_elem = new.get_dictionary_mut(top)?;
    match top_elem.get_mut(b"K") {
        Ok(Object::Array(kids)) => kids.extend(forms),
        Ok(other) => {
            let first = other.clone();
            top_elem.set("K", Object::Array([vec![first], forms].concat()));
        }
        Err(_) => top_elem.set("K", Object::Array(forms)),
    }
    Ok(())
}

/// Adds `parents` (widget key, `Form` element) to the structure's parent tree.
fn extend_parent_tree(
    doc: &mut IncrementalDocument,
    struct_root_id: lopdf::ObjectId,
    parents: Vec<Object>,
) -> lopdf::Result<()> {
    let parent_tree = doc
        .new_document
        .get_dictionary(struct_root_id)?
        .get(b"ParentTree")?
        .clone();
    let parent_tree = match parent_tree {
        Object::Reference(id) => {
            doc.opt_clone_object_to_new_document(id)?;
            doc.new_document.get_dictionary_mut(id)?
        }
        _ => doc
            .new_document
            .get_dictionary_mut(struct_root_id)?
            .get_mut(b"ParentTree")?
            .as_dict_mut()?,
    };
    match parent_tree.get_mut(b"Nums") {
        Ok(Object::Array(nums)) => nums.extend(parents),
        _ => parent_tree.set("Nums", Object::Array(parents)),
    }
    Ok(())
}

/// Adds one field's widget, its empty appearance and its `Form` structure
/// element (child of `top`, with the parent-tree key `key`) to `new`;
/// returns the widget and the element.
fn widget(
    new: &mut lopdf::Document,
    campo: &Campo,
    page_id: lopdf::ObjectId,
    top: lopdf::ObjectId,
    key: i64,
) -> (lopdf::ObjectId, lopdf::ObjectId) {
    let [x0, y0, x1, y1] = campo.rect;
    let appearance = new.add_object(Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"XObject".to_vec())),
            ("Subtype", Object::Name(b"Form".to_vec())),
            ("BBox", reals(&[0.0, 0.0, x1 - x0, y1 - y0])),
            ("Resources", Object::Dictionary(Dictionary::new())),
        ]),
        Vec::new(),
    ));
    let widget = new.new_object_id();
    let form = new.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"StructElem".to_vec())),
        ("S", Object::Name(b"Form".to_vec())),
        ("P", Object::Reference(top)),
        (
            "K",
            Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::Name(b"OBJR".to_vec())),
                ("Obj", Object::Reference(widget)),
                ("Pg", Object::Reference(page_id)),
            ])),
        ),
    ]));
    new.objects.insert(
        widget,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Annot".to_vec())),
            ("Subtype", Object::Name(b"Widget".to_vec())),
            ("FT", Object::Name(b"Sig".to_vec())),
            ("T", lopdf::text_string(&campo.nome)),
            ("TU", lopdf::text_string(&campo.descrizione)),
            ("F", Object::Integer(4)),
            ("Rect", reals(&campo.rect)),
            ("P", Object::Reference(page_id)),
            (
                "AP",
                Object::Dictionary(Dictionary::from_iter([(
                    "N",
                    Object::Reference(appearance),
                )])),
            ),
            ("StructParent", Object::Integer(key)),
        ])),
    );
    (widget, form)
}

fn reals(values: &[f32]) -> Object {
    Object::Array(values.iter().map(|&v| Object::Real(v)).collect())
}
