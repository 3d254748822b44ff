//! Reading a Docusaurus blog post: its front matter (title, authors, tags, date, or the
//! date from a `YYYY-MM-DD-slug.md` file name), its `##` / `###` sections and their
//! `- **Name**: text` bullets.

/// The front matter of a post.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub tags: Vec<String>,
    /// `YYYY-MM-DD`, from the front matter's `date` or the file name `YYYY-MM-DD-slug.md`.
    pub date: Option<String>,
}

/// A `- **Name**: text` bullet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bullet {
    pub name: String,
    /// What follows the name, as written (verbatim, so passages of it are quotes).
    pub text: String,
}

/// A `##` or `###` section and its bullets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// 2 or 3.
    pub level: u8,
    pub heading: String,
    /// The `##` heading a `###` section is under.
    pub parent: Option<String>,
    pub bullets: Vec<Bullet>,
}

/// A parsed post.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Post {
    pub front: FrontMatter,
    pub sections: Vec<Section>,
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    let stripped = s
        .strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .or_else(|| s.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')));
    stripped.unwrap_or(s).trim().to_string()
}

/// A full calendar date, `YYYY-MM-DD` (the domain's own date reader).
fn is_date(s: &str) -> bool {
    ai_landscape::domain::history::Date::parse(s).is_some_and(|d| d.day.is_some())
}

/// The date of a file named `YYYY-MM-DD-slug.md` (any directory).
pub fn date_from_file_name(path: &str) -> Option<String> {
    let name = path.rsplit(['/', '\\']).next()?;
    let date = name.get(..10)?;
    is_date(date).then(|| date.to_string())
}

/// Reads a post; `file_name` supplies the date when the front matter has none.
pub fn parse_post(markdown: &str, file_name: Option<&str>) -> Post {
    let mut post = Post::default();
    let mut body = markdown;
    if let Some(rest) = markdown
        .strip_prefix("---\n")
        .or_else(|| markdown.strip_prefix("---\r\n"))
    {
        if let Some(end) = rest.find("\n---") {
            let mut list_key: Option<String> = None;
            for line in rest[..end].lines() {
                let trimmed = line.trim();
                if let (Some(item), Some(key)) = (trimmed.strip_prefix("- "), &list_key) {
                    let v = unquote(item);
                    match key.as_str() {
                        "authors" => post.front.authors.push(v),
                        "tags" => post.front.tags.push(v),
                        _ => {}
                    }
                    continue;
                }
                let Some((key, value)) = line.split_once(':') else {
                    continue;
                };
                let key = key.trim().to_string();
                let value = value.trim();
                let list = |v: &str| -> Vec<String> {
                    let inner = v.trim_start_matches('[').trim_end_matches(']');
                    inner.split(',').map(unquote).filter(|s| !s.is_empty()).collect()
                };
                list_key = value.is_empty().then(|| key.clone());
                match key.as_str() {
                    "title" => post.front.title = Some(unquote(value)),
                    "authors" | "author" if !value.is_empty() => post.front.authors = list(value),
                    "tags" if !value.is_empty() => post.front.tags = list(value),
                    "date" => {
                        let v = unquote(value);
                        if let Some(d) = v.get(..10).filter(|d| is_date(d)) {
                            post.front.date = Some(d.to_string());
                        }
                    }
                    _ => {}
                }
            }
            body = rest[end + 4..].trim_start_matches(['-', '\r', '\n']);
        }
    }
    if post.front.date.is_none() {
        post.front.date = file_name.and_then(date_from_file_name);
    }
    let mut top: Option<String> = None;
    for line in body.lines() {
        if let Some(h) = line.strip_prefix("### ") {
            post.sections.push(Section {
                level: 3,
                heading: h.trim().to_string(),
                parent: top.clone(),
                bullets: Vec::new(),
            });
        } else if let Some(h) = line.strip_prefix("## ") {
            top = Some(h.trim().to_string());
            post.sections.push(Section {
                level: 2,
                heading: h.trim().to_string(),
                parent: None,
                bullets: Vec::new(),
            });
        } else if let Some(b) = parse_bullet(line) {
            if let Some(s) = post.sections.last_mut() {
                s.bullets.push(b);
            }
        }
    }
    post
}

/// `- **Name**: text` or `- **Name:** text`.
fn parse_bullet(line: &str) -> Option<Bullet> {
    let rest = line.strip_prefix("- **").or_else(|| line.strip_prefix("* **"))?;
    let end = rest.find("**")?;
    let inside = &rest[..end];
    let after = &rest[end + 2..];
    let (name, text) = if let Some(n) = inside.strip_suffix(':') {
        (n, after)
    } else {
        (inside, after.strip_prefix(':')?)
    };
    let name = name.trim();
    (!name.is_empty()).then(|| Bullet {
        name: name.to_string(),
        text: text.trim().to_string(),
    })
}
