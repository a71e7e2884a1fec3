package provenance

import (
	"net/url"
	"strings"

	"github.com/provcheck/provcheck/provenance/extract"
)

// canonicalURL reduces u to what identifies the page, so two links to one
// page compare equal: extract.CleanURL's unwrapping and tracking-parameter
// removal, then no scheme, no "www.", no trailing slash.
func canonicalURL(u string) string {
	clean, ok := extract.CleanURL(u, nil)
	if !ok {
		return strings.TrimSuffix(strings.ToLower(strings.TrimSpace(u)), "/")
	}
	p, err := url.Parse(clean)
	if err != nil {
		return clean
	}
	out := strings.TrimPrefix(p.Hostname(), "www.") + strings.TrimSuffix(p.EscapedPath(), "/")
	if p.RawQuery != "" {
		out += "?" + p.RawQuery
	}
	return out
}
