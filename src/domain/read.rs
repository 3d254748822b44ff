//! Reading an export: a JSON reader written for this one format, straight into the model.
//!
//! serde_json with derived visitors cost the wasm 35 KB gzip (the `deserialize_seq`
//! of each container type alone 38 KB raw, in 13 copies); this reader is one small
//! parser plus one function per type ([`fields`]). It accepts exactly what serde did
//! (a struct as an object only, see below), and fails where, how and with the message
//! serde_json did: the same line and column, the same field path, the same text. The
//! tests hold it to serde on thousands of broken exports (`tests/read.rs`).
//!
//! The one difference: serde also reads a struct from an array of its fields in order
//! (`"article": ["Title", "es", "Pub"]`); the format is objects, so this is an error.
//! (And a float in a wrong place is quoted as written, where serde reformats it.)

mod fail;
mod fields;
mod objects;
mod reader;

pub use fail::{line_column, ReadError};
pub use fields::landscape;
