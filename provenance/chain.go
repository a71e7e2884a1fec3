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
			// a page saying in words it republishes another's story credits
			// another page, though no link leads there
			cand.credits = cand.credits || republishedFrom(cand.doc) != nil
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
// out (dead, unrelated, a loop), which makes cand the top of the chain. A
// page without a strong credit is still followed through its first weak
// link (a publisher's name, the last link) when it turns out to be a copy
// of that page: "Full story: <a>The Ledger</a>" under a lifted text.
func (c *Checker) parentOf(ctx context.Context, r *Report, cand *candidate, seen map[string]bool) *candidate {
	xr, strong := crediting(cand.doc.art), true
	if xr == nil {
		xr, strong = weakParent(cand.doc.art), false
	}
	if xr == nil {
		return nil
	}
	ref := Reference{URL: xr.URL, Kind: xr.Kind, Text: xr.Text, Confidence: xr.Confidence, FoundOn: cand.doc.info.URL}
	key := extract.URLKey(xr.URL)
	if seen[key] {
		if strong {
			cand.credits = true
			r.Findings = append(r.Findings, finding.New(finding.ChainDepthExceeded,
				"the chain of copies loops back to "+xr.URL, finding.Evidence{URL: cand.doc.info.URL, Detail: "loop"}))
		}
		return nil
	}
	seen[key] = true
	return c.tryParent(ctx, r, cand, &ref, strong)
}

// weakParent is the first reference of a page that only guesses at a
// source (a link naming a publisher, a last link), or nil.
func weakParent(a *extract.Article) *extract.Reference {
	for i := range a.References {
		if k := a.References[i].Kind; k == extract.KindPublisherLink || k == extract.KindLastLink {
			return &a.References[i]
		}
	}
	return nil
}

// tryParent fetches the page a candidate credits and keeps it when both the
// candidate and the copy derive from it. The candidate counts as crediting
// another page unless that page was read and the candidate does not derive
// from it: an original citing an unrelated document (board papers, a
// report) is still the top of its chain and must not lose to a partner's
// copy of it. A weak link is kept only when the candidate is a copy of the
// page (verbatim or rewritten), not merely quoting from it, and it credits
// nothing unless kept, nor when the page is a copy of the candidate (see
// copyOf). Only a page reached by a weak link must reach the policy's
// containment floor: a strong credit names it. The page replaces the
// candidate only when it explains
// the copy's text as well (see explainShare): a page that copied a
// paragraph from its source and wrote the rest is the copy's original.
func (c *Checker) tryParent(ctx context.Context, r *Report, cand *candidate, ref *Reference, strong bool) *candidate {
	defer func() { r.References = append(r.References, *ref) }()
	doc := c.follow(ctx, ref)
	if doc == nil {
		if strong {
			cand.credits = true
			r.Findings = append(r.Findings, fetchFinding(*ref))
		}
		return nil
	}
	if !strong && copyOf(doc, cand.doc) {
		return nil
	}
	up := c.opts.align(cand.doc.art.Text, doc.art.Text, c.language(r.Article), !strong)
	ref.Relation, ref.Containment = string(up.Relation), round3(up.Containment)
	if !derived(up.Relation) || !strong && up.Relation == match.Partial {
		return nil
	}
	cand.credits = true
	al := c.opts.align(r.Article.Text, doc.art.Text, c.language(r.Article), !strong)
	if !derived(al.Relation) || al.Containment < explainShare*cand.align.Containment {
		return nil
	}
	return &candidate{doc: doc, via: ref.Kind, align: al, chain: append(slices.Clone(cand.chain), link(doc, ref.Kind))}
}

// copyOf reports whether page says it was made from cand: it points back
// at cand (a rel=canonical, a credit link, any link) or was published
// after it. An original's closing link to its own AMP, print or partner
// copy is no source, and following it would demote the original to a
// page crediting its own copy.
func copyOf(page, cand *document) bool {
	if at, ct := page.art.PublishedAt, cand.art.PublishedAt; !at.IsZero() && !ct.IsZero() && at.After(ct) {
		return true
	}
	self := map[string]bool{}
	for _, u := range []string{cand.info.URL, cand.info.FinalURL, cand.art.Canonical} {
		if u != "" {
			self[extract.URLKey(u)] = true
		}
	}
	if page.art.Canonical != "" && self[extract.URLKey(page.art.Canonical)] {
		return true
	}
	for _, l := range page.art.Links {
		if self[extract.URLKey(l.URL)] {
			return true
		}
	}
	for _, xr := range page.art.References {
		if self[extract.URLKey(xr.URL)] {
			return true
		}
	}
	return false
}

func derived(rel match.Relation) bool {
	return rel == match.Verbatim || rel == match.Rewritten || rel == match.Partial
}

// explainShare is the share of the best candidate's containment a
// candidate must reach to explain the copy's text: within it, candidates
// are different pages holding the same text (original, partner copies,
// an updated version), and the earliest is the source; below it, a page
// sharing a paragraph (a press release, earlier coverage) is upstream
// material, not the page the copy was made from.
const explainShare = 0.8

// pickOriginal chooses among candidates the copy derives from: one that
// explains the copy's text, then the one crediting no other page, then the
// earliest published, then the one covering most of the copy.
func pickOriginal(cs []*candidate) *candidate {
	best := 0.0
	for _, c := range cs {
		best = max(best, c.align.Containment)
	}
	explains := func(c *candidate) bool { return c.align.Containment >= explainShare*best }
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if ea, eb := explains(a), explains(b); ea != eb {
			return ea
		}
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
