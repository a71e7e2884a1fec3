package report

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

const schemaURL = "https://github.com/provcheck/provcheck/report/schema.json"

// schemas compiles report/schema.json once: the whole document, the
// report object, and a jsonl line (a report with the version).
var schemas = sync.OnceValues(func() ([3]*jsonschema.Schema, error) {
	var out [3]*jsonschema.Schema
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema))
	if err != nil {
		return out, fmt.Errorf("parse schema.json: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schemaURL, doc); err != nil {
		return out, fmt.Errorf("load schema.json: %w", err)
	}
	for i, ref := range []string{schemaURL, schemaURL + "#/$defs/report", schemaURL + "#/$defs/line"} {
		if out[i], err = c.Compile(ref); err != nil {
			return out, fmt.Errorf("compile %s: %w", ref, err)
		}
	}
	return out, nil
})

// Validate checks a --format json document against report/schema.json.
func Validate(doc []byte) error { return validate(0, doc) }

// ValidateReport checks one report object, as the json document's
// reports hold it.
func ValidateReport(obj []byte) error { return validate(1, obj) }

// ValidateLine checks one --format jsonl line: a report that also carries
// schema_version and tool.
func ValidateLine(line []byte) error { return validate(2, line) }

func validate(which int, data []byte) error {
	all, err := schemas()
	if err != nil {
		return err
	}
	s := all[which]
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	if err := s.Validate(v); err != nil {
		return fmt.Errorf("does not match report/schema.json: %w", err)
	}
	return nil
}
