//! `warta serve`: the JSON API and web UI over a store (see `warta_serve`).
use super::ingest::DbArgs;
use anyhow::Result;
use clap::Args as ClapArgs;
use std::net::SocketAddr;

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArgs,
    /// Address to listen on (port 0: any free port). Only loopback addresses unless
    /// --allow-remote and --token are given.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Allow a non-loopback address (needs --token).
    #[arg(long)]
    pub allow_remote: bool,
    /// Secret for write endpoints (POST /api/analyze needs `Authorization: Bearer <token>`);
    /// default $WARTA_TOKEN.
    #[arg(long)]
    pub token: Option<String>,
    /// Read connections to the store (0: one per core).
    #[arg(long, default_value_t = 0)]
    pub readers: usize,
    /// Megabytes of read-API answers to keep in memory until the store changes (0: no cache).
    #[arg(long, default_value_t = 64)]
    pub cache_mb: u64,
}

/// Runs the server until Ctrl-C.
pub fn run(a: Args) -> Result<u8> {
    let cfg = warta_serve::Config {
        db: a.db.path(),
        addr: a.addr,
        allow_remote: a.allow_remote,
        token: a
            .token
            .or_else(|| std::env::var("WARTA_TOKEN").ok().filter(|t| !t.is_empty())),
        readers: a.readers,
        cache_bytes: a.cache_mb << 20,
    };
    warta_serve::run(cfg, |addr| {
        // Scripts wait for this line (and read the port from it).
        eprintln!("warta: serving on http://{addr}/");
    })?;
    Ok(crate::exit::OK)
}
