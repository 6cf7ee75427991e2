//! Parquet export (cargo feature `parquet`): one row per mention with the [`CSV_HEADER`] columns,
//! ids and counts as INT64, confidence as DOUBLE, the rest as UTF-8 strings.

use crate::export::{mention_fields, CSV_HEADER};
use crate::{Error, Filter, Result, Store};
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use std::sync::Arc;

const INT_COLS: [&str; 5] = ["event", "mention", "article", "quad_class", "sentence"];
const DOUBLE_COLS: [&str; 1] = ["confidence"];
const ROW_GROUP: usize = 65_536;

type Row = [String; CSV_HEADER.len()];

fn pq(e: parquet::errors::ParquetError) -> Error {
    Error::Export(format!("parquet: {e}"))
}

fn schema() -> String {
    let mut s = String::from("message warta_mention {\n");
    for c in CSV_HEADER {
        let ty = if INT_COLS.contains(&c) {
            "INT64".to_string()
        } else if DOUBLE_COLS.contains(&c) {
            "DOUBLE".to_string()
        } else {
            "BYTE_ARRAY".to_string()
        };
        let ann = if ty == "BYTE_ARRAY" { " (UTF8)" } else { "" };
        s.push_str(&format!("  REQUIRED {ty} {c}{ann};\n"));
    }
    s.push('}');
    s
}

fn flush<W: std::io::Write + Send>(
    w: &mut SerializedFileWriter<W>,
    rows: &mut Vec<Row>,
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let mut rg = w.next_row_group().map_err(pq)?;
    let mut i = 0;
    while let Some(mut col) = rg.next_column().map_err(pq)? {
        let name = CSV_HEADER.get(i).copied().unwrap_or("");
        if INT_COLS.contains(&name) {
            let v: Vec<i64> = rows.iter().map(|r| r[i].parse().unwrap_or(0)).collect();
            col.typed::<Int64Type>()
                .write_batch(&v, None, None)
                .map_err(pq)?;
        } else if DOUBLE_COLS.contains(&name) {
            let v: Vec<f64> = rows.iter().map(|r| r[i].parse().unwrap_or(0.0)).collect();
            col.typed::<DoubleType>()
                .write_batch(&v, None, None)
                .map_err(pq)?;
        } else {
            let v: Vec<ByteArray> = rows
                .iter()
                .map(|r| ByteArray::from(r[i].as_str()))
                .collect();
            col.typed::<ByteArrayType>()
                .write_batch(&v, None, None)
                .map_err(pq)?;
        }
        col.close().map_err(pq)?;
        i += 1;
    }
    rg.close().map_err(pq)?;
    rows.clear();
    Ok(())
}

impl Store {
    /// Writes the mentions of the events matching `f` (its `limit` caps aggregated events) as a
    /// Parquet file to `out`; returns the number of rows.
    pub fn export_parquet<W: std::io::Write + Send>(&self, f: &Filter, out: W) -> Result<usize> {
        let schema = Arc::new(parse_message_type(&schema()).map_err(pq)?);
        let props = Arc::new(WriterProperties::builder().build());
        let mut w = SerializedFileWriter::new(out, schema, props).map_err(pq)?;
        let mut rows: Vec<Row> = Vec::new();
        let mut total = 0usize;
        self.each_group(f, &mut |g| {
            for m in g {
                rows.push(mention_fields(m));
            }
            total += g.len();
            if rows.len() >= ROW_GROUP {
                flush(&mut w, &mut rows)?;
            }
            Ok(())
        })?;
        flush(&mut w, &mut rows)?;
        w.close().map_err(pq)?;
        Ok(total)
    }
}
