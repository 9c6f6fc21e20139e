# urllib.parse: CPython's module (package urllib, submodule parse): urlparse/urlsplit and their results, urljoin (RFC 3986 cases), quoting, query strings, bracketed hosts checked as ipaddress would.

from urllib.parse import urljoin, urlparse, urlsplit, urlencode, quote, unquote, parse_qs, parse_qsl, urlunparse, quote_plus, urldefrag
u = urlparse("https://user:pw@Example.com:8080/a/b;p?q=1&r=2#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(u.geturl(), u._replace(path="/x").geturl())
for base, rel in [("https://example.com/a/b", "c"), ("https://example.com/a/b/", "../c"), ("https://example.com/a", "//other.org/x"), ("https://example.com/a?x=1", "?y=2"), ("http://a/b/c/d;p?q", "../../../g")]:
    print(base, rel, "->", urljoin(base, rel))
print(urlencode({"q": "async io", "page": 2, "tags": ["a", "b"]}, doseq=True))
print(quote("a b/c?d=é"), quote_plus("a b&c"), unquote("%C3%A9t%C3%A9"))
print(parse_qs("a=1&a=2&b=&c=3", keep_blank_values=True), parse_qsl("x=1&y=2"))
print(urlsplit("mailto:someone@example.com"), urldefrag("http://x/y#z"))
print(urlunparse(("https", "h.com", "/p", "", "a=1", "")))
try:
    urlparse("http://[::1").hostname
except ValueError as e:
    print("ValueError:", e)
print(urlparse("http://example.com:99999").netloc)
try:
    print(urlparse("http://example.com:99999").port)
except ValueError as e:
    print("ValueError:", e)
import urllib.parse
from urllib import parse
import urllib
print(urllib.parse is parse, parse.__name__, parse.urlparse.__module__, parse.ParseResult.__module__)
print(urllib.parse.urlparse("http://x.org/a").hostname)
for h in ["[::1]", "[fe80::1%eth0]", "[1.2.3.4]", "[::ffff:1.2.3.4]", "[v1.x]", "[vz.x]", "[1::2::3]", "[12345::]", "[::]", "[1:2:3:4:5:6:7:8]", "[1:2:3:4:5:6:7:8:9]", "[01.2.3.4]", "[::1%]", "[a::b::]", "[:1::]", "[1:2:3:4:5:6:7::]"]:
    try:
        print(h, urllib.parse.urlsplit("http://" + h + "/p").hostname)
    except ValueError as e:
        print(h, "ValueError:", e)
print(urllib.parse.quote("/a b", safe=""), urllib.parse.unquote_plus("a+b%20c"))
u = urllib.parse.urlparse("https://shop.example/items?id=7&sort=asc")
q = urllib.parse.parse_qs(u.query)
print(q, u._asdict())
print(urllib.parse.urlparse(b"http://x/y"))
