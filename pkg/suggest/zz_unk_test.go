package suggest

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

func TestZZUnknown(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("SET"))
	if err != nil {
		t.Skip()
	}
	re := regexp.MustCompile(`(?m)^- id: (\S+)\n(?:  .*\n)*?  question: (.*)$`)
	show := os.Getenv("SHOW") != ""
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		q := strings.Trim(m[2], `"`)
		a := Analyze(q)
		if show {
			fmt.Printf("%s\t%d\t%v\n", m[1], len(a.f.unknownKo), a.f.unknownKo)
		} else {
			fmt.Printf("%s\t%d\n", m[1], len(a.f.unknownKo))
		}
	}
}
