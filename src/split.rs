//! Split points: code loaded on demand. In the builds users run (feature `split`,
//! scripts/build.mjs) the code of each split point, with its data and what only it uses, is a
//! chunk of its own, fetched the first time it is called; the component tests build without
//! the feature, the same functions in one module. [`when_settled`] is when work nobody waits
//! for (a preload, the offline copy) may start. A leaf: it names nothing of the app, so that
//! any module may declare a split point.

/// A chunk that could not be fetched (the network is gone): the caller says so and offers to
/// try again (a later call fetches it again).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unloaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for Unloaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Unloaded {
        Unloaded
    }
}

/// A future a split point returns, to run once its chunk is there.
pub type Later<T> = std::pin::Pin<Box<dyn std::future::Future<Output = T>>>;

/// Declares a split point: `on_demand!(chunk: pub fn name(args) -> T {…})` becomes
/// `async fn name(args) -> Result<T, Unloaded>`; with `preload NAME`, also a function that
/// fetches the chunk without calling anything. `async fn` bodies are awaited once the chunk is
/// there. Functions of one `chunk` share a module. The body runs untracked: building a view
/// must not make whoever asked for it rerun. A load failure is an `Err(Unloaded)`, never a
/// panic (which would stop the whole app). (Leptos's `#[lazy]`, written out: it panics when a
/// chunk cannot be fetched.)
macro_rules! on_demand_fn {
    ($chunk:ident $(, preload $preload:ident)?: $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            fallible
            $(, preload($preload))?
        )]
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::split::Unloaded> {
            Ok(::leptos::prelude::untrack(move || $body))
        }

        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::split::Unloaded> {
            Ok(::leptos::prelude::untrack(move || $body))
        }

        $(
            #[cfg(not(feature = "split"))]
            $vis async fn $preload() -> Result<(), $crate::split::Unloaded> {
                Ok(())
            }
        )?
    };
    ($chunk:ident: $vis:vis async fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        // the split point returns the future; a module of the same name holds it
        #[allow(non_snake_case)]
        mod $name {
            use super::*;
            $crate::split::on_demand!($chunk: pub fn later($($arg: $ty),*) -> $crate::split::Later<$ret> {
                Box::pin(async move $body)
            });
        }

        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::split::Unloaded> {
            Ok($name::later($($arg),*).await?.await)
        }
    };
}

pub(crate) use on_demand_fn as on_demand;

/// How long after the page opens work that nobody waits for may start: the first step is
/// drawn and answering by then, even on a slow phone, and what is fetched after (the next
/// step's chunk, the offline copy) does not hold up its first screen.
const SETTLE_MS: i32 = 3000;

/// Runs `work` once the page has settled ([`SETTLE_MS`]) and the browser has nothing better
/// to do (`requestIdleCallback`; where there is none, as in Safari, at once).
pub fn when_settled(work: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let window = leptos::prelude::window();
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let work = Closure::once_into_js(work);
    let later = Closure::once_into_js(move || {
        let window = leptos::prelude::window();
        match idle {
            Some(request) => {
                let _ = request.call1(&window, &work);
            }
            None => {
                let _ = work.unchecked_ref::<js_sys::Function>().call0(&window);
            }
        }
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), SETTLE_MS);
}
