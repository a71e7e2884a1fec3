package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// TestForeignNegationChangedIsAnError: a quote whose negation the copy
// takes out or puts in says the opposite, in Italian, Portuguese, French,
// German, Spanish and Japanese as in English, so quote-altered is an error.
func TestForeignNegationChangedIsAnError(t *testing.T) {
	tests := []struct{ name, lang, src, cp string }{
		{"Italian non", "it", "«Non chiuderemo la biblioteca di quartiere», ha detto Lucia Neri.", "«Chiuderemo la biblioteca di quartiere», ha detto Lucia Neri."},
		{"Italian nessuno", "it", "«Nessuno ha firmato il contratto dei bus», ha detto Lucia Neri.", "«Qualcuno ha firmato il contratto dei bus», ha detto Lucia Neri."},
		{"Portuguese não", "pt", "«Não vamos aumentar as tarifas da água», afirmou Rita Lopes.", "«Vamos aumentar as tarifas da água», afirmou Rita Lopes."},
		{"Portuguese nenhuma", "pt", "«Nenhuma piscina vai abrir este verão», afirmou Rita Lopes.", "«Uma piscina vai abrir este verão», afirmou Rita Lopes."},
		{"French aucune, elided ne", "fr", "« Nous n'avons reçu aucune plainte des riverains », a déclaré Paul Girard.", "« Nous avons reçu une plainte des riverains », a déclaré Paul Girard."},
		{"German niemand", "de", "„Niemand hat uns vor dem Hochwasser gewarnt“, sagte Anna Vogt.", "„Jemand hat uns vor dem Hochwasser gewarnt“, sagte Anna Vogt."},
		{"German keinem", "de", "„Wir haben keinem Bauern das Land abgekauft“, sagte Anna Vogt.", "„Wir haben einem Bauern das Land abgekauft“, sagte Anna Vogt."},
		{"Spanish nadie", "es", "«Nadie nos avisó del cierre del puerto», dijo Carmen Ruiz.", "«Alguien nos avisó del cierre del puerto», dijo Carmen Ruiz."},
		{"Spanish ningún", "es", "«No hubo ningún herido en el incendio», dijo Carmen Ruiz.", "«Hubo un herido en el incendio», dijo Carmen Ruiz."},
		{"Japanese ない", "ja", "田中一郎市長は「図書館は閉鎖しない」と述べた。", "田中一郎市長は「図書館は閉鎖する」と述べた。"},
		{"Japanese ません", "ja", "田中一郎市長は「予算は足りません」と述べた。", "田中一郎市長は「予算は足ります」と述べた。"},
		{"Japanese なかった", "ja", "田中一郎市長は「橋は壊れなかった」と述べた。", "田中一郎市長は「橋は壊れた」と述べた。"},
		{"Japanese ず", "ja", "田中一郎市長は「住民に知らせず工事を始めた」と述べた。", "田中一郎市長は「住民に知らせて工事を始めた」と述べた。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.cp, tt.src, Options{Language: tt.lang})
			alt := findingsByCode(fs)[finding.QuoteAltered]
			require.Len(t, alt, 1, "%v", fs)
			assert.Equal(t, finding.Error, alt[0].Severity, alt[0].Evidence.Detail)
		})
	}
}

// TestForeignNegationFacts: factChanges counts the foreign negators, and
// not the words that only look like one: "né" (born) in French, a "nem",
// "ni" or "né" that carries on a negation already made, a "non" joined to
// its word by a hyphen, and Japanese endings that hedge or oblige
// (かもしれない, なければならない) rather than deny.
func TestForeignNegationFacts(t *testing.T) {
	tests := []struct {
		name, lang, src, cp string
		neg                 bool
	}{
		{"Italian niente", "it", "niente è cambiato per i residenti", "tutto è cambiato per i residenti", true},
		{"Italian mai carries on non", "it", "il Comune non ha mai incassato la tassa", "il Comune non ha incassato la tassa", false},
		{"Spanish ningún carries on no", "es", "no hubo ningún herido", "no hubo heridos", false},
		{"Italian né … né", "it", "né il sindaco né la giunta hanno risposto", "il sindaco e la giunta hanno risposto", true},
		{"Portuguese nem carries on não", "pt", "não temos dinheiro nem tempo", "não temos dinheiro ou tempo", false},
		{"Spanish ni carries on no", "es", "no tenemos dinero ni tiempo", "no tenemos dinero o tiempo", false},
		{"Spanish tampoco", "es", "el alcalde tampoco firmó", "el alcalde también firmó", true},
		{"French né is born", "fr", "le maire, né à Lyon, a signé", "le maire, originaire de Lyon, a signé", false},
		{"French rien", "fr", "on a rien vu venir", "on a tout vu venir", true},
		{"French hyphened non", "fr", "une marche non-violente", "une marche pacifique", false},
		{"German nichts", "de", "die Stadt hat nichts bezahlt", "die Stadt hat alles bezahlt", true},
		{"Japanese かもしれない is a hedge", "ja", "完成するかもしれない", "完成するだろう", false},
		{"Japanese obligation", "ja", "延期しなければならない", "延期する", false},
		{"Japanese まず is no ず", "ja", "まず駅を直す", "最初に駅を直す", false},
		{"Japanese 少ない is an adjective", "ja", "予算は少ない", "予算は多い", false},
		{"Japanese polite may", "ja", "完成するかもしれません", "完成するでしょう", false},
		{"Japanese polite surely", "ja", "完成するに違いありません", "必ず完成します", false},
		{"Japanese invitation", "ja", "一緒に行きませんか", "一緒に行きましょう", false},
		{"Japanese 切ない is an adjective", "ja", "切ない話だ", "悲しい話だ", false},
		{"Japanese polite denial", "ja", "増税はしません", "増税します", true},
		{"a name after N' is no elided ne", "en", "N'Golo Kante scored twice", "Kante scored twice", false},
		{"French elided ne", "fr", "la ville n'a payé", "la ville a payé", true},
		{"French not only", "fr", "non seulement la ville a payé, mais elle a aussi signé", "la ville a payé et elle a aussi signé", false},
		{"Italian not only", "it", "non solo il Comune ha pagato, ma ha anche firmato", "il Comune ha pagato e ha anche firmato", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			neg := false
			for _, fc := range factChanges(text.Tokenize(tt.src, tt.lang), text.Tokenize(tt.cp, tt.lang)) {
				neg = neg || fc.kind == "negation"
			}
			assert.Equal(t, tt.neg, neg)
		})
	}
}

// TestForeignNegationFaithfulCopyIsClean: a copy that keeps the quotes
// word for word and rewords the narrative raises nothing, whatever
// negators and "non-" compounds the quotes hold.
func TestForeignNegationFaithfulCopyIsClean(t *testing.T) {
	tests := []struct{ name, lang, src, cp string }{
		{"Italian", "it", "Il consiglio ha votato ieri sera. «Non è una misura non-violenta, né giusta», ha detto Lucia Neri.", "Ieri sera il consiglio ha votato. «Non è una misura non-violenta, né giusta», ha detto Lucia Neri."},
		{"Portuguese", "pt", "A câmara votou ontem. «Não temos dinheiro nem tempo», afirmou Rita Lopes.", "Ontem a câmara votou. «Não temos dinheiro nem tempo», afirmou Rita Lopes."},
		{"Japanese", "ja", "市議会は昨日採決した。田中一郎市長は「増税はしない。予算は少ないかもしれない」と述べた。", "昨日、市議会が採決した。田中一郎市長は「増税はしない。予算は少ないかもしれない」と述べた。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.cp, tt.src, Options{Language: tt.lang})
			assert.Empty(t, fs)
		})
	}
}
