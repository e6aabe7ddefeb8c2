//! The fonts every document is set in, embedded in the binary so that the
//! same content gives the same PDF on any machine (no system fonts are ever
//! looked at).
//!
//! Typst's own fonts (Libertinus Serif for text, New Computer Modern, DejaVu
//! Sans Mono) come from typst-kit; this project adds DejaVu Sans (Greek,
//! Cyrillic, Hebrew, Arabic, many symbols) and Noto Color Emoji, as fallbacks
//! for names and addresses written in other scripts. Licences are in `fonts/`.
//! Validation uses [`covers`] to reject, at the YAML line and column, text that
//! no font can print (a PDF/A file may not contain missing glyphs).

use std::sync::OnceLock;

use typst::foundations::Bytes;
use typst::text::{Coverage, Font, FontInfo};

const DEJAVU_SANS: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const NOTO_COLOR_EMOJI: &[u8] = include_bytes!("../fonts/NotoColorEmoji.ttf");

/// Every font, with its metadata: Typst's embedded ones, then ours.
pub fn all() -> impl Iterator<Item = (Font, FontInfo)> {
    let ours = [DEJAVU_SANS, NOTO_COLOR_EMOJI]
        .into_iter()
        .flat_map(|data| {
            Font::iter(Bytes::new(data)).map(|font| {
                let info = font.info().clone();
                (font, info)
            })
        });
    typst_kit::fonts::embedded().chain(ours)
}

/// The characters each font has a glyph for.
fn coverage() -> &'static [Coverage] {
    static COVERAGE: OnceLock<Vec<Coverage>> = OnceLock::new();
    COVERAGE.get_or_init(|| all().map(|(_, info)| info.coverage).collect())
}

/// Whether a document can print `c`: some font has a glyph for it, or it
/// needs none (white space, and the invisible format characters: direction
/// marks, joiners, variation selectors).
pub fn covers(c: char) -> bool {
    !private_use(c)
        && (c.is_whitespace()
            || invisible(c)
            || coverage().iter().any(|cov| cov.contains(c as u32)))
}

/// Private-use characters mean what one font says they mean, and nothing to
/// a reader or a screen reader: some font may have a glyph for one, but it
/// is not text (PDF/UA wants every glyph's Unicode meaning).
fn private_use(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}')
}

/// Characters that shape text without a glyph of their own.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}'   // zero-width space, (non-)joiners, LRM, RLM
        | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}' // word joiner and invisible operators
        | '\u{2066}'..='\u{2069}' // bidi isolates
        | '\u{FE00}'..='\u{FE0F}' // variation selectors
        | '\u{FEFF}'              // zero-width no-break space
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_italian_hebrew_and_emoji_are_covered() {
        for c in ['a', 'à', 'È', '€', '’', 'ש', 'ع', 'Ж', '😀', '\u{200F}'] {
            assert!(covers(c), "{c:?}");
        }
    }

    #[test]
    fn a_script_no_font_has_is_not() {
        assert!(!covers('中'));
    }

    #[test]
    fn private_use_characters_are_not_text() {
        for c in ['\u{E000}', '\u{F8FF}', '\u{F0000}', '\u{10FFFD}'] {
            assert!(!covers(c), "{c:?}");
        }
    }
}
