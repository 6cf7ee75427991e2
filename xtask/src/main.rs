//! `cargo run -p xtask -- <task>`: deterministic data builds.
//!
//! Tasks:
//! - `build-actors [--data DIR] [--out DIR] [--check]`: generate `data/actors/countries.tsv` and
//!   `data/actors/places.tsv` from CLDR and GeoNames (see [`actors`]).
mod actors;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let task = args.next().unwrap_or_default();
    let rest: Vec<String> = args.collect();
    match task.as_str() {
        "build-actors" => actors::run(&rest),
        _ => anyhow::bail!("unknown task {task:?} (tasks: build-actors)"),
    }
}
