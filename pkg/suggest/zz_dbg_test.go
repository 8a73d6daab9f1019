package suggest

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZParse(t *testing.T) {
	for _, q := range strings.Split(os.Getenv("Q"), "|") {
		items := parse(loadGlossary(), loadGrammar(), dropExamples(restate(q)))
		for _, it := range items {
			en := ""
			if it.t != nil {
				en = it.t.en() + "/" + string(it.t.Class)
			}
			fmt.Printf("   g=%d t=%s form=%d mood=%d part=%d surf=%q rest=%q unit=%q\n", it.g, en, it.form, it.mood, it.part, it.surface, it.rest, it.unit)
		}
	}
}

func TestZZNoun(t *testing.T) {
	v := verbTerm("receive")
	fmt.Println(v.Words, v.Class, eventNoun(v), verbNoun(v), nominals["receive"])
	a := Analyze("구조체에 마지막으로 하트비트 받은 시각 필드 이름")
	fmt.Printf("%+v\n", a.f.moment)
}

func TestZZRestate(t *testing.T) {
	fmt.Printf("%q\n", restate(os.Getenv("Q")))
}
