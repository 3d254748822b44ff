//! One project as a card: monogram, name, disclosure (the publisher's own project),
//! summary, category and chain badges, token.
//! `<article data-project="{id}">` is a public hook (tests and blog CSS rely on it).
//!
//! Cards are the one thing the explorer makes by the hundred on a keystroke, so they are
//! not Leptos views: a card is a clone of a per-language skeleton (built once, with the
//! interface strings in it) whose text is then filled in, all as text nodes, from
//! [`CardContent`]. That is a clone and about twenty DOM calls per card, with no closures,
//! owners or subscriptions, and a built card can be kept and put back later for free.
//! The grid handles the clicks of all its cards (see `card_grid`), and sets the compare
//! toggle's state with [`set_picked`].
//!
//! The markup is the one `domain::prerender` writes into `index.html`; an end-to-end test
//! checks that the app's cards replace the prerendered ones with no layout shift.

use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Document, Element};

use crate::domain::card::{compare_mark, CardContent};
use crate::domain::i18n::tr;
use crate::domain::logo::{CARD_LOGO_PX, CHAIN_ICON_PX};
use crate::domain::Lang;
use crate::ui::mark::append_logo;

/// Makes cards: one skeleton per language, cloned for each card.
pub struct CardFactory {
    document: Document,
    skeletons: [Option<Element>; 15],
}

fn slot(lang: Lang) -> usize {
    lang.index()
}

impl CardFactory {
    pub fn new() -> Option<CardFactory> {
        let document = web_sys::window()?.document()?;
        Some(CardFactory {
            document,
            skeletons: Default::default(),
        })
    }

    fn el(&self, tag: &str, class: &str) -> Element {
        let e = self.document.create_element(tag).expect_throw("create_element");
        e.set_class_name(class);
        e
    }

    /// The empty card of `lang`: every element and interface string, no project data.
    fn skeleton(&mut self, lang: Lang) -> Element {
        if let Some(s) = &self.skeletons[slot(lang)] {
            return s.clone();
        }
        let t = tr(lang);
        let article = self.el("article", "card");
        let head = self.el("div", "card__head");
        let mono = self.el("span", "monogram");
        let _ = mono.set_attribute("aria-hidden", "true");
        let h3 = self.el("h3", "card__title");
        let open = self.el("button", "card__open");
        let _ = open.set_attribute("aria-haspopup", "dialog");
        let _ = h3.append_child(&open);
        let _ = head.append_child(&mono);
        let _ = head.append_child(&h3);
        let summary = self.el("p", "card__summary");
        let cats = self.el("ul", "badges");
        let _ = cats.set_attribute("aria-label", t.categories);
        let chains = self.el("ul", "badges");
        let _ = chains.set_attribute("aria-label", t.chains);
        let foot = self.el("div", "card__foot");
        let compare = self.el("button", "card__compare");
        let _ = compare.set_attribute("aria-pressed", "false");
        let mark = self
            .document
            .create_element("span")
            .expect_throw("create_element");
        let _ = mark.set_attribute("aria-hidden", "true");
        mark.set_text_content(Some(compare_mark(false)));
        let _ = compare.append_child(&mark);
        let _ = compare.append_child(&self.document.create_text_node(t.compare));
        let _ = foot.append_child(&compare);
        for part in [&head, &summary, &cats, &chains, &foot] {
            let _ = article.append_child(part);
        }
        self.skeletons[slot(lang)] = Some(article.clone());
        article
    }

    /// A new card for `c`, in `lang`, with its compare toggle set to `picked`; its logo
    /// loads at once when `eager` (the first screen), else when it nears the viewport.
    pub fn build(&mut self, c: &CardContent, lang: Lang, picked: bool, eager: bool) -> Element {
        let t = tr(lang);
        let card: Element = self
            .skeleton(lang)
            .clone_node_with_deep(true)
            .expect_throw("clone_node")
            .unchecked_into();
        let _ = card.set_attribute("data-project", &c.id);
        let _ = card.set_attribute("style", &c.style());
        let child = |e: &Element| e.first_element_child().expect("card skeleton");
        let next = |e: &Element| e.next_element_sibling().expect("card skeleton");
        let head = child(&card);
        let mono = child(&head);
        match &c.logo {
            Some(l) => {
                mono.set_class_name("logo");
                append_logo(&mono, l, CARD_LOGO_PX, eager);
            }
            None => mono.set_text_content(Some(&c.monogram)),
        }
        let open = child(&next(&mono));
        open.set_id(&c.open_id());
        open.set_text_content(Some(&c.name));
        let summary = next(&head);
        summary.set_text_content(Some(&c.summary));
        if let Some(l) = c.summary_fallback {
            crate::ui::label::mark_fallback(&self.document, &summary, l, lang);
        }
        let cats = next(&summary);
        for (id, label) in &c.categories {
            let li = self.el("li", "badge badge--category");
            let _ = li.set_attribute("data-category", id);
            li.set_text_content(Some(label));
            let _ = cats.append_child(&li);
        }
        let chains = next(&cats);
        if c.chains.is_empty() {
            let li = self.el("li", "badge badge--muted");
            li.set_text_content(Some(t.not_stated));
            let _ = chains.append_child(&li);
        }
        for b in &c.chains {
            let li = self.el(
                "li",
                match (b.article, b.former.is_some()) {
                    (true, false) => "badge badge--chain badge--article",
                    (false, false) => "badge badge--chain",
                    (true, true) => "badge badge--chain badge--article badge--former",
                    (false, true) => "badge badge--chain badge--former",
                },
            );
            let _ = li.set_attribute("data-chain", &b.id);
            if let Some(l) = &b.logo {
                let icon = self.el("span", "chain-icon");
                let _ = icon.set_attribute("aria-hidden", "true");
                append_logo(&icon, l, CHAIN_ICON_PX, eager);
                let _ = li.append_child(&icon);
            }
            let _ = li.append_child(&self.document.create_text_node(&b.label));
            // Solid: the article states the chain; dashed: another cited source does.
            let (what, why) = if b.article {
                (t.source_article, t.legend_chain_article)
            } else {
                (t.source_added, t.legend_chain_added)
            };
            let why = match &b.former {
                Some(f) => {
                    let _ = li.append_child(&self.document.create_text_node(" "));
                    let mark = self.el("span", "badge__former");
                    mark.set_text_content(Some(f));
                    let _ = li.append_child(&mark);
                    t.former_chain
                }
                None => why,
            };
            let _ = li.set_attribute("title", why);
            let sr = self.el("span", "visually-hidden");
            sr.set_text_content(Some(&format!(" ({what})")));
            let _ = li.append_child(&sr);
            let _ = chains.append_child(&li);
        }
        let foot = next(&chains);
        let compare = child(&foot);
        if let Some(tokens) = &c.tokens {
            let p = self.el("p", "card__token");
            let label = self.el("span", "card__token-label");
            label.set_text_content(Some(t.token));
            let _ = p.append_child(&label);
            let _ = p.append_child(&self.document.create_text_node(&format!(" {tokens}")));
            let _ = foot.insert_before(&p, Some(&compare));
        }
        let _ = compare.set_attribute("aria-label", &format!("{} {}", t.compare, c.name));
        if let Some(d) = &c.disclosure {
            // Inserted last, so the sibling walk above sees the skeleton's order.
            let p = self.el("p", "card__disclosure");
            let _ = p.set_attribute("data-disclosure", "publisher");
            p.set_text_content(Some(d));
            let _ = card.insert_before(&p, Some(&summary));
        }
        if let Some((line, status)) = &c.status {
            // Right under the head, above the disclosure: what became of the project.
            let p = self.el("p", "card__status");
            let _ = p.set_attribute("data-status", status);
            p.set_text_content(Some(line));
            let _ = card.insert_before(&p, head.next_sibling().as_ref());
        }
        if picked {
            set_picked(&card, true);
        }
        card
    }
}

/// Sets the compare toggle of `card` (made by [`CardFactory::build`]) to `picked`.
pub fn set_picked(card: &Element, picked: bool) {
    let Some(compare) = card
        .last_element_child()
        .and_then(|foot| foot.last_element_child())
    else {
        return;
    };
    let _ = compare.set_attribute("aria-pressed", if picked { "true" } else { "false" });
    if let Some(mark) = compare.first_element_child() {
        mark.set_text_content(Some(compare_mark(picked)));
    }
}
