//! A briefing from its web address: the page, then the other pages of the same article that
//! it links to (page links "1 2 3 … Next" and `rel="next"`, never navigation or related
//! articles), a few at a time, over http or https (ureq on rustls: nothing to install), with a
//! time limit, a size limit per page and a bounded number of redirects. A page that fails is
//! named with its address and the HTTP status or the reason; the others are kept.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::Page;

/// The limits of fetching one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The longest one page may take, from connecting to its last byte (redirects included).
    pub timeout: Duration,
    /// The largest page, in bytes (after decompression).
    pub max_bytes: u64,
    /// How many redirects one page may go through.
    pub max_redirects: u32,
    /// How many pages of one article are fetched at most.
    pub max_pages: usize,
    /// How many pages are fetched at once.
    pub at_once: usize,
}

impl Default for Limits {
    /// 20 s per page, 10 MB per page, 5 redirects, 40 pages, 3 at once.
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(20),
            max_bytes: 10 * 1024 * 1024,
            max_redirects: 5,
            max_pages: 40,
            at_once: 3,
        }
    }
}

/// Why a page could not be fetched: its address in full, and the HTTP status or the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{url}: {reason}")]
pub struct FetchError {
    /// The address, as given or as linked.
    pub url: String,
    /// What went wrong, for a person: "HTTP status 404 (Not Found)", "no answer within 20 s".
    pub reason: String,
}

/// The pages of one article that could be fetched, and those that could not.
#[derive(Debug, Clone, Default)]
pub struct Fetched {
    /// The pages read, the address's own page first, then the others in the order found.
    pub pages: Vec<Page>,
    /// The linked pages that failed.
    pub failed: Vec<FetchError>,
}

/// How far fetching has got: pages done, pages known so far.
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// Whether a text is a web address (`http://` or `https://`).
#[must_use]
pub fn is_address(text: &str) -> bool {
    let lower = text
        .trim_start()
        .get(..8)
        .unwrap_or_default()
        .to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches the article at `address` and its other pages.
///
/// `progress` is told (pages done, pages known) after each page; `cancel`, once set, stops
/// the fetching of further pages (a page under way ends within [`Limits::timeout`]).
///
/// # Errors
/// A [`FetchError`] when the address itself cannot be fetched or is not a web page, or when
/// fetching was cancelled.
pub fn fetch_article(
    address: &str,
    limits: &Limits,
    progress: Progress<'_>,
    cancel: &AtomicBool,
) -> Result<Fetched, FetchError> {
    let address = address.trim();
    let start = url::Url::parse(address).map_err(|e| FetchError {
        url: address.to_owned(),
        reason: format!("not a web address ({e})"),
    })?;
    if !matches!(start.scheme(), "http" | "https") {
        return Err(FetchError {
            url: address.to_owned(),
            reason: "only http and https addresses can be opened".to_owned(),
        });
    }
    let agent = agent(limits);
    progress(0, 1);
    let first = fetch_page(&agent, address, limits)?;
    let base = super::name_page(first.final_url.path()).map(|(b, _)| b);
    let mut seen: Vec<String> = vec![without_fragment(&start), without_fragment(&first.final_url)];
    let mut queue: Vec<String> = Vec::new();
    enqueue(&first, base.as_deref(), &seen, &mut queue, limits.max_pages);
    let mut fetched = Fetched {
        pages: vec![first.page],
        failed: Vec::new(),
    };
    progress(1, 1 + queue.len());
    while !queue.is_empty() {
        if cancel.load(Ordering::Relaxed) {
            return Err(FetchError {
                url: address.to_owned(),
                reason: "cancelled".to_owned(),
            });
        }
        let batch: Vec<String> = queue
            .drain(..queue.len().min(limits.at_once.max(1)))
            .collect();
        seen.extend(batch.iter().cloned());
        // A few pages at once, each on a scoped thread of the task that fetches the article.
        let results: Vec<Result<Read, FetchError>> = std::thread::scope(|s| {
            let handles: Vec<_> = batch
                .iter()
                .map(|u| {
                    let agent = &agent;
                    s.spawn(move || fetch_page(agent, u, limits))
                })
                .collect();
            handles
                .into_iter()
                .zip(&batch)
                .map(|(h, u)| {
                    h.join().unwrap_or_else(|_| {
                        Err(FetchError {
                            url: u.clone(),
                            reason: "the page could not be read".to_owned(),
                        })
                    })
                })
                .collect()
        });
        for result in results {
            match result {
                Ok(read) => {
                    seen.push(without_fragment(&read.final_url));
                    enqueue(&read, base.as_deref(), &seen, &mut queue, limits.max_pages);
                    fetched.pages.push(read.page);
                }
                Err(e) => fetched.failed.push(e),
            }
        }
        let done = fetched.pages.len() + fetched.failed.len();
        progress(done, done + queue.len());
    }
    Ok(fetched)
}

/// The HTTP client: rustls, the limits' timeout and redirects, a browser-like `Accept`.
fn agent(limits: &Limits) -> ureq::Agent {
    let config = ureq::Agent::config_builder()
        .timeout_global(Some(limits.timeout))
        .max_redirects(limits.max_redirects)
        .user_agent(concat!("briefboard/", env!("CARGO_PKG_VERSION")))
        .http_status_as_error(false)
        .build();
    ureq::Agent::new_with_config(config)
}

/// One page read, and the address it was read from after redirects.
struct Read {
    page: Page,
    final_url: url::Url,
}

/// Fetches and reads one page.
fn fetch_page(agent: &ureq::Agent, address: &str, limits: &Limits) -> Result<Read, FetchError> {
    let fail = |reason: String| FetchError {
        url: address.to_owned(),
        reason,
    };
    let mut response = agent
        .get(address)
        .header(
            "Accept",
            "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        )
        .call()
        .map_err(|e| fail(reason(&e, limits)))?;
    let status = response.status();
    if !status.is_success() {
        return Err(fail(format!(
            "HTTP status {}{}",
            status.as_u16(),
            status
                .canonical_reason()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default()
        )));
    }
    let final_url = url::Url::parse(&ureq::ResponseExt::get_uri(&response).to_string())
        .or_else(|_| url::Url::parse(address))
        .map_err(|e| fail(format!("not a web address ({e})")))?;
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned();
    if !mime.is_empty()
        && !matches!(
            mime.as_str(),
            "text/html" | "application/xhtml+xml" | "text/plain" | "application/octet-stream"
        )
    {
        return Err(fail(format!("not a web page but {mime}")));
    }
    if let Some(length) = response
        .headers()
        .get("content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        && length > limits.max_bytes
    {
        return Err(fail(too_large(limits.max_bytes)));
    }
    let bytes = response
        .body_mut()
        .with_config()
        .limit(limits.max_bytes)
        .read_to_vec()
        .map_err(|e| fail(reason(&e, limits)))?;
    if let Some(kind) = not_text(&bytes) {
        return Err(fail(format!("not a web page but {kind}")));
    }
    let charset = content_type
        .split(';')
        .filter_map(|p| p.trim().strip_prefix("charset="))
        .map(|c| c.trim_matches('"').to_owned())
        .next();
    let mut page = super::read_page(address, &bytes, charset.as_deref());
    if mime == "text/plain" && page.from_html {
        page = super::read_page(&format!("{address}#.txt"), &bytes, None);
        address.clone_into(&mut page.source);
    }
    Ok(Read { page, final_url })
}

/// A binary file's kind from its first bytes, when a server sends one as a page.
fn not_text(bytes: &[u8]) -> Option<&'static str> {
    let kinds: [(&[u8], &str); 6] = [
        (b"%PDF", "a PDF file"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\xd0\xcf\x11\xe0", "an Office document"),
    ];
    kinds
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// "larger than the limit of 10 MB per page".
fn too_large(max: u64) -> String {
    format!(
        "the page is larger than the limit of {} MB per page",
        max / (1024 * 1024)
    )
}

/// An HTTP client's error in words.
fn reason(error: &ureq::Error, limits: &Limits) -> String {
    match error {
        ureq::Error::StatusCode(code) => format!("HTTP status {code}"),
        ureq::Error::Timeout(_) => format!("no answer within {} s", limits.timeout.as_secs_f32()),
        ureq::Error::HostNotFound => "the host was not found".to_owned(),
        ureq::Error::TooManyRedirects => {
            format!("too many redirects (more than {})", limits.max_redirects)
        }
        ureq::Error::BodyExceedsLimit(_) => too_large(limits.max_bytes),
        ureq::Error::Io(e) => match e.kind() {
            std::io::ErrorKind::ConnectionRefused => "the connection was refused".to_owned(),
            std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => {
                format!("no answer within {} s", limits.timeout.as_secs_f32())
            }
            _ => e.to_string(),
        },
        other => other.to_string(),
    }
}

/// An address without its `#fragment`.
fn without_fragment(url: &url::Url) -> String {
    let mut url = url.clone();
    url.set_fragment(None);
    url.to_string()
}

/// Adds the page links of a page read that lead to the same article: same host, and a name
/// that is a page of the same article (`content_93644625_2.htm` of `content_93644625`), or
/// `rel="next"` on the same host.
fn enqueue(
    read: &Read,
    base: Option<&str>,
    seen: &[String],
    queue: &mut Vec<String>,
    max_pages: usize,
) {
    for link in &read.page.page_links {
        let Ok(url) = read.final_url.join(&link.href) else {
            continue;
        };
        if url.host_str() != read.final_url.host_str() || url.scheme() != read.final_url.scheme() {
            continue;
        }
        let same_article =
            super::name_page(url.path()).is_some_and(|(b, _)| base.is_some_and(|base| b == base));
        if !(same_article || link.next) {
            continue;
        }
        let key = without_fragment(&url);
        if seen.contains(&key) || queue.contains(&key) || seen.len() + queue.len() >= max_pages {
            continue;
        }
        queue.push(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert!(is_address("https://127.0.0.1:8765/x.htm"));
        assert!(is_address("HTTP://127.0.0.1:8080/"));
        assert!(!is_address("data/indicators.json"));
        assert!(!is_address("ftp://x"));
    }
}
