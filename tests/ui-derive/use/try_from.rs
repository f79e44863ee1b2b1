// `MyError` used as an application would, through `TryFrom` (no `other` variant): every
// generated method.
fn main() {
    let error = errspec::runtime::classify::<<MyError as errspec::runtime::SpecError>::Catalog>(429, &[], b"").into_owned();
    if let Ok(e) = MyError::try_from(error) {
        let _ = (e.code(), e.status(), e.retry_policy(), e.to_string());
    }
}
