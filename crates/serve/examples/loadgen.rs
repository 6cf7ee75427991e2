//! A small, bounded HTTP/1.1 load generator for `warta serve` (loopback only).
//!
//! ```text
//! loadgen --addr 127.0.0.1:8080 --clients 50 --requests 5000 --max-secs 30 \
//!         --get /api/search?q=presiden --get /api/events?cameo=04
//! loadgen --addr 127.0.0.1:8080 --clients 50 --requests 5000 --get-file paths.txt
//! loadgen --addr 127.0.0.1:8080 --clients 2 --requests 200 --post-file article.txt
//! ```
//!
//! Each client keeps one connection open and sends requests back to back (paths round-robin);
//! the run stops after `--requests` requests in total or `--max-secs`, whichever comes first.
//! Prints one line: requests, errors, throughput, latency percentiles, and how many answers the
//! server's response cache gave (`x-warta-cache: hit`).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

struct Opts {
    addr: SocketAddr,
    clients: usize,
    requests: usize,
    max_secs: u64,
    gets: Vec<String>,
    post: Option<Vec<u8>>,
    content_type: String,
}

fn parse() -> Result<Opts, String> {
    let mut o = Opts {
        addr: "127.0.0.1:8080".parse().map_err(|e| format!("{e}"))?,
        clients: 50,
        requests: 5000,
        max_secs: 30,
        gets: Vec::new(),
        post: None,
        content_type: "text/plain; charset=utf-8".into(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut val = || it.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--addr" => o.addr = val()?.parse().map_err(|e| format!("--addr: {e}"))?,
            "--clients" => o.clients = val()?.parse().map_err(|e| format!("--clients: {e}"))?,
            "--requests" => o.requests = val()?.parse().map_err(|e| format!("--requests: {e}"))?,
            "--max-secs" => o.max_secs = val()?.parse().map_err(|e| format!("--max-secs: {e}"))?,
            "--get" => o.gets.push(val()?),
            "--get-file" => {
                let p = val()?;
                let text = std::fs::read_to_string(&p).map_err(|e| format!("{p}: {e}"))?;
                o.gets.extend(
                    text.lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(str::to_string),
                );
            }
            "--content-type" => o.content_type = val()?,
            "--post-file" => {
                let p = val()?;
                o.post = Some(std::fs::read(&p).map_err(|e| format!("{p}: {e}"))?);
            }
            _ => return Err(format!("unknown argument {a}")),
        }
    }
    if !o.addr.ip().is_loopback() {
        return Err("loopback addresses only".into());
    }
    if o.gets.is_empty() && o.post.is_none() {
        return Err("give --get PATH (repeatable) or --post-file FILE".into());
    }
    Ok(o)
}

/// Sends one request on `conn` and reads the whole response; returns the status and whether the
/// answer came from the server's cache.
async fn one(
    conn: &mut BufReader<TcpStream>,
    req: &[u8],
    body: &mut Vec<u8>,
) -> std::io::Result<(u16, bool)> {
    conn.get_mut().write_all(req).await?;
    let mut line = String::new();
    conn.read_line(&mut line).await?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
    let mut len = 0usize;
    let mut hit = false;
    loop {
        line.clear();
        if conn.read_line(&mut line).await? == 0 {
            return Err(std::io::Error::other("connection closed"));
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                len = v.trim().parse().unwrap_or(0);
            } else if k.eq_ignore_ascii_case("x-warta-cache") {
                hit = v.trim() == "hit";
            }
        }
    }
    body.resize(len, 0);
    conn.read_exact(body).await?;
    Ok((status, hit))
}

fn request(o: &Opts, i: usize) -> Vec<u8> {
    let host = o.addr;
    match &o.post {
        Some(b) => {
            let mut r = format!(
                "POST /api/analyze HTTP/1.1\r\nHost: {host}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\r\n",
                o.content_type,
                b.len()
            )
            .into_bytes();
            r.extend_from_slice(b);
            r
        }
        None => format!(
            "GET {} HTTP/1.1\r\nHost: {host}\r\n\r\n",
            o.gets[i % o.gets.len()]
        )
        .into_bytes(),
    }
}

#[tokio::main]
async fn main() {
    let o = match parse() {
        Ok(o) => Arc::new(o),
        Err(e) => {
            eprintln!("loadgen: {e}");
            std::process::exit(2);
        }
    };
    let next = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs(o.max_secs);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..o.clients {
        let (o, next) = (o.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            let mut errors = 0usize;
            let mut hits = 0usize;
            let mut conn: Option<BufReader<TcpStream>> = None;
            let mut body = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= o.requests || Instant::now() >= deadline {
                    break;
                }
                if conn.is_none() {
                    match TcpStream::connect(o.addr).await {
                        Ok(s) => {
                            let _ = s.set_nodelay(true);
                            conn = Some(BufReader::new(s));
                        }
                        Err(_) => {
                            errors += 1;
                            continue;
                        }
                    }
                }
                let req = request(&o, i);
                let t = Instant::now();
                let res = match conn.as_mut() {
                    Some(c) => one(c, &req, &mut body).await,
                    None => continue,
                };
                match res {
                    Ok((s, hit)) if s < 400 => {
                        lat.push(t.elapsed().as_secs_f64() * 1e3);
                        hits += usize::from(hit);
                    }
                    Ok(_) => errors += 1,
                    Err(_) => {
                        errors += 1;
                        conn = None;
                    }
                }
            }
            (lat, errors, hits)
        }));
    }
    let mut lat = Vec::new();
    let mut errors = 0;
    let mut hits = 0;
    for t in tasks {
        if let Ok((l, e, h)) = t.await {
            lat.extend(l);
            errors += e;
            hits += h;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    lat.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| {
        if lat.is_empty() {
            f64::NAN
        } else {
            lat[((lat.len() as f64 - 1.0) * p).round() as usize]
        }
    };
    println!(
        "requests {} ok, {errors} errors in {secs:.2} s = {:.0} req/s; latency ms p50 {:.2} p95 {:.2} p99 {:.2} max {:.2}",
        lat.len(),
        lat.len() as f64 / secs,
        pct(0.5),
        pct(0.95),
        pct(0.99),
        lat.last().copied().unwrap_or(f64::NAN)
    );
    if o.post.is_none() {
        println!(
            "{:28} cache hits {hits} of {} ({:.0}%)",
            "",
            lat.len(),
            100.0 * hits as f64 / lat.len().max(1) as f64
        );
    }
    if lat.is_empty() || errors > 0 {
        std::process::exit(1);
    }
}
