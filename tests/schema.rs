//! `data/landscape.schema.json` is generated from the Rust model and must stay in step
//! with it. Run `UPDATE_SCHEMA=1 cargo test --test schema` after changing the model.

use ai_landscape::domain::Landscape;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/landscape.schema.json");

#[test]
fn schema_matches_the_model() {
    let mut schema = serde_json::to_value(schemars::schema_for!(Landscape)).unwrap();
    schema["$id"] = serde_json::json!("landscape.schema.json");
    schema["title"] = serde_json::json!("Decentralized-AI landscape export");
    // Every `source` is required in the export. The model reads a missing one as empty
    // (only the first-view file the build derives leaves them out, and `validate` holds
    // the export to them), so schemars cannot see it: say it here.
    for def in schema["$defs"].as_object_mut().unwrap().values_mut() {
        if def["properties"].get("source").is_some() {
            if def.get("required").is_none() {
                def["required"] = serde_json::json!([]);
            }
            let required = def["required"].as_array_mut().unwrap();
            if !required.iter().any(|r| r == "source") {
                required.push(serde_json::json!("source"));
            }
        }
    }
    // An event's text and quote are required in the export too (the first-view file keeps
    // only its date, kind and other side).
    let event = &mut schema["$defs"]["Event"];
    let required = event["required"].as_array_mut().unwrap();
    for field in ["text", "quote"] {
        if !required.iter().any(|r| r == field) {
            required.push(serde_json::json!(field));
        }
    }
    let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(PATH, &text).unwrap();
    }
    let on_disk = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        on_disk == text,
        "data/landscape.schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test --test schema`"
    );
}
