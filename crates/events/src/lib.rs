//! Event coding: Indonesian verb and noun dictionary to CAMEO and PLOVER, with modality.
//!
//! STUB until the coder lands.
#![deny(missing_docs)]
