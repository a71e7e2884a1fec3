package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// wrappers maps redirect hosts to the query parameter that holds the target.
// t.co and other opaque shorteners cannot be unwrapped offline and are
// left alone.
var wrappers = map[string][]string{
	"news.google.com":      {"url"},
	"www.google.com":       {"url", "q"},
	"google.com":           {"url", "q"},
	"l.facebook.com":       {"u"},
	"lm.facebook.com":      {"u"},
	"m.facebook.com":       {"u"},
	"www.facebook.com":     {"u"},
	"out.reddit.com":       {"url"},
	"l.instagram.com":      {"u"},
	"away.vk.com":          {"to"},
	"href.li":              {"url"},
	"t.umblr.com":          {"z"},
	"r.search.yahoo.com":   {"RU"},
	"www.linkedin.com":     {"url"},
	"slack-redir.net":      {"url"},
	"click.redditmail.com": {"url"},
	"link.zhihu.com":       {"target"},
	"nl.nytimes.com":       {"url"},
}

// trackingParams are query parameters that identify a campaign or a click,
// never the document.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gclsrc": true, "msclkid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "_ga": true, "_gl": true, "mkt_tok": true,
	"ocid": true, "cmpid": true, "smid": true, "smtyp": true, "ncid": true, "sr_share": true,
	"__twitter_impression": true, "oly_anon_id": true, "oly_enc_id": true, "vero_id": true,
	"_hsenc": true, "_hsmi": true, "wt.mc_id": true, "share": true, "ito": true,
}

// CleanURL returns raw made absolute against base, unwrapped from known
// redirect wrappers, without tracking parameters or fragment. ok is false
// for URLs that are not http(s).
func CleanURL(raw string, base *url.URL) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", false
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	for range 3 {
		inner, ok := unwrap(u)
		if !ok {
			break
		}
		u = inner
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", false
	}
	u.Host = strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			lk := strings.ToLower(k)
			if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	return u.String(), true
}

// unwrap returns the target of a redirect-wrapper URL.
func unwrap(u *url.URL) (*url.URL, bool) {
	keys, ok := wrappers[strings.ToLower(u.Hostname())]
	if !ok {
		return nil, false
	}
	q := u.Query()
	for _, k := range keys {
		if v := q.Get(k); v != "" {
			inner, err := url.Parse(v)
			if err == nil && (inner.Scheme == "http" || inner.Scheme == "https") && inner.Host != "" {
				return inner, true
			}
		}
	}
	return nil, false
}

// URLKey is the identity of a URL, so two links to one page compare equal:
// cleaned as by CleanURL (unwrapped, no tracking parameters, no fragment),
// then no scheme, no "www.", no default port, no trailing slash. A URL that
// is not http(s) is its own key.
func URLKey(raw string) string {
	c, ok := CleanURL(raw, nil)
	if !ok {
		return raw
	}
	u, _ := url.Parse(c)
	host := strings.TrimPrefix(u.Hostname(), "www.")
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host += ":" + p
	}
	path := strings.TrimRight(u.EscapedPath(), "/")
	key := host + path
	if u.RawQuery != "" {
		key += "?" + u.RawQuery
	}
	return key
}

// Site is the registrable domain of a URL ("example.co.uk"), or its host
// when the public-suffix list does not know it (IP addresses, localhost).
func Site(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}

// SameSite reports whether a and b share a registrable domain.
func SameSite(a, b string) bool {
	sa := Site(a)
	return sa != "" && sa == Site(b)
}
