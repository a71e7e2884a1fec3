// Package baseline lets a CI gate accept the findings of an earlier run, so
// it fails only on what is new. Findings are matched by a fingerprint of
// their target, code and evidence texts, never by offsets: a finding
// survives edits elsewhere in the page, and a changed quote is new. A
// finding about the whole page (credit-missing, reuse-*) is matched by its
// target, code and URL alone, as its passage is only an example.
package baseline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// FormatVersion is the version of the baseline file written by Write.
// Version 2 fingerprints page-level findings without their passage;
// version 1 files are still read (see legacyKey).
const FormatVersion = "2"

// Baseline is a multiset of accepted findings: a fingerprint recorded
// twice suppresses two identical findings of a report, not a third.
type Baseline struct {
	counts map[string]int
	// legacy holds the page-level entries of version 1 files by target
	// and code: their fingerprints hashed a passage that is no longer part
	// of the identity, so they are matched by what still is.
	legacy map[string]int
}

// Entry is one accepted finding in a baseline file. Target, Code and
// Excerpt are for the reader; only Fingerprint is matched.
type Entry struct {
	Fingerprint string       `json:"fingerprint"`
	Target      string       `json:"target"`
	Code        finding.Code `json:"code"`
	Excerpt     string       `json:"excerpt,omitempty"`
}

// File is the document Write produces.
type File struct {
	Version  string  `json:"provcheck_baseline"`
	Findings []Entry `json:"findings"`
}

// ErrFormat is returned (wrapped) when a file is neither a baseline nor a
// provcheck JSON or JSONL report.
var ErrFormat = errors.New("not a provcheck baseline or report")

// New returns the baseline that accepts every finding of reports.
func New(reports []*provenance.Report) *Baseline {
	b := newBaseline()
	for _, r := range reports {
		if r == nil {
			continue
		}
		for _, f := range r.Findings {
			b.counts[Fingerprint(r.Target, f)]++
		}
	}
	return b
}

func newBaseline() *Baseline {
	return &Baseline{counts: map[string]int{}, legacy: map[string]int{}}
}

// Len is the number of accepted findings.
func (b *Baseline) Len() int {
	n := 0
	for _, c := range b.counts {
		n += c
	}
	for _, c := range b.legacy {
		n += c
	}
	return n
}

// Fingerprint identifies a finding across runs: a hash of the target, the
// code, the copy's and the source's evidence texts (NFKC, whitespace
// collapsed) and the evidence URL. Offsets, message and detail are left
// out because they change when unrelated text moves. The passages of a
// finding about the page, or the copy's passage of one about the original,
// are left out too: they are examples, not what the finding is about.
func Fingerprint(target string, f finding.Finding) string {
	copyText, sourceText := spanText(f.Evidence.Copy), spanText(f.Evidence.Source)
	switch f.Code.Anchor() {
	case finding.AnchorPage:
		copyText, sourceText = "", ""
	case finding.AnchorOriginal:
		copyText = ""
	}
	h := sha256.New()
	for _, part := range []string{normTarget(target), string(f.Code), copyText, sourceText, strings.TrimSpace(f.Evidence.URL)} {
		io.WriteString(h, part)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Filter moves the findings of rep that the baseline accepts to
// rep.Accepted, counts them in rep.Suppressed, and recomputes the verdict,
// unless it is error (the target was not checked). It returns how many
// findings it moved. Filter does not modify b, so one baseline may filter
// many reports concurrently.
func (b *Baseline) Filter(rep *provenance.Report) (suppressed int) {
	if b == nil || rep == nil || b.Len() == 0 {
		return 0
	}
	used, usedLegacy := map[string]int{}, map[string]int{}
	var kept []finding.Finding
	for _, f := range rep.Findings {
		fp, lk := Fingerprint(rep.Target, f), legacyKey(rep.Target, f.Code)
		switch {
		case used[fp] < b.counts[fp]:
			used[fp]++
		case f.Code.Anchor() != finding.AnchorPassage && usedLegacy[lk] < b.legacy[lk]:
			usedLegacy[lk]++
		default:
			kept = append(kept, f)
			continue
		}
		rep.Accepted = append(rep.Accepted, f)
		suppressed++
	}
	if kept == nil {
		kept = []finding.Finding{}
	}
	rep.Findings = kept
	rep.Suppressed += suppressed
	if rep.Verdict != provenance.Errored {
		rep.Verdict = provenance.VerdictOf(rep.Findings)
	}
	return suppressed
}

// Load reads a baseline: a file written by Write, or a provcheck report
// in the json or jsonl format.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	b, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	return b, nil
}

// Write records every finding of reports as a baseline file at path,
// atomically: a reader sees the old file or the new one, never half. The
// findings an earlier baseline accepted (Report.Accepted) are recorded too,
// so refreshing a baseline in place keeps what it accepted.
func Write(path string, reports []*provenance.Report) error {
	var buf bytes.Buffer
	if err := Encode(&buf, reports); err != nil {
		return err
	}
	return writeAtomic(path, buf.Bytes())
}

// Encode writes the baseline file of reports to w. Entries are sorted, so
// the same findings always give the same bytes.
func Encode(w io.Writer, reports []*provenance.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(File{Version: FormatVersion, Findings: entries(reports)}); err != nil {
		return fmt.Errorf("encode baseline: %w", err)
	}
	return nil
}

func writeAtomic(path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("write baseline %s: %w", path, err)
	}
	return nil
}

// legacyKey identifies a version 1 entry of a code not anchored to its
// passage: its target and code.
func legacyKey(target string, c finding.Code) string {
	return normTarget(target) + "\x00" + string(c)
}

func normTarget(t string) string {
	t = strings.TrimSpace(t)
	if strings.Contains(t, "://") {
		return t
	}
	return filepath.ToSlash(filepath.Clean(t))
}

func spanText(s *text.Span) string {
	if s == nil {
		return ""
	}
	return normText(s.Text)
}

// normText makes texts that read the same compare equal: compatibility
// forms folded (NFKC) and runs of white space made one space.
func normText(s string) string {
	return strings.Join(strings.FieldsFunc(norm.NFKC.String(s), unicode.IsSpace), " ")
}
