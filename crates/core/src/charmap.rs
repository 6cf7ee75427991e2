//! Byte offset -> character offset conversion, done once at the output edge.

/// Converts byte offsets of one text into character (Unicode scalar) offsets.
///
/// Built once per text in O(n); each lookup is O(log n) over the non-ASCII positions only, so an
/// ASCII text costs nothing beyond the initial scan.
#[derive(Clone, Debug, Default)]
pub struct CharMap {
    /// Byte offsets at which a multi-byte char starts, with the number of extra bytes seen before
    /// and including it.
    wide: Vec<(usize, usize)>,
    len_bytes: usize,
}

impl CharMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> CharMap {
        let mut wide = Vec::new();
        let mut extra = 0usize;
        for (i, c) in text.char_indices() {
            let l = c.len_utf8();
            if l > 1 {
                extra += l - 1;
                wide.push((i, extra));
            }
        }
        CharMap {
            wide,
            len_bytes: text.len(),
        }
    }
    /// The character offset of byte offset `b` (which must be a char boundary, or the text end).
    pub fn char_offset(&self, b: usize) -> usize {
        debug_assert!(b <= self.len_bytes);
        // number of wide chars starting strictly before b
        let n = self.wide.partition_point(|&(pos, _)| pos < b);
        if n == 0 {
            b
        } else {
            b - self.wide[n - 1].1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn ascii_and_wide() {
        let t = "a“b”c – é";
        let m = CharMap::new(t);
        for (ci, (bi, _)) in t.char_indices().enumerate() {
            assert_eq!(m.char_offset(bi), ci);
        }
        assert_eq!(m.char_offset(t.len()), t.chars().count());
    }
}
