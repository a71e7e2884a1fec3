// Package provcheck checks articles republished by news aggregators against
// their original source. This file bundles the example web the demo and the
// end-to-end tests browse.
package provcheck

import (
	"embed"
	"io/fs"
)

//go:embed all:testdata/web
var exampleWeb embed.FS

// ExampleWeb returns the bundled example web: one top-level directory per
// host name, plus cases.json and README.md describing the cases.
func ExampleWeb() fs.FS {
	sub, err := fs.Sub(exampleWeb, "testdata/web")
	if err != nil {
		// Unreachable: the path is a valid constant embedded above.
		return exampleWeb
	}
	return sub
}
