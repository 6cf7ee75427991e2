//! Embedded corpus store (SQLite + FTS5): ingest, search, aggregation, export.
//!
//! STUB until the store lands.
#![deny(missing_docs)]
