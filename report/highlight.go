package report

import (
	"errors"
	"slices"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/text"
)

// errNilReport is what the html, sarif and junit writers return for a nil
// report instead of panicking.
var errNilReport = errors.New("report: nil report")

// mark is a stretch of a text to highlight, in code points. ID names the
// passage it belongs to, so the copy's mark can link to the source's twin.
type mark struct {
	Start, End int
	ID         int
	Kind       string
}

// segment is a run of text covered by the same set of marks. Marks holds
// the IDs of the marks covering it (none for plain text), in ascending
// order; Starts holds the IDs of the marks that begin here.
type segment struct {
	Text   string
	Marks  []int
	Starts []int
}

// splitMarks cuts s at every boundary of marks, whose offsets count code
// points. Marks may overlap, nest or come in any order; offsets outside the
// text are clamped and empty or inverted marks are dropped, so any input
// yields segments whose texts concatenate back to s exactly.
func splitMarks(s string, marks []mark) []segment {
	n := utf8.RuneCountInString(s)
	type event struct {
		at, id int
		open   bool
	}
	var events []event
	for _, m := range marks {
		start, end := min(max(m.Start, 0), n), min(max(m.End, 0), n)
		if start >= end {
			continue
		}
		events = append(events, event{start, m.ID, true}, event{end, m.ID, false})
	}
	slices.SortStableFunc(events, func(a, b event) int { return a.at - b.at })

	runes := text.NewRunes(s)
	var out []segment
	active := map[int]int{} // mark ID → how many marks with that ID are open
	pos := 0
	for i := 0; i < len(events); {
		at := events[i].at
		if at > pos {
			out = append(out, segment{Text: s[runes.ByteOffset(pos):runes.ByteOffset(at)], Marks: activeIDs(active)})
			pos = at
		}
		var starts []int
		for ; i < len(events) && events[i].at == at; i++ {
			e := events[i]
			if e.open {
				active[e.id]++
				starts = append(starts, e.id)
			} else if active[e.id]--; active[e.id] <= 0 {
				delete(active, e.id)
			}
		}
		if len(starts) > 0 && at < n {
			slices.Sort(starts)
			out = append(out, segment{Starts: slices.Compact(starts)})
		}
	}
	if pos < n || len(out) == 0 {
		out = append(out, segment{Text: s[runes.ByteOffset(pos):]})
	}
	return mergeStarts(out)
}

// mergeStarts folds the empty marker segments splitMarks emits at each
// opening boundary into the segment that follows them.
func mergeStarts(in []segment) []segment {
	out := in[:0]
	var pending []int
	for _, sg := range in {
		if sg.Text == "" && sg.Marks == nil && sg.Starts != nil {
			pending = append(pending, sg.Starts...)
			continue
		}
		sg.Starts = pending
		pending = nil
		out = append(out, sg)
	}
	return out
}

func activeIDs(active map[int]int) []int {
	if len(active) == 0 {
		return nil
	}
	ids := make([]int, 0, len(active))
	for id := range active {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}
