//! The time, as the app writes and reads it: ISO 8601 for what is stored, the user's own clock
//! for what is shown.

/// Now, as ISO 8601 (UTC).
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// A stored time as the user's clock shows it, "HH:MM".
pub fn clock(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return String::new();
    }
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// Minutes from `earlier` to `later` (both ISO 8601); `None` if either does not parse.
pub fn minutes_between(earlier: &str, later: &str) -> Option<f64> {
    let time = |iso: &str| {
        let ms = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso)).get_time();
        (!ms.is_nan()).then_some(ms)
    };
    Some((time(later)? - time(earlier)?) / 60_000.0)
}

/// Today in the user's time zone, "YYYY-MM-DD".
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
