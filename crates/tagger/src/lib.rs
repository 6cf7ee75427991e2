//! Averaged-perceptron sequence taggers (POS and NER) with hashed features.
//!
//! STUB until the tagger lands.
#![deny(missing_docs)]
