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

/// Resolves in a later task (a zero timeout): what follows runs after the browser has had the
/// chance to paint what the current task drew.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = leptos::prelude::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// How long after the page opens work that nobody waits for may start: the first step is
/// drawn and answering by then, even on a slow phone, and what is fetched after (the next
/// step's chunk, the offline copy) does not hold up its first screen.
const SETTLE_MS: f64 = 3000.0;

/// How long typing must have paused before that work starts. Fetching and storing the offline
/// copy (about 2 MB) cost a 2-core machine's typist a dozen frames of 15–30 ms
/// (`bench/browser.mjs`, a charter at the limits, 2026-12-04): the work waits for a pause.
const QUIET_MS: f64 = 1500.0;

thread_local! {
    /// When the person last pressed a key or changed a field (`Date.now()`); `None` until
    /// [`listen_to_typing`] runs.
    static LAST_INPUT: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Starts noting the person's keystrokes, once (a listener on the window, in the capture
/// phase, that does nothing else).
fn listen_to_typing() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    if LAST_INPUT.with(|last| last.get().is_some()) {
        return;
    }
    LAST_INPUT.with(|last| last.set(Some(f64::NEG_INFINITY)));
    let noted = Closure::<dyn Fn()>::new(|| LAST_INPUT.with(|last| last.set(Some(now()))));
    let window = leptos::prelude::window();
    for event in ["keydown", "input"] {
        let _ = window.add_event_listener_with_callback_and_bool(
            event,
            noted.as_ref().unchecked_ref(),
            true,
        );
    }
    // the listener lives as long as the page
    noted.forget();
}

/// Runs `work` once the page has settled ([`SETTLE_MS`]), typing has paused ([`QUIET_MS`]) and
/// the browser has nothing better to do (`requestIdleCallback`; where there is none, as in
/// Safari, at once).
pub fn when_settled(work: impl FnOnce() + 'static) {
    listen_to_typing();
    after(SETTLE_MS, Box::new(work));
}

fn after(ms: f64, work: Box<dyn FnOnce()>) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let later = Closure::once_into_js(move || {
        let since = now() - LAST_INPUT.with(|last| last.get().unwrap_or(f64::NEG_INFINITY));
        if since < QUIET_MS {
            after(QUIET_MS - since, work);
            return;
        }
        let window = leptos::prelude::window();
        let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let work = Closure::once_into_js(work);
        match idle {
            Some(request) => {
                let _ = request.call1(&window, &work);
            }
            None => {
                let _ = work.unchecked_ref::<js_sys::Function>().call0(&window);
            }
        }
    });
    let _ = leptos::prelude::window().set_timeout_with_callback_and_timeout_and_arguments_0(
        later.unchecked_ref(),
        ms.ceil() as i32,
    );
}
