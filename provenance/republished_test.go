package provenance

import (
	"context"
	"testing"

	"github.com/provcheck/provcheck/provenance/extract"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestOriginalRepublishedByItsOwnWord: a partner page that says in words,
// with no link, that its story first appeared elsewhere is reported as the
// original only with original-is-copy (the sentence as evidence), and a copy
// crediting the partner alone is partly credited. Own editions, a body
// citing another outlet's figures, dates and photo credits are no such
// word; a page that says it is a copy loses to the original it names when
// the copy links both.
func TestOriginalRepublishedByItsOwnWord(t *testing.T) {
	const (
		partnerPath = "www.shorelinetimes.example/pump"
		partnerURL  = "http://" + partnerPath
		viaPartner  = `<p>Source: <a href="` + partnerURL + `">Shoreline Times</a></p>`
		firstAppear = `This article first appeared in The Valley Echo and is republished here with permission.`
	)
	tests := []struct {
		name        string
		partnerTail string // the partner page's closing HTML
		copyTail    string
		wantOrig    string
		wantName    string // the publisher original-is-copy names; "" for none
		wantLine    string // its evidence sentence in the original's text; "" when not in the body
		wantCred    string
	}{
		{"body sentence", `<p>` + firstAppear + `</p>`, viaPartner, partnerURL, "The Valley Echo", firstAppear, PartlyCredited},
		{"body sentence opening with the wording", `<p>Originally published by the Valley Echo.</p>`, viaPartner, partnerURL,
			"Valley Echo", "Originally published by the Valley Echo.", PartlyCredited},
		{"credit line", `<p>First published by the Valley Echo on June 3.</p>`, viaPartner, partnerURL, "Valley Echo", "", PartlyCredited},
		{"dateline", `<p>First published June 3, 2024</p>`, viaPartner, partnerURL, "", "", Credited},
		{"section", `<p>Published in The Weekend Supplement</p>`, viaPartner, partnerURL, "", "", Credited},
		{"footer", `<footer><small>Republished with permission from The Valley Echo.</small></footer>`, viaPartner, partnerURL, "The Valley Echo", "", PartlyCredited},
		{"copy names the first publisher too", `<p>` + firstAppear + `</p>`, viaPartner + `<p>First published by The Valley Echo.</p>`,
			partnerURL, "The Valley Echo", firstAppear, Credited},
		{"own print edition", `<p>This story first appeared in the Shoreline Times print edition on Tuesday.</p>`, viaPartner, partnerURL, "", "", Credited},
		{"body citing another outlet", `<p>The figures, first published by The Valley Echo, were confirmed by the board on Friday.</p>`,
			viaPartner, partnerURL, "", "", Credited},
		{"a date", `<p>This story was originally published on March 3 and has been updated.</p>`, viaPartner, partnerURL, "", "", Credited},
		{"a language", `<p>This article was originally published in Portuguese.</p>`, viaPartner, partnerURL, "", "", Credited},
		{"a weekday's edition", `<p>This story first appeared in Saturday’s print edition.</p>`, viaPartner, partnerURL, "", "", Credited},
		{"a language, then the publisher", `<p>This article was originally published in Portuguese by The Valley Echo.</p>`,
			viaPartner, partnerURL, "The Valley Echo", "This article was originally published in Portuguese by The Valley Echo.", PartlyCredited},
		{"photo credit", `<figure><figcaption>Photo: The Valley Echo</figcaption></figure>`, viaPartner, partnerURL, "", "", Credited},
		{"copy links the partner and the original", `<p>` + firstAppear + `</p>`,
			viaPartner + `<p>More from <a href="` + origURL + `">The Valley Echo</a></p>`, origURL, "", "", Credited},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := map[string]string{
				origPath:    newsPage("The Valley Echo", "2024-06-03T18:00:00Z", pumpStory, ""),
				partnerPath: newsPage("Shoreline Times", "2024-06-03T18:00:00Z", pumpStory, tt.partnerTail),
				copyPath:    newsPage("Agg Daily", "2024-06-04T10:00:00Z", withOwn(pumpStory), tt.copyTail),
			}
			r := NewChecker(serveWeb(t, pages), Options{}).Check(context.Background(), copyURL)
			require.NotNil(t, r.Original)
			assert.Equal(t, tt.wantOrig, r.Original.URL)
			assert.Equal(t, tt.wantCred, r.Attribution.Verdict)
			if tt.wantName == "" {
				assert.False(t, containsCode(r, finding.OriginalIsCopy), "original-is-copy")
				return
			}
			f := findingOf(t, r, finding.OriginalIsCopy)
			assert.Contains(t, f.Message, tt.wantName)
			if tt.wantLine == "" {
				assert.Nil(t, f.Evidence.Source)
				return
			}
			require.NotNil(t, f.Evidence.Source)
			assert.Equal(t, tt.wantLine, f.Evidence.Source.Text)
			assert.Equal(t, tt.wantLine, string([]rune(r.Original.Text)[f.Evidence.Source.Start:f.Evidence.Source.End]))
		})
	}
}

// TestOriginCreditIsNoEditionOrLanguage: the words after "first appeared
// in" / "originally published in" that name a language, a day's or a
// month's or a season's edition, or an edition, issue or section of the
// page itself name no other publisher; a publisher named after such words
// ("in Portuguese by …", "in Monday's edition of …") still is one.
func TestOriginCreditIsNoEditionOrLanguage(t *testing.T) {
	d := &document{art: &extract.Article{SiteName: "Shoreline Times"}, info: &Page{URL: "http://www.shorelinetimes.example/pump"}}
	tests := []struct{ sentence, want string }{
		{"This article was originally published in Portuguese.", ""},
		{"Originally published in Dutch.", ""},
		{"This story was first published in Korean-language form.", ""},
		{"This story first appeared in Saturday’s print edition.", ""},
		{"This story first appeared in Sunday's paper.", ""},
		{"This feature first appeared in the Winter issue.", ""},
		{"This essay first appeared in the Autumn 2023 Issue.", ""},
		{"This story first appeared in the Weekend Edition.", ""},
		{"This column first appeared in The Weekend Magazine.", ""},
		{"This story first appeared in Print.", ""},
		{"This story first appeared in print.", ""},
		{"This story first appeared in our weekend magazine.", ""},
		{"This story first appeared in the March issue.", ""},
		{"This story was first published in 2019.", ""},
		{"This story first appeared on our website.", ""},
		{"This story first appeared in an earlier version.", ""},
		{"This article was originally published in Portuguese by The Valley Echo.", "The Valley Echo"},
		{"Originally published in Dutch by the Valley Echo.", "Valley Echo"},
		{"This story first appeared in Monday’s print edition of The Valley Echo.", "The Valley Echo"},
		{"This story first appeared in Monday’s print edition of the Shoreline Times.", ""},
		{"Originally published in Dutch by Anna de Vries.", ""},
		{"This article was originally published in Portuguese and translated by Rui Costa.", ""},
		{"This article first appeared in The Valley Echo.", "The Valley Echo"},
		{"This article first appeared in Harper's Magazine.", "Harper's Magazine"},
		{"This article first appeared in The Portuguese Post.", "The Portuguese Post"},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			assert.Equal(t, tt.want, originCredit(d, tt.sentence))
		})
	}
}
