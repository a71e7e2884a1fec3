package provenance

import (
	"net/url"
	"strings"
)

// trackingParams are query parameters that say who sent a reader, not which
// page they read; they are dropped before two URLs are compared.
var trackingParams = []string{"utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "igshid", "ref_src", "cmpid"}

// canonicalURL reduces u to what identifies the page: no scheme, no www.,
// no fragment, no tracking parameters, no trailing slash.
func canonicalURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" {
		return strings.TrimSuffix(strings.ToLower(u), "/")
	}
	host := strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
	q := p.Query()
	for k := range q {
		for _, t := range trackingParams {
			if strings.HasPrefix(strings.ToLower(k), t) {
				q.Del(k)
			}
		}
	}
	out := host + strings.TrimSuffix(p.EscapedPath(), "/")
	if enc := q.Encode(); enc != "" {
		out += "?" + enc
	}
	return out
}
