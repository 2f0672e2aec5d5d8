//! Natives of `url`: the WHATWG URL parser. Parsing, serialising and the
//! setters are the `url` crate's (rust-url, which implements the URL
//! Standard); IDNA is the `idna` crate's (ICU4X back end).
//!
//! Like Node (which keeps an Ada URL as a href and offsets), the JS side keeps
//! only a URL's href and the offsets of its components, and slices the href in
//! its getters; a setter sends the href back here, re-parses it (a serialised
//! URL parses to itself) and applies the URL Standard's setter.
//!
//! A parse answers `[href, schemeEnd, usernameEnd, hostStart, hostEnd, port,
//! pathStart, queryStart, fragmentStart]` (absent port, query and fragment are
//! -1), or `undefined` when the input is not a valid URL. The offsets are
//! rust-url's: `schemeEnd` is the `:` after the scheme, `usernameEnd` the `:`
//! or `@` after the username (or `hostStart` without credentials),
//! `queryStart` the `?` and `fragmentStart` the `#`. A href is always ASCII,
//! so byte offsets are JS string indices.
//!
//! rust-url 2.5.8 follows an older URL Standard in places; the functions
//! under "Where rust-url lags" bring it to today's (and to Node's Ada where
//! Node users would see a difference). NODE-DIFF: what is left, counted (not
//! compared) by src/node/url/url.test.js: a file URL loses empty first path
//! segments (`file:////x` is `file:///x`); a non-special URL takes `\` for a
//! slash inside its authority or past the start of a relative reference; a
//! `C:` or `C|` segment that is not a file URL's first is not removed by
//! `..`. Ada's own quirks are not copied there: Node accepts a reference
//! holding a `#` against an opaque-path base (`x#y` against `mailto:a`),
//! and takes a file URL's first segment starting `X:` (`u:x`) for a drive
//! letter.

use rquickjs::function::Opt;
use rquickjs::{Array, Ctx, Function, Object, Result, Value};
use ::url::Url;

/// Which component `update(href, action, value)` sets: Node's
/// `urlUpdateActions` numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Protocol = 0,
    Host = 1,
    Hostname = 2,
    Port = 3,
    Username = 4,
    Password = 5,
    Pathname = 6,
    Search = 7,
    Hash = 8,
    Href = 9,
}

impl Action {
    fn from_number(number: u32) -> Option<Action> {
        const ALL: [Action; 10] = [
            Action::Protocol,
            Action::Host,
            Action::Hostname,
            Action::Port,
            Action::Username,
            Action::Password,
            Action::Pathname,
            Action::Search,
            Action::Hash,
            Action::Href,
        ];
        ALL.get(number as usize).copied()
    }
}

/// rust-url's answer, or `None` if it panics: a few inputs the standard
/// rejects or reads differently (file URLs with drive letters after empty
/// segments) trip its debug assertions.
fn guarded<T>(run: impl FnOnce() -> Option<T>) -> Option<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).ok().flatten()
}

/// `input` parsed against `base` (itself parsed first), as `new URL(input, base)`.
pub fn parse(input: &str, base: Option<&str>) -> Option<Url> {
    guarded(|| parse_unguarded(input, base))
}

fn parse_unguarded(input: &str, base: Option<&str>) -> Option<Url> {
    let base = match base {
        Some(base) => Some(parse(base, None)?),
        None => None,
    };
    let cleaned = cleaned(input);
    if empty_host_after_credentials(&cleaned, base.as_ref()) {
        return None;
    }
    let mut url = match &base {
        Some(base) => base.join(&authority_slashes(&cleaned, base)).ok()?,
        None => Url::parse(&cleaned).ok()?,
    };
    restore_file_host(&mut url, &cleaned, base.as_ref());
    conform(&mut url);
    // Like Node's Ada (not the standard), '' and '#...' against a base whose
    // query is empty drop the '?'.
    if base.is_some() && (cleaned.is_empty() || cleaned.starts_with('#')) && url.query() == Some("") {
        url.set_query(None);
    }
    Some(url)
}

// --- Where rust-url 2.5.8 lags the URL Standard that Node's Ada follows ---

/// The input as the basic URL parser reads it: without leading and trailing
/// C0 controls and spaces, and without tabs and newlines anywhere.
fn cleaned(input: &str) -> std::borrow::Cow<'_, str> {
    let trimmed = input.trim_matches(|c: char| c <= ' ');
    if trimmed.contains(['\t', '\n', '\r']) {
        trimmed.replace(['\t', '\n', '\r'], "").into()
    } else {
        trimmed.into()
    }
}

/// The scheme of a cleaned input and what follows its ':', if it has one.
fn split_scheme(input: &str) -> Option<(&str, &str)> {
    let colon = input.find(':')?;
    let scheme = &input[..colon];
    let mut chars = scheme.chars();
    let first_alpha = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_valid = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (first_alpha && rest_valid).then(|| (scheme, &input[colon + 1..]))
}

/// Whether a non-special input's authority ends with its '@' (`c://@`):
/// the standard fails on the missing host, rust-url takes an empty one.
fn empty_host_after_credentials(input: &str, base: Option<&Url>) -> bool {
    let (scheme, rest) = match split_scheme(input) {
        Some((scheme, rest)) => (scheme.to_ascii_lowercase(), rest),
        None => match base {
            Some(base) => (base.scheme().to_string(), input),
            None => return false,
        },
    };
    if SPECIAL_SCHEMES.contains(&scheme.as_str()) {
        return false;
    }
    let Some(authority) = rest.strip_prefix("//") else { return false };
    let end = authority.find(['/', '?', '#']).unwrap_or(authority.len());
    authority[..end].ends_with('@')
}

fn is_slash(c: char) -> bool {
    c == '/' || c == '\\'
}

/// A scheme-less input against a special, non-file base: after two slashes
/// the standard skips any further ones before the host (`///x` against
/// `http://a/` is `http://x/`), which rust-url does not. Also backslashes
/// leading a reference against a non-special base (below).
fn authority_slashes<'a>(input: &'a str, base: &Url) -> std::borrow::Cow<'a, str> {
    if split_scheme(input).is_some() {
        return input.into();
    }
    let special = matches!(base.scheme(), "http" | "https" | "ws" | "wss" | "ftp");
    let slashes = input.chars().take_while(|c| is_slash(*c)).count();
    if special && slashes > 2 {
        return format!("//{}", &input[slashes..]).into();
    }
    // In a non-special URL a backslash is no slash, but rust-url's relative
    // states take it for one (and trip a debug assertion on `\?`); behind a
    // "." segment it is read as the path character it is.
    if base.scheme() != "file" && !special {
        if input.starts_with('\\') {
            return format!("./{input}").into();
        }
        if input.starts_with("/\\") {
            return format!("/.{input}").into();
        }
    }
    input.into()
}

/// Whether a host or hostname setter's value names an empty host for a
/// non-special URL that has no authority.
fn empty_host_for_hostless(url: &Url, value: &str) -> bool {
    let value = value.trim_start_matches(['\t', '\n', '\r']);
    !url.has_authority() && !SPECIAL_SCHEMES.contains(&url.scheme()) && (value.is_empty() || value.starts_with(['/', '?', '#']))
}

/// The pathname setter, with what rust-url's lacks: an empty path stays
/// empty in a non-special URL with a host, and a path starting with "//" in
/// a URL without one is written after "/." so that it does not read as a
/// host (where, like Node's Ada, the query and fragment are lost).
fn set_pathname(mut url: Url, value: &str) -> Option<Url> {
    if url.cannot_be_a_base() {
        return Some(url);
    }
    let special = SPECIAL_SCHEMES.contains(&url.scheme());
    let had_authority = url.has_authority();
    if !special && had_authority && !value.chars().any(|c| !matches!(c, '\t' | '\n' | '\r')) {
        let href = url.as_str();
        let before_path = url[..::url::Position::BeforePath].len();
        let after_path = url[..::url::Position::AfterPath].len();
        return parse(&format!("{}{}", &href[..before_path], &href[after_path..]), None);
    }
    ::url::quirks::set_pathname(&mut url, value);
    conform(&mut url);
    if !had_authority && url.path().starts_with("//") {
        return parse(&format!("{}:/.{}", url.scheme(), url.path()), None);
    }
    Some(url)
}

const SPECIAL_SCHEMES: [&str; 6] = ["http", "https", "ws", "wss", "ftp", "file"];

/// The protocol setter, which rust-url refuses for any URL with an
/// authority when the new scheme is file. The standard: the value up to a
/// ':' must be a scheme; special and non-special schemes do not change into
/// each other; a URL with credentials or a port does not become file, nor
/// does a file URL with an empty host become anything else; a port that is
/// the new scheme's default goes.
fn set_protocol(url: &Url, value: &str) -> Option<Url> {
    let scheme = value.split(':').next().unwrap_or_default();
    let mut chars = scheme.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_alphabetic()) || !chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
        return None;
    }
    let scheme = scheme.to_ascii_lowercase();
    let old = url.scheme();
    if SPECIAL_SCHEMES.contains(&old) != SPECIAL_SCHEMES.contains(&scheme.as_str()) {
        return None;
    }
    let has_credentials = !url.username().is_empty() || url.password().is_some();
    if scheme == "file" && (has_credentials || url.port().is_some()) {
        return None;
    }
    if old == "file" && url.host_str().unwrap_or_default().is_empty() {
        return None;
    }
    // The rest of the href stays; parsing it again drops a default port.
    let mut changed = parse(&format!("{scheme}{}", &url.as_str()[old.len()..]), None)?;
    // The host stays as it was: parsing again would make "localhost" empty.
    if changed.host_str() != url.host_str() {
        changed.set_host(url.host_str()).ok()?;
    }
    // Like Node's Ada, port 0 goes too when the new scheme is not special.
    if changed.port() == Some(0) && !SPECIAL_SCHEMES.contains(&scheme.as_str()) {
        changed.set_port(None).ok()?;
    }
    Some(changed)
}

/// Whether a file URL's path starts with a normalized Windows drive letter.
fn starts_with_drive_letter(path: &str) -> bool {
    let bytes = path.as_bytes();
    bytes.len() >= 3
        && bytes[0] == b'/'
        && bytes[1].is_ascii_alphabetic()
        && bytes[2] == b':'
        && (bytes.len() == 3 || bytes[3] == b'/')
}

/// rust-url follows an older standard that dropped a file URL's host when
/// its path starts with a drive letter (`file://h/C:/x`, or `/C:/x` against
/// `file://h/y`); today's keeps it. Puts back the host the input names, or
/// the file base's when the input names none.
fn restore_file_host(url: &mut Url, input: &str, base: Option<&Url>) {
    if url.scheme() != "file" || !starts_with_drive_letter(url.path()) || url.host_str().is_some_and(|h| !h.is_empty()) {
        return;
    }
    let rest = match split_scheme(input) {
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("file") => rest,
        Some(_) => return,
        None => input,
    };
    let mut chars = rest.chars();
    let host = if chars.next().is_some_and(is_slash) && chars.next().is_some_and(is_slash) {
        // The file host state: up to the next slash, '?' or '#'; a drive
        // letter there is the path's.
        let after = &rest[2..];
        let authority = &after[..after.find(['/', '\\', '?', '#']).unwrap_or(after.len())];
        let bytes = authority.as_bytes();
        if bytes.len() == 2 && bytes[0].is_ascii_alphabetic() && matches!(bytes[1], b':' | b'|') {
            return;
        }
        match Url::parse(&format!("file://{authority}/")) {
            Ok(parsed) => parsed.host_str().unwrap_or_default().to_string(),
            Err(_) => return,
        }
    } else {
        match base {
            Some(base) if base.scheme() == "file" => base.host_str().unwrap_or_default().to_string(),
            _ => return,
        }
    };
    if !host.is_empty() {
        let _ = url.set_host(Some(&host));
    }
}

/// Fixes that hold for any URL rust-url made, after a parse or a setter: a
/// file path's first segment `C|` is the drive letter `C:` also after an
/// empty host, `^` is in the path percent-encode set, and an opaque path
/// keeps a trailing space before '?' or '#' as "%20".
fn conform(url: &mut Url) {
    if url.cannot_be_a_base() {
        // An opaque path's last space before a query or fragment is "%20".
        if url.path().ends_with(' ') && (url.query().is_some() || url.fragment().is_some()) {
            let path = format!("{}%20", &url.path()[..url.path().len() - 1]);
            url.set_path(&path);
        }
        return;
    }
    let path = url.path();
    let bytes = path.as_bytes();
    let pipe_drive = url.scheme() == "file"
        && bytes.len() >= 3
        && bytes[1].is_ascii_alphabetic()
        && bytes[2] == b'|'
        && (bytes.len() == 3 || bytes[3] == b'/');
    if !pipe_drive && !path.contains('^') {
        return;
    }
    let mut fixed = path.replace('^', "%5E");
    if pipe_drive {
        fixed.replace_range(2..3, ":");
    }
    url.set_path(&fixed);
}

/// Applies a URL setter to `href`; `None` when the href does not parse or the
/// setter refuses the value (the URL Standard's setters then change nothing).
pub fn update(href: &str, action: Action, value: &str) -> Option<Url> {
    guarded(|| update_unguarded(href, action, value))
}

fn update_unguarded(href: &str, action: Action, value: &str) -> Option<Url> {
    if action == Action::Href {
        return parse(value, None);
    }
    // Through our parse, which keeps a file URL's host beside a drive letter.
    let mut url = parse(href, None)?;
    let applied = match action {
        Action::Href => false,
        Action::Protocol => return set_protocol(&url, value),
        Action::Username => ::url::quirks::set_username(&mut url, value).is_ok(),
        Action::Password => ::url::quirks::set_password(&mut url, value).is_ok(),
        // An empty host before a port is a failure, which rust-url lets
        // through for URLs without a host.
        Action::Host if value.trim_start_matches(['\t', '\n', '\r']).starts_with(':') => false,
        // Node's Ada gives no empty host to a non-special URL without one.
        Action::Host | Action::Hostname if empty_host_for_hostless(&url, value) => false,
        // A file URL's host ends at the first slash, '?' or '#' (rust-url
        // refuses the value instead).
        Action::Host | Action::Hostname if url.scheme() == "file" => {
            let value: String = value.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
            let host = &value[..value.find(['/', '\\', '?', '#']).unwrap_or(value.len())];
            ::url::quirks::set_hostname(&mut url, host).is_ok()
        }
        Action::Host => ::url::quirks::set_host(&mut url, value).is_ok(),
        Action::Hostname => ::url::quirks::set_hostname(&mut url, value).is_ok(),
        Action::Port => ::url::quirks::set_port(&mut url, value).is_ok(),
        Action::Pathname => return set_pathname(url, value),
        Action::Search => {
            ::url::quirks::set_search(&mut url, value);
            true
        }
        Action::Hash => {
            ::url::quirks::set_hash(&mut url, value);
            true
        }
    };
    if applied {
        conform(&mut url);
    }
    applied.then_some(url)
}

/// The href and offsets the JS side keeps (see the module comment).
pub fn components(url: &Url) -> (String, [i32; 8]) {
    let c = ::url::quirks::internal_components(url);
    let offset = |value: u32| value as i32;
    (
        url.as_str().to_string(),
        [
            offset(c.scheme_end),
            offset(c.username_end),
            offset(c.host_start),
            offset(c.host_end),
            c.port.map_or(-1, i32::from),
            offset(c.path_start),
            c.query_start.map_or(-1, offset),
            c.fragment_start.map_or(-1, offset),
        ],
    )
}

/// `url.domainToASCII`: the host a special URL would keep for `domain` (as
/// Node, through the hostname setter of `ws://x`), or '' if it is not one.
pub fn domain_to_ascii(domain: &str) -> String {
    let Ok(mut url) = Url::parse("ws://x") else { return String::new() };
    if ::url::quirks::set_hostname(&mut url, domain).is_err() {
        return String::new();
    }
    url.host_str().unwrap_or_default().to_string()
}

/// `url.domainToUnicode`: that host with its punycode labels decoded.
pub fn domain_to_unicode(domain: &str) -> String {
    let ascii = domain_to_ascii(domain);
    if ascii.is_empty() {
        return ascii;
    }
    idna::domain_to_unicode(&ascii).0
}

/// UTS #46 ToASCII without the URL Standard's host checks, for the legacy
/// `url.parse` (Node's `toASCII` from its encoding binding): '' on failure.
pub fn to_ascii(domain: &str) -> String {
    idna::domain_to_ascii_cow(domain.as_bytes(), idna::AsciiDenyList::EMPTY)
        .map(|ascii| ascii.into_owned())
        .unwrap_or_default()
}

fn components_array<'js>(ctx: &Ctx<'js>, url: &Url) -> Result<Array<'js>> {
    let (href, offsets) = components(url);
    let array = Array::new(ctx.clone())?;
    array.set(0, href)?;
    for (index, offset) in offsets.iter().enumerate() {
        array.set(index + 1, *offset)?;
    }
    Ok(array)
}

/// `parse(input, base)`, `update(href, action, value)` (components, or
/// undefined if the setter refused), `canParse(input, base)`,
/// `domainToASCII(domain)`, `domainToUnicode(domain)`, `toASCII(domain)`.
/// Strings come in well-formed (the JS side calls `toWellFormed`).
pub fn binding<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set(
        "parse",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, input: String, base: Opt<Option<String>>| -> Result<Value<'js>> {
            match parse(&input, base.0.flatten().as_deref()) {
                Some(url) => Ok(components_array(&ctx, &url)?.into_value()),
                None => Ok(Value::new_undefined(ctx)),
            }
        })?,
    )?;
    binding.set(
        "update",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, href: String, action: u32, value: String| -> Result<Value<'js>> {
            let url = Action::from_number(action).and_then(|action| update(&href, action, &value));
            match url {
                Some(url) => Ok(components_array(&ctx, &url)?.into_value()),
                None => Ok(Value::new_undefined(ctx)),
            }
        })?,
    )?;
    binding.set(
        "canParse",
        Function::new(ctx.clone(), |input: String, base: Opt<Option<String>>| {
            parse(&input, base.0.flatten().as_deref()).is_some()
        })?,
    )?;
    binding.set("domainToASCII", Function::new(ctx.clone(), |domain: String| domain_to_ascii(&domain))?)?;
    binding.set("domainToUnicode", Function::new(ctx.clone(), |domain: String| domain_to_unicode(&domain))?)?;
    binding.set("toASCII", Function::new(ctx.clone(), |domain: String| to_ascii(&domain))?)?;
    Ok(binding)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn href(url: Option<Url>) -> Option<String> {
        url.map(|url| url.as_str().to_string())
    }

    #[test]
    fn parses_against_a_base() {
        assert_eq!(href(parse("../c?x#y", Some("http://h/a/b/"))).as_deref(), Some("http://h/a/c?x#y"));
        assert_eq!(href(parse("//other/p", Some("https://h/a"))).as_deref(), Some("https://other/p"));
        assert_eq!(href(parse("x", Some("not a url"))), None);
        assert_eq!(href(parse("x", None)), None);
    }

    #[test]
    fn offsets_slice_the_components() {
        let url = parse("https://user:pw@example.com:8080/p/q?a=1#frag", None).unwrap();
        let (href, [scheme_end, username_end, host_start, host_end, port, path_start, query_start, fragment_start]) =
            components(&url);
        let slice = |from: i32, to: i32| &href[from as usize..to as usize];
        assert_eq!(slice(0, scheme_end), "https");
        assert_eq!(slice(scheme_end + 3, username_end), "user");
        assert_eq!(slice(username_end + 1, host_start - 1), "pw");
        assert_eq!(slice(host_start, host_end), "example.com");
        assert_eq!(port, 8080);
        assert_eq!(slice(path_start, query_start), "/p/q");
        assert_eq!(slice(query_start, fragment_start), "?a=1");
        assert_eq!(&href[fragment_start as usize..], "#frag");

        let (_, offsets) = components(&parse("mailto:a@b", None).unwrap());
        assert_eq!(offsets[4], -1);
        assert_eq!(offsets[6], -1);
        assert_eq!(offsets[7], -1);
    }

    #[test]
    fn setters_refuse_as_the_standard_says() {
        assert_eq!(href(update("http://h/", Action::Port, "99999")), None);
        assert_eq!(href(update("http://h/", Action::Port, "81")).as_deref(), Some("http://h:81/"));
        assert_eq!(href(update("http://h/", Action::Protocol, "file")).as_deref(), Some("file://h/"));
        assert_eq!(href(update("http://h:81/", Action::Protocol, "file")), None);
        assert_eq!(href(update("http://h/", Action::Protocol, "foo")), None);
        assert_eq!(href(update("foo:/p", Action::Host, ":1")), None);
        assert_eq!(href(update("foo:/p", Action::Pathname, "//x")).as_deref(), Some("foo:/.//x"));
        assert_eq!(href(update("file://h/x", Action::Hostname, "?y")).as_deref(), Some("file:///x"));
        assert_eq!(href(update("http://h/", Action::Search, "a b")).as_deref(), Some("http://h/?a%20b"));
        assert_eq!(href(update("http://h/", Action::Href, "nope")), None);
    }

    #[test]
    fn follows_the_standard_where_rust_url_lags() {
        assert_eq!(href(parse("http://h/a^b", None)).as_deref(), Some("http://h/a%5Eb"));
        assert_eq!(href(parse("///x", Some("http://a/"))).as_deref(), Some("http://x/"));
        assert_eq!(href(parse("file://h/C:/x", None)).as_deref(), Some("file://h/C:/x"));
        assert_eq!(href(parse("/C|/x", Some("file://h/y"))).as_deref(), Some("file://h/C:/x"));
        assert_eq!(href(parse("file:///c|/a", None)).as_deref(), Some("file:///c:/a"));
        assert_eq!(href(parse("c://@", None)), None);
        assert_eq!(href(parse("\\x", Some("foo:/a/b"))).as_deref(), Some("foo:/a/\\x"));
        assert_eq!(href(parse("data:a ?q", None)).as_deref(), Some("data:a%20?q"));
        // Node's Ada, not the standard: the empty query goes.
        assert_eq!(href(parse("#f", Some("http://h/?"))).as_deref(), Some("http://h/#f"));
    }

    #[test]
    fn domains() {
        assert_eq!(domain_to_ascii("español.com"), "xn--espaol-zwa.com");
        assert_eq!(domain_to_ascii("xn--iñvalid.com"), "");
        assert_eq!(domain_to_ascii("0x7f.1"), "127.0.0.1");
        assert_eq!(domain_to_unicode("xn--espaol-zwa.com"), "español.com");
        assert_eq!(to_ascii("Bücher.example"), "xn--bcher-kva.example");
    }
}
