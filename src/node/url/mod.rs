//! Natives of `url`: the WHATWG URL parser. Parsing, serialising and the
//! setters are the `url` crate's (rust-url, which implements the URL
//! Standard); IDNA is the `idna` crate's with the unicode-rs back end.
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

/// `input` parsed against `base` (itself parsed first), as `new URL(input, base)`.
pub fn parse(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        Some(base) => Url::parse(base).ok()?.join(input).ok(),
        None => Url::parse(input).ok(),
    }
}

/// Applies a URL setter to `href`; `None` when the href does not parse or the
/// setter refuses the value (the URL Standard's setters then change nothing).
pub fn update(href: &str, action: Action, value: &str) -> Option<Url> {
    let mut url = Url::parse(href).ok()?;
    let applied = match action {
        Action::Href => ::url::quirks::set_href(&mut url, value).is_ok(),
        Action::Protocol => ::url::quirks::set_protocol(&mut url, value).is_ok(),
        Action::Username => ::url::quirks::set_username(&mut url, value).is_ok(),
        Action::Password => ::url::quirks::set_password(&mut url, value).is_ok(),
        Action::Host => ::url::quirks::set_host(&mut url, value).is_ok(),
        Action::Hostname => ::url::quirks::set_hostname(&mut url, value).is_ok(),
        Action::Port => ::url::quirks::set_port(&mut url, value).is_ok(),
        Action::Pathname => {
            ::url::quirks::set_pathname(&mut url, value);
            true
        }
        Action::Search => {
            ::url::quirks::set_search(&mut url, value);
            true
        }
        Action::Hash => {
            ::url::quirks::set_hash(&mut url, value);
            true
        }
    };
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
        assert_eq!(href(update("http://h/", Action::Protocol, "file")), None);
        assert_eq!(href(update("http://h/", Action::Search, "a b")).as_deref(), Some("http://h/?a%20b"));
        assert_eq!(href(update("http://h/", Action::Href, "nope")), None);
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
