package provenance

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/provcheck/provcheck/provenance/extract"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/match"
)

// creditingKinds are the reference kinds by which a page says it is itself a
// copy of another: strong enough to follow up a chain. Weak kinds (a link
// naming a publisher, the last link) are not, or every article citing a
// source would be taken for a copy of it.
var creditingKinds = map[string]bool{
	extract.KindLabelled: true, extract.KindJSONLDBasedOn: true, extract.KindOriginalSource: true,
	extract.KindSyndicationSource: true, extract.KindCanonical: true, extract.KindOGURL: true,
}

// climb follows a candidate that itself credits another page it derives
// from, up to the depth limit, and returns the top of the chain.
func (c *Checker) climb(ctx context.Context, r *Report, copyDoc *document, cand *candidate) *candidate {
	seen := map[string]bool{extract.URLKey(copyDoc.info.URL): true, extract.URLKey(cand.doc.info.URL): true}
	for {
		if hops := len(cand.chain) - 1; hops >= c.opts.maxDepth() && crediting(cand.doc.art) != nil {
			cand.credits = true
			r.Findings = append(r.Findings, finding.New(finding.ChainDepthExceeded,
				fmt.Sprintf("the chain of copies is longer than %d hops; stopped at %s", c.opts.maxDepth(), cand.doc.info.URL),
				finding.Evidence{URL: cand.doc.info.URL, Detail: "depth limit"}))
			return cand
		}
		next := c.parentOf(ctx, r, cand, seen)
		if next == nil {
			return cand
		}
		r.Findings = append(r.Findings, finding.New(finding.ReferenceIsCopy,
			fmt.Sprintf("%s is itself a copy crediting %s; followed", cand.doc.info.URL, next.doc.info.URL),
			finding.Evidence{URL: cand.doc.info.URL, Detail: next.via}))
		cand = next
	}
}

// crediting returns the first reference by which a page says it copies
// another, or nil.
func crediting(a *extract.Article) *extract.Reference {
	for i := range a.References {
		if creditingKinds[a.References[i].Kind] {
			return &a.References[i]
		}
	}
	return nil
}

// parentOf fetches the page cand credits, if any, and returns it as the new
// candidate; nil when cand credits nothing or the credited page does not pan
// out (dead, unrelated, a loop), which makes cand the top of the chain.
func (c *Checker) parentOf(ctx context.Context, r *Report, cand *candidate, seen map[string]bool) *candidate {
	xr := crediting(cand.doc.art)
	if xr == nil {
		return nil
	}
	cand.credits = true
	ref := Reference{URL: xr.URL, Kind: xr.Kind, Text: xr.Text, Confidence: xr.Confidence, FoundOn: cand.doc.info.URL}
	key := extract.URLKey(xr.URL)
	if seen[key] {
		r.Findings = append(r.Findings, finding.New(finding.ChainDepthExceeded,
			"the chain of copies loops back to "+xr.URL, finding.Evidence{URL: cand.doc.info.URL, Detail: "loop"}))
		return nil
	}
	seen[key] = true
	return c.tryParent(ctx, r, cand, &ref)
}

// tryParent fetches the page a candidate credits and keeps it when both the
// candidate and the copy derive from it.
func (c *Checker) tryParent(ctx context.Context, r *Report, cand *candidate, ref *Reference) *candidate {
	defer func() { r.References = append(r.References, *ref) }()
	doc := c.follow(ctx, ref)
	if doc == nil {
		r.Findings = append(r.Findings, fetchFinding(*ref))
		return nil
	}
	up := c.opts.align(cand.doc.art.Text, doc.art.Text, c.language(r.Article))
	ref.Relation, ref.Containment = string(up.Relation), round3(up.Containment)
	if !derived(up.Relation) {
		return nil
	}
	al := c.opts.align(r.Article.Text, doc.art.Text, c.language(r.Article))
	if !derived(al.Relation) {
		return nil
	}
	return &candidate{doc: doc, via: ref.Kind, align: al, chain: append(slices.Clone(cand.chain), link(doc, ref.Kind))}
}

func derived(rel match.Relation) bool {
	return rel == match.Verbatim || rel == match.Rewritten || rel == match.Partial
}

// pickOriginal chooses among candidates the copy derives from: the one that
// credits no other page, then the earliest published, then the one covering
// most of the copy.
func pickOriginal(cs []*candidate) *candidate {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.credits != b.credits {
			return !a.credits
		}
		ta, tb := a.doc.art.PublishedAt, b.doc.art.PublishedAt
		if !ta.IsZero() && !tb.IsZero() && !ta.Equal(tb) {
			return ta.Before(tb)
		}
		return a.align.Containment > b.align.Containment
	})
	return cs[0]
}
