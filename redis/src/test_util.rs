//! Test support: a throw-away `redis-server` on loopback, and a listener that never
//! answers (a Redis that is "slow" however fast the machine is).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

/// How long a server may take to start answering.
const START_TIMEOUT: Duration = Duration::from_secs(20);

/// A `redis-server` on 127.0.0.1 with no persistence (`--save "" --appendonly no`),
/// killed when dropped. The binary is `$REDIS_SERVER`, or `redis-server` on the `PATH`.
#[derive(Debug)]
pub struct RedisServer {
    child: Option<Child>,
    port: u16,
    extra: Vec<String>,
    password: Option<String>,
    tls: bool,
}

impl RedisServer {
    /// Starts a server on a free port and waits until it answers `PING`.
    ///
    /// # Panics
    ///
    /// When `redis-server` cannot be found or does not answer: a test that needs Redis
    /// fails, it never skips.
    pub fn start() -> RedisServer {
        RedisServer::start_with(&[])
    }

    /// Starts a server with further `redis-server` options (`["--requirepass", "pw"]`).
    ///
    /// # Panics
    ///
    /// As [`start`](Self::start).
    pub fn start_with(options: &[&str]) -> RedisServer {
        let extra: Vec<String> = options.iter().map(|&o| o.to_owned()).collect();
        let password = extra
            .iter()
            .position(|o| o == "--requirepass")
            .and_then(|i| extra.get(i + 1).cloned());
        let mut server = RedisServer {
            child: None,
            port: free_port(),
            extra,
            password,
            tls: false,
        };
        server.restart();
        server
    }

    /// Starts a server that speaks only TLS, with this certificate and key (PEM files);
    /// its [`url`](Self::url) is `rediss://`. Clients need not show a certificate.
    ///
    /// # Panics
    ///
    /// As [`start`](Self::start).
    pub fn start_tls(certificate: &std::path::Path, key: &std::path::Path) -> RedisServer {
        let path = |p: &std::path::Path| p.to_string_lossy().into_owned();
        let mut server = RedisServer {
            child: None,
            port: free_port(),
            extra: vec![
                "--tls-cert-file".into(),
                path(certificate),
                "--tls-key-file".into(),
                path(key),
                "--tls-auth-clients".into(),
                "no".into(),
            ],
            password: None,
            tls: true,
        };
        server.restart();
        server
    }

    /// The server's URL (with its password, if it has one).
    pub fn url(&self) -> String {
        let scheme = if self.tls { "rediss" } else { "redis" };
        match &self.password {
            Some(pw) => format!("{scheme}://:{pw}@127.0.0.1:{}", self.port),
            None => format!("{scheme}://127.0.0.1:{}", self.port),
        }
    }

    /// The server's port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Kills the server (as a crash would) and waits for it to exit.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the server again on the same port, empty, and waits until it answers.
    ///
    /// # Panics
    ///
    /// As [`start`](Self::start).
    pub fn restart(&mut self) {
        self.kill();
        let binary = std::env::var("REDIS_SERVER").unwrap_or_else(|_| "redis-server".into());
        let port = self.port.to_string();
        let ports = if self.tls {
            ["--port", "0", "--tls-port", &port]
        } else {
            ["--port", &port, "--tls-port", "0"]
        };
        let child = Command::new(&binary)
            .args(ports)
            .args(["--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .arg("--dir")
            .arg(std::env::temp_dir())
            .args(&self.extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start `{binary}` ({e}): these tests need a real Redis; \
                     install it with `apt-get install -y redis-server` (as `.ci/run` does) \
                     or point REDIS_SERVER at the binary"
                )
            });
        self.child = Some(child);
        let deadline = Instant::now() + START_TIMEOUT;
        // A TLS server is ready when it accepts connections (PING would need a handshake).
        while !(if self.tls {
            TcpStream::connect(("127.0.0.1", self.port)).is_ok()
        } else {
            answers_ping(self.port, self.password.as_deref())
        }) {
            assert!(
                Instant::now() < deadline,
                "`{binary}` on port {} did not answer PING within {START_TIMEOUT:?}",
                self.port
            );
            thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A port nobody listens on right now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free loopback port: {e}"))
}

/// Whether the server answers `PING` (after `AUTH`, when it has a password).
fn answers_ping(port: u16, password: Option<&str>) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(1)));
    if let Some(pw) = password {
        let mut ok = [0u8; 5];
        let auth = format!("AUTH {pw}\r\n");
        if stream.write_all(auth.as_bytes()).is_err()
            || stream.read_exact(&mut ok).is_err()
            || &ok != b"+OK\r\n"
        {
            return false;
        }
    }
    let mut reply = [0u8; 7];
    stream.write_all(b"PING\r\n").is_ok()
        && stream.read_exact(&mut reply).is_ok()
        && &reply == b"+PONG\r\n"
}

/// A loopback listener that accepts connections and never answers: a Redis slower than
/// any timeout, whatever the machine's load. It counts the connections it accepted.
/// Closed when dropped.
#[derive(Debug)]
pub struct SilentServer {
    port: u16,
    accepted: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl SilentServer {
    /// Starts listening on a free port.
    ///
    /// # Panics
    ///
    /// When no loopback port can be bound.
    pub fn start() -> SilentServer {
        let listener = TcpListener::bind("127.0.0.1:0")
            .unwrap_or_else(|e| panic!("cannot bind a loopback port: {e}"));
        let port = listener.local_addr().map(|a| a.port()).unwrap_or_default();
        let accepted = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (count, stopped) = (Arc::clone(&accepted), Arc::clone(&stop));
        thread::spawn(move || {
            let mut held = Vec::new();
            for stream in listener.incoming() {
                if stopped.load(Ordering::Acquire) {
                    break;
                }
                if let Ok(stream) = stream {
                    held.push(stream);
                    count.fetch_add(1, Ordering::AcqRel);
                }
            }
        });
        SilentServer {
            port,
            accepted,
            stop,
        }
    }

    /// Its URL.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// How many connections it has accepted so far.
    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::Acquire)
    }
}

impl Drop for SilentServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        // Wakes the accepting thread so that it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}
