//! The text encoding of an input file: forced by the project file's
//! `encoding:`, else a byte-order mark, else UTF-8 when the file's first part
//! is valid UTF-8, else what the detector (`chardetng`, the one Firefox uses)
//! guesses from that part. Non-UTF-8 input is transcoded to UTF-8 on the way
//! in (`encoding_rs`), and bytes that do not decode are never replaced in
//! silence: the transcoder marks them with U+FFFD and the readers refuse any
//! value that holds one, at its line and column.

use std::path::Path;

use encoding_rs::{Encoding, UTF_8};

use crate::error::Problem;

/// How much of a file the detector reads.
pub const SAMPLE_BYTES: usize = 64 << 10;

/// The encoding of a file that starts with `sample`; `whole` says whether the
/// sample is the whole file. `chinese` makes GBK the guess for ambiguous
/// bytes, as it is for a Chinese Excel export.
pub fn detect(
    sample: &[u8],
    whole: bool,
    forced: Option<&'static Encoding>,
    chinese: bool,
) -> &'static Encoding {
    if let Some(e) = forced {
        return e;
    }
    if let Some((e, _)) = Encoding::for_bom(sample) {
        return e;
    }
    match std::str::from_utf8(sample) {
        Ok(_) => return UTF_8,
        // A sample cut inside a character is still UTF-8.
        Err(e) if e.error_len().is_none() && !whole => return UTF_8,
        Err(_) => {}
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(sample, whole);
    let tld: Option<&[u8]> = if chinese { Some(b"cn") } else { None };
    detector.guess(tld, true)
}

/// The line and column (from 1) where `before` ends.
fn place(before: &str) -> (u64, u64) {
    let line = before.matches('\n').count() as u64 + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() as u64 + 1;
    (line, column)
}

/// Decodes a whole small file (YAML, markdown, a template) to text. These
/// are written by the handbook's authors, not exported: a guess of a
/// single-byte encoding (any bytes decode in windows-1252) would hide a
/// broken UTF-8 file, so only UTF-8, a byte-order mark or a multi-byte
/// encoding (GBK, Big5, Shift_JIS…) is taken without being asked for.
///
/// # Errors
/// The encoding tried, and the line and column of the first sequence that
/// does not decode in it.
pub fn decode(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
    chinese: bool,
) -> Result<(String, &'static Encoding), (&'static Encoding, u64, u64)> {
    let encoding = match detect(bytes, true, forced, chinese) {
        e if forced.is_none() && e.is_single_byte() => UTF_8,
        e => e,
    };
    let (bom_len, encoding) = match Encoding::for_bom(bytes) {
        Some((e, len)) if forced.is_none() || forced == Some(e) => (len, e),
        _ => (0, encoding),
    };
    let body = &bytes[bom_len..];
    if encoding == UTF_8 {
        return match std::str::from_utf8(body) {
            Ok(text) => Ok((text.to_string(), encoding)),
            Err(e) => {
                let valid = std::str::from_utf8(&body[..e.valid_up_to()]).unwrap_or("");
                let (line, column) = place(valid);
                Err((encoding, line, column))
            }
        };
    }
    match encoding.decode_without_bom_handling_and_without_replacement(body) {
        Some(text) => Ok((text.into_owned(), encoding)),
        None => {
            // Where it fails: the first replacement mark of a decoding with
            // replacement.
            let (text, _) = encoding.decode_without_bom_handling(body);
            let before = text.find('\u{fffd}').unwrap_or(0);
            let (line, column) = place(&text[..before]);
            Err((encoding, line, column))
        }
    }
}

/// A text file (YAML, markdown) with bytes that do not decode.
pub fn undecodable(file: &Path, encoding: &'static Encoding, line: u64, column: u64) -> Problem {
    Problem::at(
        file,
        line,
        Some(column),
        if encoding == UTF_8 {
            crate::msg!("undecodable-utf8", encoding = encoding.name())
        } else {
            crate::msg!("undecodable-text", encoding = encoding.name())
        },
    )
}

/// Looks an encoding up by any of its WHATWG labels (`gbk`, `gb18030`,
/// `utf-16le`, `windows-1252`, `shift_jis`…).
pub fn by_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_utf16_and_gbk_are_told_apart() {
        let text = "投诉类别,上门超时,服务态度\n很满意,满意,不满意\n";
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        assert_eq!(detect(text.as_bytes(), true, None, true), UTF_8);
        assert_eq!(detect(&gbk, true, None, true).name(), "GBK");
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(detect(&utf16, true, None, true), encoding_rs::UTF_16LE);
        assert_eq!(decode(&gbk, None, true).unwrap().0, text);
        assert_eq!(decode(&utf16, None, false).unwrap().0, text);
    }

    #[test]
    fn bytes_that_do_not_decode_are_located() {
        assert_eq!(decode(b"ab\ncd\xff", None, false), Err((UTF_8, 2, 3)));
        // "投诉" in GBK, then a lead byte without its trail byte.
        let mut gbk = encoding_rs::GBK.encode("x\n投诉").0.into_owned();
        gbk.extend([0x81, b'\n']);
        assert_eq!(
            decode(&gbk, Some(encoding_rs::GBK), true),
            Err((encoding_rs::GBK, 2, 3))
        );
    }
}
