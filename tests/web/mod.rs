//! A loopback HTTP server for the tests of web addresses: it serves the fixture site of
//! `tests/data/web/` (an article of three pages with navigation, page links and related
//! links; a GBK page) and the ways a site fails: a missing page, a redirect, a redirect loop, a
//! server that never answers, a 50 MB page, a PDF and an image instead of HTML. Nothing here
//! reaches beyond 127.0.0.1.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::time::Duration;

/// The server's address, `http://127.0.0.1:PORT`.
pub fn start() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let port = listener.local_addr().expect("address").port();
    std::thread::Builder::new()
        .name("test-web-server".to_owned())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                let _ = std::thread::Builder::new()
                    .name("test-web-connection".to_owned())
                    .spawn(move || serve(stream));
            }
        })
        .expect("server thread");
    format!("http://127.0.0.1:{port}")
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/web")
            .join(name),
    )
    .expect("fixture")
}

fn respond(stream: &mut TcpStream, status: &str, headers: &[(&str, String)], body: &[u8]) {
    use std::fmt::Write as _;
    let mut head = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
    for (k, v) in headers {
        let _ = write!(head, "{k}: {v}\r\n");
    }
    let _ = write!(head, "Content-Length: {}\r\n\r\n", body.len());
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
}

fn serve(mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().expect("stream"));
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line == "\r\n" || line == "\n" => break,
            Ok(_) => {}
        }
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let html = |charset: &str| vec![("Content-Type", format!("text/html; charset={charset}"))];
    let article = |name: &str| -> Option<Vec<u8>> {
        let file = name.rsplit('/').next()?;
        file.starts_with("content_93644625").then(|| fixture(file))
    };
    if let Some(rest) = path.strip_prefix("/2023-07/17/") {
        match article(rest) {
            Some(body) => respond(&mut stream, "200 OK", &html("utf-8"), &body),
            None => respond(
                &mut stream,
                "404 Not Found",
                &html("utf-8"),
                b"<h1>Not found</h1>",
            ),
        }
    } else if let Some(rest) = path.strip_prefix("/missing/") {
        match article(rest) {
            Some(body) if !rest.ends_with("_2.htm") => {
                respond(&mut stream, "200 OK", &html("utf-8"), &body);
            }
            _ => respond(
                &mut stream,
                "404 Not Found",
                &html("utf-8"),
                b"<h1>Not found</h1>",
            ),
        }
    } else if path == "/gbk/content_1.htm" {
        // No charset in the header: the page's <meta> says gb2312.
        let headers = vec![("Content-Type", "text/html".to_owned())];
        respond(&mut stream, "200 OK", &headers, &fixture("gbk.htm"));
    } else if path == "/moved/content_93644625.htm" {
        let to = vec![("Location", "/2023-07/17/content_93644625.htm".to_owned())];
        respond(&mut stream, "301 Moved Permanently", &to, b"");
    } else if path == "/loop/a.htm" || path == "/loop/b.htm" {
        let other = if path.ends_with("a.htm") {
            "/loop/b.htm"
        } else {
            "/loop/a.htm"
        };
        respond(
            &mut stream,
            "302 Found",
            &[("Location", other.to_owned())],
            b"",
        );
    } else if path == "/silent/content_1.htm" {
        // Never answers: holds the connection open, then lets it go.
        std::thread::sleep(Duration::from_secs(30));
    } else if path == "/huge/content_1.htm" {
        // 50 MB without a Content-Length: the size limit must stop the reading.
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\n\r\n<html><body><p>");
        let chunk = vec![b'a'; 1024 * 1024];
        for _ in 0..50 {
            if stream.write_all(&chunk).is_err() {
                return;
            }
        }
    } else if path == "/report.pdf" {
        let headers = vec![("Content-Type", "application/pdf".to_owned())];
        respond(
            &mut stream,
            "200 OK",
            &headers,
            b"%PDF-1.4\n1 0 obj << >> endobj\n",
        );
    } else if path == "/image/content_1.htm" {
        // An image a misconfigured server calls a page.
        respond(
            &mut stream,
            "200 OK",
            &html("utf-8"),
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        );
    } else {
        respond(
            &mut stream,
            "404 Not Found",
            &html("utf-8"),
            b"<h1>Not found</h1>",
        );
    }
}
