// Package buildinfo tells which provcheck this is, for the User-Agent and
// the report's tool block.
package buildinfo

import "runtime/debug"

// ProjectURL is where provcheck lives; servers see it in the User-Agent.
const ProjectURL = "https://github.com/provcheck/provcheck"

// Version is the module version of the running binary, "devel" when built
// from a work tree.
func Version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// UserAgent is provcheck's default User-Agent: provcheck/<version> (+<project URL>).
func UserAgent() string { return "provcheck/" + Version() + " (+" + ProjectURL + ")" }
