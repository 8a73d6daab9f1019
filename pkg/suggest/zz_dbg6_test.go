package suggest

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"namebot/pkg/naming"
)

func TestZZAllReasons(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("SET"))
	if err != nil {
		t.Skip()
	}
	re := regexp.MustCompile(`(?m)^  language: (\S+)\n(?:  .*\n)*?  question: (.*)$`)
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		q := strings.Trim(m[2], `"`)
		ans := Suggest(naming.Spec{Language: m[1]}, q)
		for _, s := range ans.Suggestions {
			fmt.Printf("R\t%s\t%s\n", s.Name, s.Reason)
		}
	}
}
