//! `cargo xtask data check` as a contributor runs it: clean on the shipped export, a
//! non-zero exit with located messages on a broken one.

use std::process::Command;

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn data_check(file: &str) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["data", "check", file])
        .output()
        .expect("xtask runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn data_check_passes_the_shipped_export_with_its_counts() {
    let (ok, stdout, stderr) = data_check("data/landscape.json");
    assert!(ok, "{stderr}");
    assert!(stderr.is_empty(), "no warnings: {stderr}");
    assert!(stdout.contains("known chain: "), "{stdout}");
    assert!(stdout.contains("distinct URLs cited: "), "{stdout}");
}

#[test]
fn data_check_fails_a_bad_export_with_located_messages() {
    let json = std::fs::read_to_string(root().join("data/landscape.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let p = &mut v["projects"][0];
    assert_eq!(p["id"], "akash-network");
    p["chains"][0].as_object_mut().unwrap().remove("quote");
    p["website"]["source"] = "https://www.mexc.com/learn/akash".into();
    let file = std::env::temp_dir().join(format!("xtask-bad-{}.json", std::process::id()));
    std::fs::write(&file, serde_json::to_string(&v).unwrap()).unwrap();
    let (ok, _, stderr) = data_check(file.to_str().unwrap());
    std::fs::remove_file(&file).ok();
    assert!(!ok, "a bad export fails");
    assert!(
        stderr.contains("project `akash-network`: chains[0].quote is missing"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "project `akash-network`: website.source: `https://www.mexc.com/learn/akash` is on the deny-list"
        ),
        "{stderr}"
    );
}
