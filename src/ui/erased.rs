//! Lists of views with their element type erased.

use leptos::prelude::*;

/// `collect_view` with each view erased first. A list of `AnyView` is one type for every
/// list of the app, so tachys's list code (build, rebuild, mount) is in the wasm once;
/// collected as they are, each list's element type had its own copy of that code. The
/// 25 lists of the app measured 7,150 B gzip smaller erased; the cost is one allocation
/// per element, for lists of tens to a few hundred elements.
pub trait CollectErased: Iterator + Sized
where
    Self::Item: IntoView,
{
    /// The views, each erased, as one list view.
    fn collect_erased(self) -> Vec<AnyView> {
        self.map(IntoAny::into_any).collect()
    }
}

impl<I: Iterator> CollectErased for I where I::Item: IntoView {}

/// A `<Show>` condition with its closure type erased: `<Show when=cond(move || ..)>`.
/// Leptos's `Show<W, C>` is generic over the condition and the children's view; with
/// every condition a `Cond` and every child erased (an `AnyView`, or several children,
/// which the view macro already collects as one erased list), the app's `<Show>`s are
/// one instance of it, its memo and its reactive view code, instead of one per use.
pub type Cond = Box<dyn Fn() -> bool + Send + Sync>;

/// `f` as a [`Cond`].
pub fn cond(f: impl Fn() -> bool + Send + Sync + 'static) -> Cond {
    Box::new(f)
}

/// An event handler with its closure type erased: `on:click=handler(move |_| ..)`. Each
/// element attribute is an `AnyAttribute` (the app builds with `erase_components`), and
/// tachys's code to build, rebuild and clone one is instantiated for each attribute type:
/// an `On<click, F>` for every handler closure `F`. Boxed, there is one `On` type per event.
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}

/// `Memo::new` with the closure boxed: the memo code Leptos builds for each closure type
/// (its compute-and-compare wrapper) exists once per value type `T`. For the memos whose
/// `T` another memo of the app has too.
pub fn memo<T: PartialEq + Send + Sync + 'static>(
    f: impl Fn(Option<&T>) -> T + Send + Sync + 'static,
) -> Memo<T> {
    let f: Box<dyn Fn(Option<&T>) -> T + Send + Sync> = Box::new(f);
    Memo::new(f)
}

/// `Effect::new` with the closure boxed: the effect's task (an async loop Leptos builds
/// for each closure type) exists once per value type `T`.
pub fn effect<T: 'static>(f: impl FnMut(Option<T>) -> T + 'static) -> Effect<LocalStorage> {
    let f: Box<dyn FnMut(Option<T>) -> T> = Box::new(f);
    Effect::new(f)
}
