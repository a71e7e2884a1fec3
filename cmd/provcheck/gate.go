package main

import (
	"fmt"

	"github.com/spf13/pflag"

	"github.com/provcheck/provcheck/internal/batch"
	"github.com/provcheck/provcheck/provenance/baseline"
	"github.com/provcheck/provcheck/provenance/policy"
)

// gateFlags are the batch and CI-gate settings of check.
type gateFlags struct {
	from          []string
	jobs          int
	config        string
	failOn        string
	baseline      string
	writeBaseline string
	progress      bool
}

func (g *gateFlags) register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&g.from, "from", nil, "read targets from FILE, one URL or path per line (- for standard input; repeatable)")
	fs.IntVarP(&g.jobs, "jobs", "j", 4, "targets checked at once (the crawler's per-host politeness still holds)")
	fs.StringVar(&g.config, "config", "", "policy file (default: "+policy.FileName+" in the working directory, if any)")
	fs.StringVar(&g.failOn, "fail-on", "", "comma-separated finding codes that fail the check, over the policy")
	fs.StringVar(&g.baseline, "baseline", "", "accept the findings recorded in this baseline or earlier JSON report: fail only on new ones")
	fs.StringVar(&g.writeBaseline, "write-baseline", "", "record every finding of this run as a baseline file, those --baseline accepted included")
	fs.BoolVar(&g.progress, "progress", true, "show a progress bar on standard error when it is a terminal")
}

func (g *gateFlags) load() (*batch.Gate, error) {
	if g.jobs < 1 {
		return nil, fmt.Errorf("--jobs %d: must be at least 1", g.jobs)
	}
	out := &batch.Gate{}
	var err error
	if g.config != "" {
		out.Policy, err = policy.Load(g.config)
	} else {
		out.Policy, err = policy.LoadDir(".")
	}
	if err != nil {
		return nil, err
	}
	if out.FailOn, err = policy.ParseCodes(g.failOn); err != nil {
		return nil, fmt.Errorf("--fail-on: %w", err)
	}
	if g.baseline != "" {
		if out.Baseline, err = baseline.Load(g.baseline); err != nil {
			return nil, err
		}
	}
	return out, nil
}
