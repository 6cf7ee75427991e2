//! Indonesian text layer: tokens and sentences with byte offsets into the original text.
//!
//! CONTRACT (used by every later stage; keep these signatures):
//! - [`tokenize`] appends the surface tokens of `text` to `out`.
//! - [`split_sentences`] groups tokens into sentences.
//! - [`TextBuf::analyze`] does both into reusable buffers.
//!
//! STUB: whitespace tokens and naive sentences until the real layer lands.
#![deny(missing_docs)]

use warta_core::{Sentence, Span, Token, TokenKind};

/// Reusable per-thread buffers for one document's tokens and sentences.
#[derive(Clone, Debug, Default)]
pub struct TextBuf {
    /// Surface tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order, covering tokens contiguously.
    pub sentences: Vec<Sentence>,
}

impl TextBuf {
    /// Clears and refills the buffers from `text`.
    pub fn analyze(&mut self, text: &str) {
        self.tokens.clear();
        self.sentences.clear();
        tokenize(text, &mut self.tokens);
        split_sentences(text, &self.tokens, &mut self.sentences);
    }
}

/// Appends the tokens of `text` to `out`.
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(Token {
                    span: Span::new(s, i),
                    kind: TokenKind::Word,
                });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Token {
            span: Span::new(s, text.len()),
            kind: TokenKind::Word,
        });
    }
}

/// Appends the sentences of `text` (whose tokens are `tokens`) to `out`.
pub fn split_sentences(text: &str, tokens: &[Token], out: &mut Vec<Sentence>) {
    let mut first = 0;
    for (i, t) in tokens.iter().enumerate() {
        let s = t.text(text);
        if s.ends_with('.') || s.ends_with('?') || s.ends_with('!') || i + 1 == tokens.len() {
            out.push(Sentence {
                span: Span::new(tokens[first].span.start, t.span.end),
                tok_start: first,
                tok_end: i + 1,
            });
            first = i + 1;
        }
    }
}
