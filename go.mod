module github.com/provcheck/provcheck

go 1.26.8

require github.com/kljensen/snowball v0.10.0
