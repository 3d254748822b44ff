//! Generates the interface's `i18n` module from `locales/<code>.json` with leptos_i18n's own build
//! tool (the option it needs for plural and interpolated strings outside a view, `t_string!`,
//! is set only here).

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::path::PathBuf;

/// The blog's 15 locales, English first (the fallback).
const LOCALES: [&str; 15] = [
    "en", "es", "ko", "ja", "id", "zh", "vi", "hi", "ru", "ar", "fa", "fr", "pt", "th", "tr",
];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let cfg = Config::new(LOCALES[0])
        .and_then(|c| c.add_locales(&LOCALES[1..]))
        .expect("valid locale codes")
        .parse_options(ParseOptions::default().interpolate_display(true));
    let infos = TranslationsInfos::parse(cfg).expect("locales/<code>.json parse");
    infos.rerun_if_locales_changed();
    infos.emit_diagnostics();
    infos
        .generate_i18n_module(out.join("i18n"))
        .expect("generate the i18n module");
}
