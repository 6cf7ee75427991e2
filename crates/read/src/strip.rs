//! A linear-time HTML scanner: nesting-depth estimate and a plain tag stripper.
//!
//! Tree builders and readability scoring are super-linear on pathological nesting (html5ever
//! takes a minute on 100 000 nested `<div>`s, readability seconds on 5 000). [`nesting_depth`]
//! estimates the depth in one pass so such pages skip the DOM and go through [`strip_tags`], which
//! is also the fallback when readability finds no article in a small page.

/// Tags that never hold content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option",
];

/// Tags whose content is skipped by [`strip_tags`].
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "form",
    "svg", "iframe", "select", "button",
];

/// Tags that end a line of text.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "article",
    "section",
    "blockquote",
    "ul",
    "ol",
    "table",
    "main",
    "figure",
    "figcaption",
    "pre",
    "dd",
    "dt",
    "hr",
];

/// One tag found at a `<`: its lower-case name, whether it closes, and where it ends.
struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    end: usize,
}

/// Reads the tag starting at `html[i] == b'<'`; `None` when it is not a tag (a stray `<`).
fn read_tag(html: &str, i: usize) -> Option<Tag> {
    let b = html.as_bytes();
    let mut j = i + 1;
    let closing = b.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let start = j;
    while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-') {
        j += 1;
    }
    if j == start || !b[start].is_ascii_alphabetic() {
        return None;
    }
    let name = html[start..j].to_ascii_lowercase();
    let close = memchr::memchr(b'>', &b[j..]).map_or(b.len(), |k| j + k + 1);
    let self_closing = close >= 2 && b[close - 2] == b'/';
    Some(Tag {
        name,
        closing,
        self_closing,
        end: close,
    })
}

/// End of a `<!-- -->` comment, `<!doctype>` or `<?...>` starting at `i`, if that is what is there.
fn skip_markup(html: &str, i: usize) -> Option<usize> {
    let rest = &html[i..];
    if rest.starts_with("<!--") {
        return Some(rest.find("-->").map_or(html.len(), |k| i + k + 3));
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        return Some(memchr::memchr(b'>', rest.as_bytes()).map_or(html.len(), |k| i + k + 1));
    }
    None
}

/// Where the content of a `<name>` element that starts at `from` ends: just after `</name ...>`
/// (ASCII case-insensitive), or the end of the input.
fn skip_to_close(html: &str, from: usize, name: &str) -> usize {
    let b = html.as_bytes();
    let mut k = from;
    while let Some(off) = memchr::memmem::find(&b[k..], b"</") {
        let at = k + off;
        let after = at + 2;
        if b.len() >= after + name.len()
            && b[after..after + name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return memchr::memchr(b'>', &b[after..]).map_or(b.len(), |e| after + e + 1);
        }
        k = after;
    }
    b.len()
}

/// Estimated element nesting depth (content elements only; `<p>`, `<li>` and void tags, which
/// HTML closes implicitly, are not counted). One pass, no allocation per byte.
pub(crate) fn nesting_depth(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut depth, mut max, mut i) = (0usize, 0usize, 0usize);
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        i += off;
        if let Some(end) = skip_markup(html, i) {
            i = end;
            continue;
        }
        let Some(tag) = read_tag(html, i) else {
            i += 1;
            continue;
        };
        if tag.closing {
            depth = depth.saturating_sub(1);
        } else if matches!(tag.name.as_str(), "script" | "style") {
            i = skip_to_close(html, tag.end, &tag.name);
            continue;
        } else if !tag.self_closing && !VOID.contains(&tag.name.as_str()) {
            depth += 1;
            max = max.max(depth);
        }
        i = tag.end;
    }
    max
}

/// The visible text of a page, block elements on their own lines; scripts, styles, navigation,
/// headers, footers, asides and forms are skipped. Common entities are decoded.
pub(crate) fn strip_tags(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut i = 0;
    while i < b.len() {
        let Some(off) = memchr::memchr(b'<', &b[i..]) else {
            push_text(&html[i..], &mut out);
            break;
        };
        push_text(&html[i..i + off], &mut out);
        i += off;
        if let Some(end) = skip_markup(html, i) {
            i = end;
            continue;
        }
        let Some(tag) = read_tag(html, i) else {
            out.push('<');
            i += 1;
            continue;
        };
        if !tag.closing && !tag.self_closing && SKIP.contains(&tag.name.as_str()) {
            i = skip_to_close(html, tag.end, &tag.name);
            continue;
        }
        if BLOCK.contains(&tag.name.as_str()) {
            out.push('\n');
        } else if !out.ends_with([' ', '\n']) {
            out.push(' ');
        }
        i = tag.end;
    }
    out
}

/// Appends text with entities decoded and whitespace runs (within a line) collapsed.
fn push_text(text: &str, out: &mut String) {
    let mut rest = text;
    while !rest.is_empty() {
        let (chunk, entity_at) = match rest.find('&') {
            Some(k) => (&rest[..k], Some(k)),
            None => (rest, None),
        };
        for c in chunk.chars() {
            if c.is_whitespace() {
                if !out.ends_with([' ', '\n']) && !out.is_empty() {
                    out.push(' ');
                }
            } else {
                out.push(c);
            }
        }
        let Some(k) = entity_at else { break };
        let after = &rest[k..];
        let window = &after.as_bytes()[..after.len().min(12)];
        let semi = memchr::memchr(b';', window);
        match semi.and_then(|s| decode_entity(&after[1..s]).map(|c| (s, c))) {
            Some((s, c)) => {
                out.push(c);
                rest = &after[s + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "ldquo" => '\u{201C}',
        "rdquo" => '\u{201D}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "hellip" => '…',
        "raquo" => '»',
        "laquo" => '«',
        "copy" => '©',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn depth_table() {
        let cases = [
            ("<html><body><div><p>a<p>b</div></body></html>", 3),
            ("<div><div><div></div></div></div>", 3),
            ("<br><br/><img src=x><p><p><p>", 0),
            (
                "<script>if (a < b) { x = '<div><div>'; }</script><div></div>",
                1,
            ),
            ("<!-- <div><div> --><span></span>", 1),
            ("a < b and c > d", 0),
        ];
        for (html, want) in cases {
            assert_eq!(nesting_depth(html), want, "{html}");
        }
        let deep = "<div>".repeat(100_000);
        assert_eq!(nesting_depth(&deep), 100_000);
    }

    #[test]
    fn strips_tags() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body>\
            <nav><a href=/>Beranda</a></nav><script>var x = '</p>';</script>\
            <p>Satu &amp; dua&nbsp;tiga &#8211; &#x201C;kutip&rdquo;</p><p>Empat <b>lima</b></p>\
            <footer>Hak cipta</footer></body></html>";
        let text = strip_tags(html);
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(
            lines,
            ["Satu & dua tiga – \u{201C}kutip\u{201D}", "Empat lima"]
        );
    }

    proptest! {
        #[test]
        fn scanner_never_panics(s in "(<[a-z/!?-]{0,8}[^<>]{0,10}>?|&[#a-z0-9]{0,6};?|[^<&]{0,20}){0,30}") {
            let _ = nesting_depth(&s);
            let _ = strip_tags(&s);
        }
    }
}
