//! Reading an export's JSON into the model, by hand: the text is parsed once into a
//! `serde_json::Value` (one parser, one generic instance), then each field is taken out of
//! it by plain code that knows where it is, so a wrong shape is reported with its path
//! (`projects[3].chains[0].id`).
//!
//! A derived `Deserialize` for every type would do the same with a monomorphised visitor
//! per type and per container, which was about 28 KB of the gzipped wasm. The derives stay
//! on the model for the JSON Schema and the native tools, and a test checks that both read
//! the shipped export, and every broken variant of it, alike.

mod fields;
mod landscape;

pub use fields::ShapeError;
pub use landscape::landscape;
