package baseline

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/finding"
)

// reportDoc is the part of a provcheck report a baseline needs.
type reportDoc struct {
	Target   string            `json:"target"`
	Findings []finding.Finding `json:"findings"`
}

// Parse reads a baseline from data: a baseline file, a --format json
// document, or --format jsonl lines.
func Parse(data []byte) (*Baseline, error) {
	b := newBaseline()
	dec := json.NewDecoder(bytes.NewReader(data))
	n := 0
	for {
		var doc map[string]json.RawMessage
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFormat, err)
		}
		if err := b.add(doc); err != nil {
			return nil, err
		}
		n++
	}
	if n == 0 {
		return nil, fmt.Errorf("%w: empty file", ErrFormat)
	}
	return b, nil
}

// add records the findings of one top-level JSON object.
func (b *Baseline) add(doc map[string]json.RawMessage) error {
	switch {
	case doc["provcheck_baseline"] != nil:
		var f File
		if err := remarshal(doc, &f); err != nil {
			return err
		}
		return b.addFile(f)
	case doc["reports"] != nil:
		var reports []reportDoc
		if err := json.Unmarshal(doc["reports"], &reports); err != nil {
			return fmt.Errorf("%w: reports: %w", ErrFormat, err)
		}
		for _, r := range reports {
			b.addReport(r)
		}
	case doc["target"] != nil && doc["findings"] != nil:
		var r reportDoc
		if err := remarshal(doc, &r); err != nil {
			return err
		}
		b.addReport(r)
	default:
		return fmt.Errorf("%w: no \"provcheck_baseline\", \"reports\" or \"target\" key", ErrFormat)
	}
	return nil
}

// addFile records the entries of a baseline file. Version 1 fingerprinted
// every finding with its passages; its entries of codes whose identity no
// longer includes them are kept by target and code instead.
func (b *Baseline) addFile(f File) error {
	if f.Version != FormatVersion && f.Version != "1" {
		return fmt.Errorf("%w: baseline version %q, want %q (or \"1\"): written by a newer provcheck? record it again with --write-baseline", ErrFormat, f.Version, FormatVersion)
	}
	for _, e := range f.Findings {
		if f.Version == "1" && e.Code.Anchor() != finding.AnchorPassage {
			b.legacy[legacyKey(e.Target, e.Code)]++
			continue
		}
		b.counts[e.Fingerprint]++
	}
	return nil
}

func (b *Baseline) addReport(r reportDoc) {
	for _, f := range r.Findings {
		b.counts[Fingerprint(r.Target, f)]++
	}
}

func remarshal(doc map[string]json.RawMessage, v any) error {
	data, err := json.Marshal(doc)
	if err == nil {
		err = json.Unmarshal(data, v)
	}
	if err != nil {
		return fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return nil
}

// entries lists the findings of reports as sorted baseline entries.
func entries(reports []*provenance.Report) []Entry {
	out := []Entry{}
	for _, r := range reports {
		if r == nil {
			continue
		}
		for _, f := range slices.Concat(r.Findings, r.Accepted) {
			out = append(out, Entry{Fingerprint: Fingerprint(r.Target, f), Target: normTarget(r.Target), Code: f.Code, Excerpt: excerpt(f)})
		}
	}
	slices.SortFunc(out, func(a, b Entry) int {
		return cmp.Or(cmp.Compare(a.Target, b.Target), cmp.Compare(a.Code, b.Code), cmp.Compare(a.Fingerprint, b.Fingerprint), cmp.Compare(a.Excerpt, b.Excerpt))
	})
	return out
}

const excerptRunes = 80

// excerpt is a short reminder of what the finding was about.
func excerpt(f finding.Finding) string {
	s := f.Message
	switch ev := f.Evidence; {
	case ev.Copy != nil && strings.TrimSpace(ev.Copy.Text) != "":
		s = ev.Copy.Text
	case ev.Source != nil && strings.TrimSpace(ev.Source.Text) != "":
		s = ev.Source.Text
	case ev.URL != "":
		s = ev.URL
	}
	s = normText(s)
	if utf8.RuneCountInString(s) <= excerptRunes {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:excerptRunes-1])) + "…"
}
