package extract

import "golang.org/x/net/html"

// clean removes page furniture that readability tends to keep.
func clean(doc *html.Node) {}
