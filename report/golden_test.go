package report

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/internal/buildinfo"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// normaliser rewrites what changes from run to run or build to build (the
// tool's version, durations) to fixed placeholders before a golden compare.
type normaliser []struct {
	re   *regexp.Regexp
	with string
}

func (n normaliser) apply(b []byte) []byte {
	for _, r := range n {
		b = r.re.ReplaceAll(b, []byte(r.with))
	}
	return b
}

// versionNormaliser replaces the running version, which differs between a
// work tree ("devel") and a release, with VERSION.
func versionNormaliser(extra ...string) normaliser {
	n := normaliser{{regexp.MustCompile(regexp.QuoteMeta(buildinfo.Version())), "VERSION"}}
	for i := 0; i+1 < len(extra); i += 2 {
		n = append(n, struct {
			re   *regexp.Regexp
			with string
		}{regexp.MustCompile(extra[i]), extra[i+1]})
	}
	return n
}

// golden compares got, normalised, with testdata/name, or rewrites the file
// under -update.
func golden(t *testing.T, name string, got []byte, n normaliser) {
	t.Helper()
	got = n.apply(got)
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test ./report -update")
	require.Equal(t, string(want), string(got), "output differs from %s; run go test ./report -update if the change is intended", path)
}
