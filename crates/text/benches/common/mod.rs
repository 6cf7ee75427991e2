//! Shared by the bench and the throughput example: the UD raw text (every `# text =` line of the
//! Indonesian UD treebanks under `../shared/data`, one sentence per line, as
//! `../shared/bench/make_ud_text.sh` builds it: GSD dev+test, PUD test, CSUI train+test).
use std::path::{Path, PathBuf};

/// The treebank files, in the order `make_ud_text.sh` reads them.
pub fn ud_files(shared: &Path) -> Vec<PathBuf> {
    let d = shared.join("data");
    [
        "UD_Indonesian-GSD/id_gsd-ud-dev.conllu",
        "UD_Indonesian-GSD/id_gsd-ud-test.conllu",
        "UD_Indonesian-PUD/id_pud-ud-test.conllu",
        "UD_Indonesian-CSUI/id_csui-ud-test.conllu",
        "UD_Indonesian-CSUI/id_csui-ud-train.conllu",
    ]
    .iter()
    .map(|f| d.join(f))
    .collect()
}

/// The raw text, or `None` (with the reason) when the data is absent.
pub fn ud_text() -> Result<String, String> {
    let shared = std::env::var_os("WARTA_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let mut out = String::new();
    for f in ud_files(&shared) {
        let src = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        for line in src.lines() {
            if let Some(t) = line.strip_prefix("# text = ") {
                out.push_str(t);
                out.push('\n');
            }
        }
    }
    Ok(out)
}
