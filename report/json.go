package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/provcheck/provcheck/provenance"
)

// jsonWriter writes one JSON document: {"schema_version", "tool",
// "reports": [...], "summary"}. Reports are streamed into the array as they
// come, so memory does not grow with the number of targets.
type jsonWriter struct {
	w       io.Writer
	n       int
	summary Summary
	err     error
}

func (j *jsonWriter) WriteReport(r *provenance.Report) error {
	if j.n == 0 {
		j.start("\n")
	} else {
		j.printf(",\n")
	}
	j.n++
	j.summary.Tally(r)
	b, err := json.MarshalIndent(r, "    ", "  ")
	if err != nil {
		return fmt.Errorf("encode report of %s: %w", r.Target, err)
	}
	j.printf("    %s", b)
	return j.err
}

func (j *jsonWriter) Close() error {
	if j.n == 0 {
		j.start("")
	} else {
		j.printf("\n  ")
	}
	s, err := json.MarshalIndent(j.summary.normalised(), "  ", "  ")
	if err != nil {
		return fmt.Errorf("encode summary: %w", err)
	}
	j.printf("],\n  \"summary\": %s\n}\n", s)
	return j.err
}

// start opens the document up to the reports array, followed by sep.
func (j *jsonWriter) start(sep string) {
	tool, _ := json.Marshal(thisTool())
	j.printf("{\n  \"schema_version\": %q,\n  \"tool\": %s,\n  \"reports\": [%s", SchemaVersion, tool, sep)
}

func (j *jsonWriter) printf(format string, args ...any) {
	if j.err == nil {
		_, j.err = fmt.Fprintf(j.w, format, args...)
	}
}

// jsonlWriter writes one report object per line. Each line starts with
// the document's schema_version and tool, so a line read on its own (from
// a stored file, after grep or split, or files of several runs
// concatenated) still says which schema it follows; a separate header
// line would break consumers that read every line as a report.
type jsonlWriter struct {
	w      io.Writer
	prefix []byte
}

func newJSONLWriter(w io.Writer) *jsonlWriter {
	tool, _ := json.Marshal(thisTool())
	return &jsonlWriter{w: w, prefix: fmt.Appendf(nil, "{\"schema_version\":%q,\"tool\":%s", SchemaVersion, tool)}
}

func (j *jsonlWriter) WriteReport(r *provenance.Report) error {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode report of %s: %w", r.Target, err)
	}
	line := append([]byte(nil), j.prefix...)
	if body := b[1:]; len(body) > 1 { // the report's fields after its "{"
		line = append(append(line, ','), body...)
	} else {
		line = append(line, '}')
	}
	_, err = j.w.Write(append(line, '\n'))
	return err
}

func (j *jsonlWriter) Close() error { return nil }
