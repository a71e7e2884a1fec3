package policy

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"

	"github.com/provcheck/provcheck/provenance/finding"
)

// rawFile mirrors the YAML document. Leaves that need validation keep their
// line so errors can point at them after decoding.
type rawFile struct {
	RawRules  `yaml:",inline"`
	Overrides []rawOverride `yaml:"overrides"`
}

// RawRules is exported only because go-yaml cannot fill an unexported
// embedded struct; it is not part of the API.
type RawRules struct {
	Fail       []lineString   `yaml:"fail"`
	Warn       []lineString   `yaml:"warn"`
	Ignore     []lineString   `yaml:"ignore"`
	Thresholds *rawThresholds `yaml:"thresholds"`
}

type rawThresholds struct {
	MinContainment    *lineFloat `yaml:"min_containment"`
	MaxRewrittenShare *lineFloat `yaml:"max_rewritten_share"`
	RequireCredit     *bool      `yaml:"require_credit"`
}

type rawMatch struct {
	Path   *lineString `yaml:"path"`
	Domain *lineString `yaml:"domain"`
}

type rawOverrideBody struct {
	Match    *rawMatch `yaml:"match"`
	RawRules `yaml:",inline"`
}

// rawOverride decodes itself so it knows the line it starts on.
type rawOverride struct {
	line int
	body rawOverrideBody
}

func (o *rawOverride) UnmarshalYAML(node ast.Node) error {
	o.line = node.GetToken().Position.Line
	return yaml.NodeToValue(node, &o.body, yaml.Strict())
}

// lineString is a string scalar and the line it was on.
type lineString struct {
	s    string
	line int
}

func (l *lineString) UnmarshalYAML(node ast.Node) error {
	l.line = node.GetToken().Position.Line
	return yaml.NodeToValue(node, &l.s, yaml.Strict())
}

// lineFloat is a number and the line it was on.
type lineFloat struct {
	v    float64
	line int
}

func (l *lineFloat) UnmarshalYAML(node ast.Node) error {
	l.line = node.GetToken().Position.Line
	return yaml.NodeToValue(node, &l.v, yaml.Strict())
}

func decode(name string, data []byte) (raw *rawFile, err error) {
	// go-yaml v1.19.2 panics on some malformed input ("fail: !00 00", a
	// tag on a scalar where a list belongs); a policy file is user input,
	// so that is an error of the file, not a crash.
	defer func() {
		if r := recover(); r != nil {
			raw, err = nil, &Error{File: name, Msg: fmt.Sprintf("unreadable YAML (%v)", r)}
		}
	}()
	raw = &rawFile{}
	if err := yaml.UnmarshalWithOptions(data, raw, yaml.Strict()); err != nil {
		return nil, yamlError(name, err)
	}
	return raw, nil
}

// yamlError turns a go-yaml error into an *Error with the line it carries.
func yamlError(name string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) && te.Token != nil && te.Token.Position != nil {
		return &Error{File: name, Line: te.Token.Position.Line, Msg: fmt.Sprintf("expected %s, got %q", kindName(te.DstType), te.Token.Value)}
	}
	var ye yaml.Error
	if errors.As(err, &ye) {
		line := 0
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			line = tk.Position.Line
		}
		return &Error{File: name, Line: line, Msg: ye.GetMessage()}
	}
	return &Error{File: name, Msg: err.Error()}
}

// kindName names a Go type the way a YAML author thinks of it.
func kindName(t reflect.Type) string {
	if t == nil {
		return "another type"
	}
	switch t.Kind() {
	case reflect.Float32, reflect.Float64, reflect.Int, reflect.Int64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.String:
		return "a string"
	case reflect.Slice:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "a mapping"
	}
	return t.String()
}

func (r RawRules) layer(name string) (layer, error) {
	l := layer{actions: map[finding.Code]action{}}
	lines := map[finding.Code]int{}
	lists := []struct {
		key   string
		codes []lineString
		act   action
	}{{"fail", r.Fail, actFail}, {"warn", r.Warn, actWarn}, {"ignore", r.Ignore, actIgnore}}
	for _, list := range lists {
		for _, c := range list.codes {
			code := finding.Code(c.s)
			if !code.Known() {
				return l, &Error{File: name, Line: c.line, Msg: fmt.Sprintf("%s: unknown finding code %q", list.key, c.s)}
			}
			if prev, dup := lines[code]; dup {
				return l, &Error{File: name, Line: c.line, Msg: fmt.Sprintf("%s: code %q is already listed on line %d", list.key, c.s, prev)}
			}
			lines[code] = c.line
			l.actions[code] = list.act
		}
	}
	return l, r.thresholds(name, &l)
}

func (r RawRules) thresholds(name string, l *layer) error {
	t := r.Thresholds
	if t == nil {
		return nil
	}
	if f := t.MinContainment; f != nil {
		if err := f.share(name, "min_containment", ""); err != nil {
			return err
		}
		l.minContainment = &f.v
	}
	if f := t.MaxRewrittenShare; f != nil {
		if err := f.share(name, "max_rewritten_share", " (above 0; omit it for no limit)"); err != nil {
			return err
		}
		if f.v == 0 {
			return &Error{File: name, Line: f.line, Msg: "max_rewritten_share 0 is outside 0..1 (above 0; omit it for no limit)"}
		}
		l.maxRewrittenShare = &f.v
	}
	l.requireCredit = t.RequireCredit
	return nil
}

// share checks that a threshold is a share of the copy, 0..1. YAML's .nan
// and .inf decode as numbers but are no share: NaN fails every comparison,
// so a range test alone would let it through and make every check against
// it false.
func (f *lineFloat) share(name, key, hint string) error {
	if math.IsNaN(f.v) || math.IsInf(f.v, 0) {
		return &Error{File: name, Line: f.line, Msg: fmt.Sprintf("%s %v is not a number between 0 and 1%s", key, f.v, hint)}
	}
	if f.v < 0 || f.v > 1 {
		return &Error{File: name, Line: f.line, Msg: fmt.Sprintf("%s %g is outside 0..1%s", key, f.v, hint)}
	}
	return nil
}

func (o rawOverride) override(name string) (override, error) {
	m := o.body.Match
	if m == nil || (m.Path == nil && m.Domain == nil) {
		return override{}, &Error{File: name, Line: o.line, Msg: "override needs match.path or match.domain"}
	}
	var ov override
	for _, g := range []struct {
		key string
		v   *lineString
		dst *string
	}{{"path", m.Path, &ov.path}, {"domain", m.Domain, &ov.domain}} {
		if g.v == nil {
			continue
		}
		if g.v.s == "" || !doublestar.ValidatePattern(g.v.s) {
			return override{}, &Error{File: name, Line: g.v.line, Msg: fmt.Sprintf("match.%s: bad glob %q", g.key, g.v.s)}
		}
		*g.dst = g.v.s
	}
	ov.domain = strings.ToLower(ov.domain)
	if ov.url = isURLGlob(ov.path); ov.url {
		scheme, rest, _ := strings.Cut(ov.path, "://")
		ov.path = strings.ToLower(scheme) + "://" + rest // "HTTPS://…" as url.Parse reads it
	} else {
		ov.path, ov.up = leadingUp(ov.path)
	}
	ov.line = o.line
	l, err := o.body.RawRules.layer(name)
	ov.layer = l
	return ov, err
}

// leadingUp drops the "./" segments a path glob may start with, as a
// target's path is cleaned, and counts the "../" segments it then starts
// with.
func leadingUp(glob string) (string, int) {
	for strings.HasPrefix(glob, "./") {
		glob = glob[2:]
	}
	up := 0
	for rest := glob; strings.HasPrefix(rest, "../"); rest = rest[3:] {
		up++
	}
	return glob, up
}

// isURLGlob reports whether a path glob is written as a URL, with a scheme
// ("https://wire.example/**", "http{,s}://*.wire.example/news/**"): its
// first segment ends in ":" and is followed by an empty one. A local
// path, cleaned, has no empty segment, so no file can match such a glob;
// it is matched against a URL target's scheme, host and path instead.
func isURLGlob(glob string) bool {
	i := strings.Index(glob, "://")
	return i > 0 && !strings.Contains(glob[:i], "/")
}
