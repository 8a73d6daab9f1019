package suggest

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZUnk(t *testing.T) {
	for _, q := range strings.Split(os.Getenv("Q"), "|") {
		a := Analyze(q)
		fmt.Printf("%q unknown=%v\n", q, a.f.unknownKo)
	}
}
