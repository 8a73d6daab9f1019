package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the seventeenth session (December 2026); each question
// was written for the test, none is from an evaluation set.

// TestOwnEnglishFirst: a noun's own English is that noun, not another
// noun's alternative spelling: "coins" is coins (game gold listed coins
// among its forms: gold_count), "statements" are statements (not a
// transaction history).
func TestOwnEnglishFirst(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "variable counting how many coins the player has", naming.KindVariable, "coin_count"},
		{"Java", "list of bank statements for the month", naming.KindVariable, "bankStatements"},
		{"Kotlin", "게임 골드 잔액 변수", naming.KindVariable, "gameGoldBalance"}, // control: 골드 is still gold
	})
	checkNotOffered(t, []notOffered{
		{"Python", "variable counting how many coins the player has", naming.KindVariable, "num_golds"},
	})
	g := loadGlossary()
	for _, p := range []string{"coins", "statement", "service", "target"} {
		for _, tm := range g.en[p] {
			if tm.Class == 'n' && tm.en() != p && plural(tm.en()) != p {
				t.Errorf("%q reads as %q, another noun's spelling", p, tm.en())
			}
		}
	}
}
