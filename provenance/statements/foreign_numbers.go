package statements

import (
	"strconv"
	"strings"

	"github.com/provcheck/provcheck/provenance/text"
)

// foreignNumberWords are the cardinals of French, German, Spanish,
// Italian and Portuguese spelt out, by language, as digits: two to twenty,
// the tens, the hundreds, with their gender forms ("doscientos",
// "doscientas", "dois", "duas"). "One" is left out as in English: it is
// the indefinite article too (un, une, ein, uno, um, uma). They are read
// only in a text of that language, for many are words of another
// ("once", "due", "cent", "seize" in English). Numbers written as one
// word beyond these ("zweiundzwanzig", "duemila") are not read.
var foreignNumberWords = map[string]map[string]string{
	"fr": numberTable(`deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize`,
		`vingt trente quarante cinquante soixante`, "", "cent cents:100 vingts:20"),
	"de": numberTable(`zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn
		sechzehn siebzehn achtzehn neunzehn`, `zwanzig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig`, "",
		"hundert:100 zwo:2"),
	"es": numberTable(`dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis
		diecisiete dieciocho diecinueve`, `veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa`,
		`ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos`,
		`cien:100 veintiuno:21 veintiún:21 veintiuna:21 veintidós:22 veintitrés:23 veinticuatro:24 veinticinco:25
		veintiséis:26 veintisiete:27 veintiocho:28 veintinueve:29`),
	"it": numberTable(`due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici
		sedici diciassette diciotto diciannove`, `venti trenta quaranta cinquanta sessanta settanta ottanta novanta`,
		"", "cento:100"),
	"pt": numberTable(`dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis
		dezassete dezoito dezanove`, `vinte trinta quarenta cinquenta sessenta setenta oitenta noventa`,
		`cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos`,
		`duas:2 quatorze:14 dezesseis:16 dezessete:17 dezenove:19 cem:100`),
}

// foreignScales are the words that multiply a number before them, by
// language, as English "thousand" and "million" do.
var foreignScales = map[string]map[string]string{
	"fr": {"mille": "e3", "millions": "e6", "milliard": "e9", "milliards": "e9"},
	"de": {"tausend": "e3", "millionen": "e6", "milliarde": "e9", "milliarden": "e9"},
	"es": {"mil": "e3", "millón": "e6", "millones": "e6"},
	"it": {"mila": "e3", "mille": "e3", "milione": "e6", "milioni": "e6", "miliardo": "e9", "miliardi": "e9"},
	"pt": {"mil": "e3", "milhão": "e6", "milhões": "e6"},
}

// numberTable builds a language's number words: units holds two to
// nineteen in order, tens twenty to ninety, hundreds one hundred to nine
// hundred (each also with the feminine -as for -os), and extra the other
// forms as word:value.
func numberTable(units, tens, hundreds, extra string) map[string]string {
	m := map[string]string{}
	for i, w := range strings.Fields(units) {
		m[w] = strconv.Itoa(i + 2)
	}
	for i, w := range strings.Fields(tens) {
		m[w] = strconv.Itoa(20 + 10*i)
	}
	for i, w := range strings.Fields(hundreds) {
		m[w] = strconv.Itoa(100 + 100*i)
		if f, ok := strings.CutSuffix(w, "os"); ok {
			m[f+"as"] = m[w]
		}
	}
	for _, f := range strings.Fields(extra) {
		if w, v, ok := strings.Cut(f, ":"); ok {
			m[w] = v
		}
	}
	return m
}

// numberWordValue is the value of the number word w in a text of
// language lang: an English one in any text, as before, and one of the
// text's own language.
func numberWordValue(w, lang string) string {
	if v := numberWordValues[w]; v != "" {
		return v
	}
	return foreignNumberWords[text.LanguageOf(lang).Code][w]
}

// scaleOf is the power of ten the scale word w gives a number before it
// in a text of language lang.
func scaleOf(w, lang string) string {
	if s := scales[w]; s != "" {
		return s
	}
	return foreignScales[text.LanguageOf(lang).Code][w]
}
