//! Shared by the retry and loopback tests: a hand-written catalog and a scripted HTTP
//! server on 127.0.0.1.

// Each test binary uses a different part of the support code.
#![allow(dead_code)]

pub mod catalog;
pub mod server;
