//! Fails to compile on purpose: every entry of spec.json has one mistake.
errspec::catalog!(pub enum ErrorCode from "spec.json");
